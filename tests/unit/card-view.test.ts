import { describe, expect, it } from 'vitest';
import assert from 'node:assert/strict';
import { cardLabelsFor } from '@/lib/background/card-labels';
import { buildCardData } from '@/lib/catalogue/card-data';
import { formatFigure, labelsLookup } from '@/lib/content/cards/card-labels';
import { MAX_EQUIVALENTS, renderCard } from '@/lib/content/cards/card-view';
import { renderCornerChip } from '@/lib/content/cards/corner-chip';
import type { Locale } from '@/lib/i18n/locales';
import type { CardData } from '@/lib/messaging/protocol';
import { loadCatalogue } from './support/catalogue';

const catalogue = loadCatalogue();
const dataFor = (id: string) => buildCardData(id, catalogue.platforms, catalogue.sources)!;
const render = (data: CardData, locale: Locale = 'en') => renderCard(document, data, labelsLookup(cardLabelsFor(locale)), locale);
const texts = (root: Element, selector: string) => [...root.querySelectorAll(selector)].map((e) => e.textContent);

describe('the card for a Western platform', () => {
  const data = dataFor('instagram');
  const { card, more, close } = render(data);

  it('is a dialog named after the platform', () => {
    expect(card.getAttribute('role')).toBe('dialog');
    expect(card.querySelector('#' + card.getAttribute('aria-labelledby'))?.textContent).toBe('Instagram');
    expect(card.querySelector('#' + card.getAttribute('aria-describedby'))?.textContent).toBe(data.summary);
  });

  it('lists its Chinese equivalents with their Chinese names and how well they fit', () => {
    expect(card.querySelector('h3')?.textContent).toBe('Chinese equivalents');
    const first = data.equivalents[0]!;
    const row = card.querySelector('.eq')!;
    expect(row.textContent).toContain(first.name);
    expect(row.textContent).toContain(first.hanzi!);
    expect(row.querySelector(`.fit-${first.fit}`)?.textContent).toBe({ closest: 'Closest match', partial: 'Partial match', related: 'Related' }[first.fit]);
    expect(card.querySelectorAll('.eq').length).toBe(Math.min(MAX_EQUIVALENTS, data.equivalents.length));
  });

  it('names both sides of the key difference', () => {
    const diff = data.keyDifference!;
    const other = data.equivalents.find((e) => e.id === diff.pairedWith)!.name;
    expect(card.querySelector('.diff-head')?.textContent).toBe(`Key difference: ${diff.aspect}`);
    expect(texts(card, '.diff .who')).toEqual(['Instagram', other]);
    expect(card.querySelector('.diff')?.textContent).toContain(diff.chinese);
  });

  it('has a labelled More button and a Close button', () => {
    expect(more.textContent).toBe('More');
    expect(more.getAttribute('aria-label')).toBe('More: the full China Lens entry for Instagram');
    expect(close.getAttribute('aria-label')).toBe('Close');
  });
});

it('the card for a Chinese platform lists its Western counterparts, best fit first', () => {
  const data = dataFor('wechat');
  const { card } = render(data);
  expect(card.querySelector('h3')?.textContent).toBe('Western counterparts');
  expect(card.querySelector('h2')?.textContent).toBe('WeChat微信');
  expect(texts(card, '.eq b')).toEqual(data.equivalents.slice(0, MAX_EQUIVALENTS).map((e) => e.name));
  expect(texts(card, '.eq b')).toContain('Facebook');
});

it('the headline figure carries its year and source', () => {
  const withFigure = catalogue.platforms.map((p) => dataFor(p.id)).find((d) => d.headlineFigure)!;
  const { card } = render(withFigure);
  const line = card.querySelector('.figure')!.textContent!;
  expect(line).toContain(withFigure.headlineFigure!.asOf.slice(0, 4));
  expect(line).toContain(withFigure.headlineFigure!.source);
});

it('more equivalents than fit say how many more', () => {
  const many = catalogue.platforms.map((p) => dataFor(p.id)).find((d) => d.equivalents.length > MAX_EQUIVALENTS)!;
  const { card } = render(many);
  expect(card.querySelector('.more-count')?.textContent).toBe(`+${many.equivalents.length - MAX_EQUIVALENTS} more`);
});

it('catalogue text is shown as text, never parsed as HTML', () => {
  const data = { ...dataFor('instagram'), summary: '<img src=x onerror=alert(1)>', name: '<b>bold</b>' };
  const { card } = render(data);
  expect(card.querySelector('img')).toBeNull();
  expect(card.querySelector('h2')?.textContent).toBe('<b>bold</b>');
});

describe("in the person's language", () => {
  it.each([
    ['zh-CN', '中国对应平台', '详情'],
    ['sv', 'Kinesiska motsvarigheter', 'Mer'],
  ] as const)('%s', (locale, heading, more) => {
    const view = render(dataFor('youtube'), locale);
    expect(view.card.querySelector('h3')?.textContent).toBe(heading);
    expect(view.more.textContent).toBe(more);
    expect(view.card.lang).toBe(locale);
    expect(view.card.querySelector('.summary')?.getAttribute('lang')).toBe('en');
  });

  it('figures: qualifier, number and metric translated', () => {
    const figure = { metric: 'mau', value: 1_340_000_000, unit: 'people', qualifier: 'over', asOf: '2024-06', source: 'Tencent' };
    expect(formatFigure(figure, labelsLookup(cardLabelsFor('en')), 'en')).toBe('Monthly active users: over 1.3 billion (2024, Tencent)');
    expect(formatFigure(figure, labelsLookup(cardLabelsFor('zh-CN')), 'zh-CN')).toBe('月活跃用户：超过 13.4亿（2024，Tencent）');
  });
});

it("lists today's equivalents before historical ones", () => {
  const data = dataFor('facebook');
  assert.ok(data.equivalents.some((e) => e.historical), 'Facebook has a historical equivalent (Renren) in the catalogue');
  const { card } = render(data);
  const rows = [...card.querySelectorAll('.eq')].map((row) => !!row.querySelector('.historical'));
  expect(rows).toEqual([...rows].sort((a, b) => Number(a) - Number(b)));
  expect(rows[0]).toBe(false);
});

describe('buttons are named by the words they show, then more (voice control, WCAG 2.5.3)', () => {
  it.each(['en', 'zh-CN', 'sv'] as const)('%s', (locale) => {
    const label = labelsLookup(cardLabelsFor(locale));
    const { more } = render(dataFor('youtube'), locale);
    expect(more.getAttribute('aria-label')!.startsWith(more.textContent!)).toBe(true);
    const chip = renderCornerChip(document, dataFor('facebook'), label)!;
    expect(chip.textContent).toContain('WeChat');
    expect(chip.getAttribute('aria-label')!.startsWith(chip.textContent!)).toBe(true);
    expect(chip.getAttribute('aria-label')).toContain('Facebook');
  });
});
