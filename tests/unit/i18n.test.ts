import { describe, expect, it } from 'vitest';
import { CATEGORIES, METRICS } from '@/lib/catalogue/schema';
import { LOCALES, resolveLocale } from '@/lib/i18n/locales';
import { MESSAGES, type MessageKey } from '@/lib/i18n/messages';
import { translate } from '@/lib/i18n/translate';

describe('UI strings', () => {
  const english = Object.keys(MESSAGES.en).sort();
  it.each(LOCALES)('%s has exactly the English keys, none empty', (locale) => {
    expect(Object.keys(MESSAGES[locale]).sort()).toEqual(english);
    for (const [key, value] of Object.entries(MESSAGES[locale])) expect(value.trim(), key).not.toBe('');
  });

  it.each(LOCALES)('%s keeps every {placeholder} of the English string', (locale) => {
    for (const key of english as MessageKey[]) {
      const names = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
      expect(names(MESSAGES[locale][key]), `${locale} ${key}`).toEqual(names(MESSAGES.en[key]));
    }
  });

  it('every category and metric has a label', () => {
    for (const c of CATEGORIES) expect(english).toContain(`category.${c}`);
    for (const m of METRICS) expect(english).toContain(`metric.${m}`);
  });

  it('fills placeholders and falls back to the browser language', () => {
    expect(translate('zh-CN', 'qualifier.over', { value: '10亿' })).toBe('超过 10亿');
    expect(resolveLocale('auto', 'zh-TW')).toBe('zh-CN');
    expect(resolveLocale('auto', 'sv-SE')).toBe('sv');
    expect(resolveLocale('auto', 'de-DE')).toBe('en');
    expect(resolveLocale('sv', 'zh-CN')).toBe('sv');
  });
});
