/**
 * A figure or market fact as a person reads it, in their language: "over 1.3 billion",
 * "US$5 billion", "98 %", "25 hours a week", "2011". The qualifier is kept ("over" is not
 * "exactly"), since sources differ and a brief must not claim more than its source did.
 */
import type { Figure } from '../catalogue/schema';
import type { Locale } from '../i18n/locales';
import type { Translate } from '../i18n/translate';

type Measured = Pick<Figure, 'value' | 'unit' | 'qualifier'>;

export function formatQuantity(locale: Locale, value: number, unit: Figure['unit'], t: Translate): string {
  const big = value >= 10_000;
  switch (unit) {
    case 'year':
      return String(value);
    case 'percent':
      return new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 }).format(value / 100);
    case 'usd':
    case 'cny':
      return new Intl.NumberFormat(locale, {
        style: 'currency',
        currency: unit.toUpperCase(),
        currencyDisplay: 'symbol',
        ...(big ? { notation: 'compact', compactDisplay: 'long' } : {}),
        minimumFractionDigits: 0,
        maximumFractionDigits: big ? 2 : 0,
      }).format(value);
    case 'hours-per-week':
      return t('catalogue.unit.hoursPerWeek', { value: new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(value) });
    case 'people':
    case 'count':
      return new Intl.NumberFormat(locale, big ? { notation: 'compact', compactDisplay: 'long', maximumFractionDigits: 2 } : { maximumFractionDigits: 1 }).format(value);
  }
}

/** The value with its qualifier: "over 1.3 billion". */
export function figureText(locale: Locale, figure: Measured, t: Translate): string {
  return t(`qualifier.${figure.qualifier}`, { value: formatQuantity(locale, figure.value, figure.unit, t) });
}
