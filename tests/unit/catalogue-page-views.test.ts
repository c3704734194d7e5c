/** The pure answers behind the catalogue page's views, checked on the real catalogue. */
import { describe, expect, it } from 'vitest';
import { headlineFigure, launchYear } from '@/lib/catalogue/figures';
import { browsePlatforms, categoryCounts, sortValue } from '@/lib/catalogue-page/browse';
import { buildComparison, suggestedChinese } from '@/lib/catalogue-page/comparison';
import { filterGlossary, termsMentioning } from '@/lib/catalogue-page/glossary';
import { audienceCounts, marketSections } from '@/lib/catalogue-page/market-overview';
import { loadCatalogue } from './support/catalogue';

const catalogue = loadCatalogue();
const { platforms, glossary, market } = catalogue;

describe('browse: filter and sort', () => {
  it('region and category filters keep exactly the matching platforms', () => {
    const shown = browsePlatforms(platforms, { region: 'chinese', category: 'microblog', sort: 'name' });
    expect(shown.map((p) => p.id)).toContain('weibo');
    expect(shown.every((p) => p.region === 'chinese' && p.categories.includes('microblog'))).toBe(true);
    expect(shown.length).toBe(platforms.filter((p) => p.region === 'chinese' && p.categories.includes('microblog')).length);
  });

  it('by name is alphabetical, ignoring case', () => {
    const names = browsePlatforms(platforms, { sort: 'name' }).map((p) => p.name.toLowerCase());
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, 'en')));
    expect(names.length).toBe(platforms.length);
  });

  it('by users puts the largest headline audience first and platforms without one last', () => {
    const shown = browsePlatforms(platforms, { sort: 'users' });
    const values = shown.map((p) => headlineFigure(p.figures)?.value);
    const known = values.filter((v): v is number => v !== undefined);
    expect(known).toEqual([...known].sort((a, b) => b - a));
    expect(values.slice(known.length).every((v) => v === undefined)).toBe(true);
    expect(shown.length).toBe(platforms.length);
  });

  it('by launch year puts the newest first', () => {
    const shown = browsePlatforms(platforms, { region: 'chinese', sort: 'launch' });
    const years = shown.map((p) => launchYear(p.figures)?.value).filter((v): v is number => v !== undefined);
    expect(years.length).toBeGreaterThan(5);
    expect(years).toEqual([...years].sort((a, b) => b - a));
    expect(sortValue(shown[0]!, 'launch')).toBe(years[0]);
  });

  it('category counts follow the region filter', () => {
    const all = categoryCounts(platforms);
    const chinese = categoryCounts(platforms, 'chinese');
    expect(chinese.get('microblog')).toBeLessThan(all.get('microblog')!);
    expect([...chinese.values()].reduce((a, b) => a + b, 0)).toBe(platforms.filter((p) => p.region === 'chinese').reduce((n, p) => n + p.categories.length, 0));
  });
});

describe('compare: one Western platform beside up to three Chinese ones', () => {
  it('Facebook beside WeChat and Weibo: each pairing’s aspects, the Western side once, gaps left empty', () => {
    const c = buildComparison('facebook', ['wechat', 'weibo'], platforms)!;
    expect(c.western.id).toBe('facebook');
    expect(c.chinese.map((x) => x.platform.id)).toEqual(['wechat', 'weibo']);
    const fb = platforms.find((p) => p.id === 'facebook')!;
    const wechatPair = fb.equivalents.find((e) => e.chinese === 'wechat')!;
    for (const d of wechatPair.differences) {
      const row = c.aspects.find((a) => a.aspect.toLowerCase() === d.aspect.toLowerCase())!;
      expect(row.chinese[0]).toBe(d.chinese);
      expect(row.western).toContain(d.western);
    }
    const weiboOnly = c.aspects.filter((a) => a.chinese[0] === undefined);
    expect(weiboOnly.every((a) => a.chinese[1] !== undefined)).toBe(true);
  });

  it('keeps only Chinese platforms, at most three, each once; a Chinese "Western" side is no comparison', () => {
    const c = buildComparison('facebook', ['wechat', 'instagram', 'wechat', 'weibo', 'qq', 'douban'], platforms)!;
    expect(c.chinese.map((x) => x.platform.id)).toEqual(['wechat', 'weibo', 'qq']);
    expect(buildComparison('wechat', ['weibo'], platforms)).toBeNull();
    expect(buildComparison('no-such-platform', ['weibo'], platforms)).toBeNull();
  });

  it('a Chinese platform the Western one is not paired with is compared without a pairing', () => {
    const c = buildComparison('x', ['wechat'], platforms)!;
    expect(c.chinese[0]!.pairing).toBeUndefined();
    expect(c.aspects).toEqual([]);
  });

  it('suggests the current pairings, best fit first, never a historical one', () => {
    const suggested = suggestedChinese('facebook', platforms);
    expect(suggested[0]).toBe('wechat');
    expect(suggested.length).toBeLessThanOrEqual(3);
    const fb = platforms.find((p) => p.id === 'facebook')!;
    for (const id of suggested) expect(fb.equivalents.find((e) => e.chinese === id)!.historical).toBe(false);
  });
});

describe('glossary', () => {
  it('finds terms by name, 汉字 and pinyin with or without tones and spaces', () => {
    const kol = glossary.find((g) => g.id === 'kol')!;
    expect(filterGlossary(glossary, 'KOL')[0]).toBe(kol);
    expect(filterGlossary(glossary, kol.hanzi!)[0]).toBe(kol);
    expect(filterGlossary(glossary, 'guan jian yi jian ling xiu')[0]).toBe(kol);
    expect(filterGlossary(glossary, 'guanjianyijianlingxiu')[0]).toBe(kol);
    expect(filterGlossary(glossary, 'zzzz-no-such-term')).toEqual([]);
  });

  it('an empty filter lists every term in name order', () => {
    const all = filterGlossary(glossary, '  ');
    expect(all.length).toBe(glossary.length);
    expect(all.map((t) => t.term.toLowerCase())).toEqual(all.map((t) => t.term.toLowerCase()).sort((a, b) => a.localeCompare(b, 'en')));
  });

  it('terms that mention a platform are the ones listing it', () => {
    const terms = termsMentioning('wechat', glossary);
    expect(terms.length).toBeGreaterThan(0);
    expect(terms.every((t) => t.platformIds.includes('wechat'))).toBe(true);
    expect(terms.length).toBe(glossary.filter((t) => t.platformIds.includes('wechat')).length);
  });
});

describe('market overview', () => {
  it('places every fact exactly once, by topic', () => {
    const sections = marketSections(market);
    const placed = sections.flatMap((s) => [...s.counts, ...s.shares, ...s.figures, ...s.findings].map((f) => f.id));
    expect(placed.sort()).toEqual(market.map((f) => f.id).sort());
    for (const s of sections) for (const f of [...s.counts, ...s.shares, ...s.figures, ...s.findings]) expect(f.topic).toBe(s.topic);
    for (const s of sections) {
      expect(s.counts.every((f) => f.unit === 'people')).toBe(true);
      expect(s.shares.every((f) => f.unit === 'percent')).toBe(true);
      expect(s.findings.every((f) => f.value === undefined)).toBe(true);
    }
  });

  it('the head-count chart holds population, internet, social media and mobile counts, largest first', () => {
    const counts = audienceCounts(market);
    expect(counts.length).toBeGreaterThan(2);
    expect(counts.every((f) => f.unit === 'people' && ['population', 'internet-users', 'social-media-users', 'mobile'].includes(f.topic))).toBe(true);
    expect(counts.map((f) => f.value)).toEqual(counts.map((f) => f.value).sort((a, b) => b! - a!));
  });
});
