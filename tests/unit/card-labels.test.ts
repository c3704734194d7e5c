import { describe, expect, it } from 'vitest';
import { cardLabelsFor } from '@/lib/background/card-labels';
import { METRICS, QUALIFIERS, FITS } from '@/lib/catalogue/schema';
import { LOCALES } from '@/lib/i18n/locales';
import { MESSAGES } from '@/lib/i18n/messages';

describe('the strings the background sends a card', () => {
  it.each(LOCALES)('%s: every card string, fit, metric and qualifier, and nothing else', (locale) => {
    const labels = cardLabelsFor(locale);
    const keys = Object.keys(labels);
    for (const key of Object.keys(MESSAGES.en).filter((k) => k.startsWith('card.'))) expect(keys).toContain(key);
    for (const m of METRICS) expect(keys).toContain(`metric.${m}`);
    for (const q of QUALIFIERS) expect(keys).toContain(`qualifier.${q}`);
    for (const f of FITS) expect(keys).toContain(`fit.${f}`);
    expect(keys.some((k) => k.startsWith('popup.') || k.startsWith('category.'))).toBe(false);
    for (const [key, value] of Object.entries(labels)) expect(value).toBe(MESSAGES[locale][key as keyof (typeof MESSAGES)['en']]);
  });
});
