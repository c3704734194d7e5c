/**
 * The card's DOM, built from the background's CardData and translated labels with plain
 * createElement and textContent (catalogue text is never parsed as HTML). A dialog a screen reader
 * can name and read: title, what it is, equivalents as a list, one key difference, one figure.
 * Labels are in the person's language; catalogue sentences are English and marked so.
 */
import type { Locale } from '../../i18n/locales';
import type { CardData } from '../../messaging/protocol';
import { formatFigure, type CardLabelKey, type Label } from './card-labels';
import { lensIcon } from './lens-icon';

/** Equivalents listed on the card; the full entry has the rest. */
export const MAX_EQUIVALENTS = 3;

export interface CardView {
  card: HTMLElement;
  more: HTMLButtonElement;
  close: HTMLButtonElement;
}

type Child = Node | string | null | undefined | false | 0;

export function h<K extends keyof HTMLElementTagNameMap>(doc: Document, tag: K, attrs: Record<string, string> = {}, ...children: Child[]): HTMLElementTagNameMap[K] {
  const el = doc.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) el.setAttribute(name, value);
  for (const child of children) if (child) el.append(child);
  return el;
}

export function renderCard(doc: Document, data: CardData, label: Label, locale: Locale): CardView {
  const western = data.region === 'western';
  const close = h(doc, 'button', { class: 'close', type: 'button', 'aria-label': label('card.close'), title: label('card.close') }, '×');
  // The accessible name starts with the visible word, so "click More" works for voice control too.
  const more = h(doc, 'button', { class: 'more', type: 'button', 'aria-label': `${label('card.more')}: ${label('card.moreLabel', { platform: data.name })}` }, label('card.more'));

  // Today's equivalents before historical ones (Renren once played Facebook's role; WeChat does now).
  const current = [...data.equivalents].sort((a, b) => Number(a.historical) - Number(b.historical));
  const shown = current.slice(0, MAX_EQUIVALENTS);
  const list = shown.length
    ? h(
        doc,
        'ul',
        { class: 'eqs' },
        ...shown.map((e) =>
          h(
            doc,
            'li',
            { class: 'eq' },
            h(
              doc,
              'span',
              { class: 'eq-name' },
              h(doc, 'b', {}, e.name),
              e.hanzi && h(doc, 'span', { class: 'hanzi', lang: 'zh-CN' }, e.hanzi),
              e.pinyin && h(doc, 'span', { class: 'pinyin', lang: 'zh-Latn-pinyin' }, e.pinyin),
            ),
            e.historical && h(doc, 'span', { class: 'fit historical' }, label('historical')),
            h(doc, 'span', { class: `fit fit-${e.fit}` }, label(`fit.${e.fit}` as CardLabelKey)),
          ),
        ),
      )
    : h(doc, 'p', { class: 'none' }, label(western ? 'card.noEquivalents' : 'card.noCounterparts'));
  const hidden = data.equivalents.length - shown.length;

  const diff = data.keyDifference;
  const other = diff && data.equivalents.find((e) => e.id === diff.pairedWith)?.name;
  const westernName = western ? data.name : (other ?? label('region.western'));
  const chineseName = western ? (other ?? label('region.chinese')) : data.name;

  const card = h(
    doc,
    'div',
    { class: 'card', role: 'dialog', 'aria-modal': 'false', 'aria-labelledby': 'cl-title', 'aria-describedby': 'cl-summary', tabindex: '-1', lang: locale, 'data-platform': data.id },
    h(doc, 'div', { class: 'top' }, h(doc, 'span', { class: 'brand' }, lensIcon(doc, 14), label('app.name')), close),
    h(doc, 'h2', { id: 'cl-title' }, data.name, data.hanzi && h(doc, 'span', { class: 'hanzi', lang: 'zh-CN' }, data.hanzi)),
    h(doc, 'p', { class: 'summary', id: 'cl-summary', lang: 'en' }, data.summary),
    h(doc, 'h3', {}, label(western ? 'card.equivalents' : 'card.counterparts')),
    list,
    hidden > 0 && h(doc, 'p', { class: 'more-count' }, label('card.moreEquivalents', { count: hidden })),
    diff &&
      h(
        doc,
        'div',
        { class: 'diff' },
        h(doc, 'p', { class: 'diff-head' }, label('card.keyDifference', { aspect: diff.aspect })),
        h(doc, 'p', {}, h(doc, 'span', { class: 'who' }, westernName), h(doc, 'span', { lang: 'en' }, diff.western)),
        h(doc, 'p', {}, h(doc, 'span', { class: 'who' }, chineseName), h(doc, 'span', { lang: 'en' }, diff.chinese)),
      ),
    data.headlineFigure && h(doc, 'p', { class: 'figure' }, formatFigure(data.headlineFigure, label, locale)),
    h(doc, 'div', { class: 'foot' }, more),
  );
  return { card, more, close };
}
