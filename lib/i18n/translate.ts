/**
 * Looks up a UI string in the chosen language and fills {placeholders}, with every dictionary
 * loaded (background, tests, exports). Keys are typed from the English dictionaries, and every
 * other language must have exactly the same keys (a test checks). Extension pages translate
 * through lib/i18n/page-messages.ts, which holds only the dictionaries the page registered.
 */
import type { Locale } from './locales';
import { MESSAGES, type MessageKey } from './messages';
import { fillTemplate, type Translate, type TranslateParams } from './template';

export type { Translate, TranslateParams } from './template';

export function translate(locale: Locale, key: MessageKey, params?: TranslateParams): string {
  return fillTemplate(MESSAGES[locale][key] ?? MESSAGES.en[key] ?? key, params);
}

export function createTranslator(locale: Locale): Translate {
  return (key, params) => translate(locale, key, params);
}

export function formatNumber(locale: Locale, value: number): string {
  return new Intl.NumberFormat(locale, { notation: value >= 10_000 ? 'compact' : 'standard', maximumFractionDigits: 1 }).format(value);
}
