import { describe, expect, it } from 'vitest';
import { formatAsOf, formatFigureValue, sourceLabel } from '@/components/shared/format';
import { monogramColour, monogramText } from '@/components/shared/Monogram';
import { resolveTheme } from '@/lib/settings/theme';
import { createTranslator } from '@/lib/i18n/translate';

describe('figure wording', () => {
  it('dates: a year stays a year, a month reads as a month in each language', () => {
    expect(formatAsOf('2022', 'en')).toBe('2022');
    expect(formatAsOf('2023-12', 'en')).toBe('Dec 2023');
    expect(formatAsOf('2023-12', 'zh-CN')).toBe('2023年12月');
    expect(formatAsOf('2023-12-31', 'en')).toBe('Dec 31, 2023');
  });

  it('values keep the source\'s qualifier and read naturally per language', () => {
    const en = createTranslator('en');
    const zh = createTranslator('zh-CN');
    expect(formatFigureValue({ value: 500_000_000, unit: 'people', qualifier: 'over' }, 'en', en)).toBe('over 500M');
    expect(formatFigureValue({ value: 237_800_000, unit: 'people', qualifier: 'exact' }, 'sv', createTranslator('sv'))).toBe('237,8\u00a0mn');
    expect(formatFigureValue({ value: 598_000_000, unit: 'people', qualifier: 'exact' }, 'zh-CN', zh)).toBe('5.98亿');
    expect(formatFigureValue({ value: 2009, unit: 'year', qualifier: 'exact' }, 'en', en)).toBe('2009');
    expect(formatFigureValue({ value: 1_200_000_000, unit: 'usd', qualifier: 'about' }, 'en', en)).toBe('about $1.2B');
  });

  it('a source reads as publisher and year, or the id when the source is missing', () => {
    expect(sourceLabel({ publisher: 'Weibo Corporation', year: 2024 }, 'x')).toBe('Weibo Corporation 2024');
    expect(sourceLabel({ publisher: 'Tenba Group' }, 'x')).toBe('Tenba Group');
    expect(sourceLabel(undefined, 'weibo-q4')).toBe('weibo-q4');
  });
});

describe('monograms', () => {
  it('use the first 汉字 of a Chinese name and the initials of a Western one', () => {
    expect(monogramText({ name: 'Weibo', hanzi: '微博', region: 'chinese' })).toBe('微');
    expect(monogramText({ name: 'X', region: 'western' })).toBe('X');
    expect(monogramText({ name: 'Prime Video', region: 'western' })).toBe('PV');
    expect(monogramText({ name: 'Ctrip (Trip.com)', hanzi: undefined, region: 'western' })).toBe('C');
    expect(monogramText({ name: 'iQIYI', region: 'western' })).toBe('I');
  });

  it('give each platform the same colour every time', () => {
    expect(monogramColour('weibo')).toBe(monogramColour('weibo'));
    expect(monogramColour('weibo')).toMatch(/^#[0-9a-f]{6}$/);
  });
});

describe('theme', () => {
  it('"system" follows the system; a choice overrides it', () => {
    expect(resolveTheme('system', true)).toBe('dark');
    expect(resolveTheme('system', false)).toBe('light');
    expect(resolveTheme('light', true)).toBe('light');
    expect(resolveTheme('dark', false)).toBe('dark');
  });
});
