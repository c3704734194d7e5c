import { describe, expect, it } from 'vitest';
import { equivalentsOf } from '@/lib/catalogue/equivalents';
import { platformSchema, type Figure, type Platform } from '@/lib/catalogue/schema';
import { figurePanel } from '@/lib/popup/figure-rows';
import { pairingSourceIds, pairingSources } from '@/lib/popup/pairing-sources';
import { loadCatalogue } from './support/catalogue';

const figure = (f: Partial<Figure>): Figure => ({ metric: 'mau', value: 1, unit: 'people', qualifier: 'exact', asOf: '2023', sourceId: 's', ...f });
const platform = (id: string, figures: Figure[]): Platform => platformSchema.parse({ id, name: id, region: 'western', categories: ['microblog'], summary: 's', figures });

describe('figures panel', () => {
  it('draws one bar per audience measure (newest), lists other facts, keeps older figures for later', () => {
    const p = platform('weibo', [
      figure({ metric: 'mau', value: 500, asOf: '2021', sourceId: 'old' }),
      figure({ metric: 'mau', value: 598, asOf: '2023-12', sourceId: 'new' }),
      figure({ metric: 'dau', value: 257, asOf: '2023-12' }),
      figure({ metric: 'launch-year', value: 2009, unit: 'year', asOf: '2016' }),
    ]);
    const panel = figurePanel([p], new Map([['new', { id: 'new', publisher: 'Weibo', title: 't', yearInferred: false, language: 'en' }]]));
    expect(panel.bars.map((r) => [r.figure.metric, r.figure.value])).toEqual([
      ['mau', 598],
      ['dau', 257],
    ]);
    expect(panel.bars[0]!.source?.publisher).toBe('Weibo');
    expect(panel.facts.map((r) => r.figure.metric)).toEqual(['launch-year']);
    expect(panel.others.map((r) => r.figure.value)).toEqual([500]);
  });

  it('a measure far older than the newest audience figure is not drawn as current', () => {
    const p = platform('weibo', [figure({ metric: 'mau', value: 598, asOf: '2023-12' }), figure({ metric: 'active-users', value: 129, asOf: '2014' })]);
    const panel = figurePanel([p], new Map());
    expect(panel.bars.map((r) => r.figure.metric)).toEqual(['mau']);
    expect(panel.others.map((r) => r.figure.metric)).toEqual(['active-users']);
  });

  it('is empty for platforms without figures', () => {
    expect(figurePanel([platform('a', [])], new Map())).toEqual({ bars: [], facts: [], others: [] });
  });
});

describe('pairing sources', () => {
  it('lists the pairing\'s sources first, each once, and drops ids with no source row', () => {
    const catalogue = loadCatalogue();
    const view = equivalentsOf('x', catalogue)[0]!;
    expect(view.platform.id).toBe('weibo');
    const ids = pairingSourceIds(view);
    expect(ids.slice(0, view.pairing.sourceIds.length)).toEqual(view.pairing.sourceIds);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toContain('weibo-q4-2023-results');
    const rows = pairingSources(view, new Map(catalogue.sources.filter((s) => s.id !== ids[0]).map((s) => [s.id, s])));
    expect(rows.map((s) => s.id)).toEqual(ids.slice(1));
  });
});
