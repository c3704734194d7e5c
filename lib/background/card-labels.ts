/**
 * Answers a content script's request for the strings a hover card shows, in one language: the
 * dictionaries stay in the background, the page's script carries none.
 */
import { isCardLabelKey, type CardLabels } from '../content/cards/card-labels';
import type { Locale } from '../i18n/locales';
import { LOCALES } from '../i18n/locales';
import { MESSAGES } from '../i18n/messages';

export function cardLabelsFor(locale: Locale): Partial<CardLabels> {
  const dictionary = MESSAGES[LOCALES.includes(locale) ? locale : 'en'];
  return Object.fromEntries(Object.entries(dictionary).filter(([key]) => isCardLabelKey(key))) as Partial<CardLabels>;
}
