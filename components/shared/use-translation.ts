/**
 * The UI language from the settings store ("auto" follows the browser), and a translator for it.
 * Also keeps <html lang> in step so screen readers and CJK fonts pick the right language. Strings
 * come from the dictionaries the page registered (lib/i18n/page-messages.ts).
 */
import { useEffect, useMemo } from 'react';
import { browserLanguage } from '@/lib/i18n/browser-language';
import { resolveLocale, type Locale } from '@/lib/i18n/locales';
import { pageTranslator } from '@/lib/i18n/page-messages';
import type { Translate } from '@/lib/i18n/template';
import { useSettings } from '@/lib/settings/store';

export function useTranslation(): { t: Translate; locale: Locale } {
  const setting = useSettings((s) => s.language);
  const locale = resolveLocale(setting, browserLanguage());
  useEffect(() => {
    document.documentElement.lang = locale;
  }, [locale]);
  return useMemo(() => ({ t: pageTranslator(locale), locale }), [locale]);
}
