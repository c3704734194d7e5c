export const LOCALES = ['en', 'zh-CN', 'sv'] as const;
export type Locale = (typeof LOCALES)[number];

/** "auto" follows the browser's language; anything we do not translate falls back to English. */
export function resolveLocale(setting: Locale | 'auto', browserLanguage: string | undefined): Locale {
  if (setting !== 'auto') return setting;
  const lang = (browserLanguage ?? 'en').toLowerCase();
  if (lang.startsWith('zh')) return 'zh-CN';
  if (lang.startsWith('sv')) return 'sv';
  return 'en';
}
