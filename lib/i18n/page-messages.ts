/**
 * The UI strings an extension page has loaded. Each page registers only the dictionaries it
 * shows (the popup: common and popup, not the catalogue page's 55 KB of strings), so its first
 * paint does not wait on code it never uses. lib/i18n/translate.ts keeps every dictionary for
 * the background and tests; components translate through pageTranslator().
 */
import type { Locale } from './locales';
import type { MessageKey } from './messages';
import { fillTemplate, type Translate } from './template';

/** A dictionary module: lib/i18n/messages/<feature>.ts. */
export interface Dictionary {
  en: Record<string, string>;
  zhCN: Record<string, string>;
  sv: Record<string, string>;
}

const loaded: Record<Locale, Record<string, string>> = { en: {}, 'zh-CN': {}, sv: {} };

export function registerPageMessages(...dictionaries: readonly Dictionary[]): void {
  for (const d of dictionaries) {
    Object.assign(loaded.en, d.en);
    Object.assign(loaded['zh-CN'], d.zhCN);
    Object.assign(loaded.sv, d.sv);
  }
}

/** True when the page has the string: a page that forgot a dictionary shows keys, and a test catches it. */
export function hasPageMessage(key: MessageKey): boolean {
  return key in loaded.en;
}

export function pageTranslator(locale: Locale): Translate {
  return (key, params) => fillTemplate(loaded[locale][key] ?? loaded.en[key] ?? key, params);
}
