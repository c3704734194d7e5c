/** How figures and dates read in each UI language. Pure, so the tests pin the wording. */
import type { Figure } from '@/lib/catalogue/schema';
import type { Locale } from '@/lib/i18n/locales';
import type { Translate } from '@/lib/i18n/translate';

/** "2023-12" → "Dec 2023" / "2023年12月" / "dec. 2023"; a bare year stays a year. */
export function formatAsOf(asOf: string, locale: Locale): string {
  const [year, month, day] = asOf.split('-').map(Number);
  if (!month) return String(year);
  const date = new Date(Date.UTC(year!, month - 1, day ?? 1));
  return new Intl.DateTimeFormat(locale, { year: 'numeric', month: 'short', ...(day ? { day: 'numeric' } : {}), timeZone: 'UTC' }).format(date);
}

/** The value as the source stated it: "over 500M", "约 5.98亿", a launch year as a plain year. */
export function formatFigureValue(figure: Pick<Figure, 'value' | 'unit' | 'qualifier'>, locale: Locale, t: Translate): string {
  let value: string;
  if (figure.unit === 'year') value = String(figure.value);
  else if (figure.unit === 'usd' || figure.unit === 'cny')
    value = new Intl.NumberFormat(locale, { style: 'currency', currency: figure.unit.toUpperCase(), notation: 'compact', maximumFractionDigits: 1 }).format(figure.value);
  else if (figure.unit === 'percent') value = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 }).format(figure.value / 100);
  // Significant digits, not decimals: 598M is 5.98亿, and one decimal would round it to 6亿.
  else value = new Intl.NumberFormat(locale, { notation: figure.value >= 10_000 ? 'compact' : 'standard', maximumSignificantDigits: 4 }).format(figure.value);
  return t(`qualifier.${figure.qualifier}`, { value });
}

/** "Weibo Corporation 2024" — the short form a source takes beside a figure. */
export function sourceLabel(source: { publisher: string; year?: number | undefined } | undefined, fallback: string): string {
  if (!source) return fallback;
  return source.year ? `${source.publisher} ${source.year}` : source.publisher;
}
