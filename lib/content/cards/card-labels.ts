/**
 * The UI strings a card and the corner chip show. They come from the background, translated, in
 * one message per page and language: the content script carries no dictionaries (every Facebook,
 * X and Quora page would pay for all of them at start).
 */
import type { MessageKey } from '../../i18n/messages';
import type { Locale } from '../../i18n/locales';
import type { CardData } from '../../messaging/protocol';

/** Which dictionary keys a card needs: its own ('card.…') and the shared labels it shows. */
export const CARD_LABEL_PREFIXES = ['card.', 'fit.', 'region.', 'metric.', 'qualifier.'] as const;
export const CARD_LABEL_KEYS_EXTRA = ['historical', 'app.name'] as const;

export type CardLabelKey = Extract<MessageKey, `${(typeof CARD_LABEL_PREFIXES)[number]}${string}` | (typeof CARD_LABEL_KEYS_EXTRA)[number]>;
export type CardLabels = Record<CardLabelKey, string>;

export function isCardLabelKey(key: string): boolean {
  return CARD_LABEL_PREFIXES.some((p) => key.startsWith(p)) || (CARD_LABEL_KEYS_EXTRA as readonly string[]).includes(key);
}

export type Label = (key: CardLabelKey, params?: Record<string, string | number>) => string;

/** A lookup over labels received from the background; a missing key shows the key, never nothing. */
export function labelsLookup(labels: Partial<Record<string, string>>): Label {
  return (key, params) => {
    const template = labels[key] ?? key;
    return params ? template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole)) : template;
  };
}

type Figure = NonNullable<CardData['headlineFigure']>;

/** "Monthly active users: over 3 billion (2024, Meta)", in the card's language. */
export function formatFigure(figure: Figure, label: Label, locale: Locale): string {
  const value = label(`qualifier.${figure.qualifier}` as CardLabelKey, { value: formatValue(figure.value, figure.unit, label, locale) });
  return label('card.figure', {
    metric: label(`metric.${figure.metric}` as CardLabelKey),
    value,
    year: figure.asOf.slice(0, 4),
    source: figure.source,
  });
}

export function formatValue(value: number, unit: string, label: Label, locale: Locale): string {
  const compact = (extra: Intl.NumberFormatOptions = {}) =>
    new Intl.NumberFormat(locale, { notation: value >= 10_000 ? 'compact' : 'standard', compactDisplay: 'long', maximumFractionDigits: 1, ...extra }).format(value);
  switch (unit) {
    case 'usd':
      return compact({ style: 'currency', currency: 'USD', compactDisplay: 'short' });
    case 'cny':
      return compact({ style: 'currency', currency: 'CNY', compactDisplay: 'short' });
    case 'percent':
      return new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 }).format(value / 100);
    case 'year':
      return String(value);
    case 'hours-per-week':
      return label('card.unit.hoursPerWeek', { value: compact() });
    default:
      return compact();
  }
}
