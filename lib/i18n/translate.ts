/**
 * Looks up a UI string in the chosen language and fills {placeholders}. Keys are typed from the
 * English dictionaries, and every other language must have exactly the same keys (a test checks).
 */
import type { Locale } from './locales';
import { MESSAGES, type MessageKey } from './messages';

export type TranslateParams = Record<string, string | number>;
export type Translate = (key: MessageKey, params?: TranslateParams) => string;

export function translate(locale: Locale, key: MessageKey, params?: TranslateParams): string {
  const template = MESSAGES[locale][key] ?? MESSAGES.en[key] ?? key;
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

export function createTranslator(locale: Locale): Translate {
  return (key, params) => translate(locale, key, params);
}

export function formatNumber(locale: Locale, value: number): string {
  return new Intl.NumberFormat(locale, { notation: value >= 10_000 ? 'compact' : 'standard', maximumFractionDigits: 1 }).format(value);
}
