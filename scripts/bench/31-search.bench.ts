/**
 * Search latency per query (p50/p95), as the popup runs it on every keystroke: on the real
 * catalogue, and on 10 000 synthetic records with names, aliases, 汉字, pinyin and counterparts.
 * The queries are typed one character at a time, so every prefix is a query, with typos, 汉字,
 * pinyin with and without spaces, aliases and categories among them.
 * Targets (issue): p95 ≤ 2 ms on the catalogue, ≤ 16 ms at 10 000 records.
 */
import { resolve } from 'node:path';
import type { BenchContext } from '../bench';
import { CATEGORIES, type GlossaryTerm, type Platform } from '../../lib/catalogue/schema';
import { readCatalogueDir } from '../../lib/catalogue/read-data-dir';
import { buildSearchIndex, searchIndex, type SearchIndex } from '../../lib/search/search-index';
import { searchRecordsFrom, categoryLabels, type SearchDoc } from '../../lib/search/search-records';

const TYPED = ['xiaohongshu', 'xiao hong shu', '小红书', 'little red book', 'RED', 'weibp', '知乎', 'zhihu', 'quora', 'twitter', 'kol', 'short video', '短视频', 'b站', 'wechat pay', 'Xiǎo Hóng Shū', 'douyn', 'netflix', 'food delivery', '微信'];

/** Every prefix of every query, as typed ("x", "xi", "xia", …). */
function keystrokes(queries: string[]): string[] {
  return queries.flatMap((q) => {
    const chars = [...q];
    return chars.map((_, i) => chars.slice(0, i + 1).join('')).filter((p) => p.trim());
  });
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

/**
 * Each query's latency is the median of its rounds (this machine is shared and noisy: a single
 * sample can be a GC pause or another process); p50/p95 are taken over those per-query medians.
 * The p95 of every raw sample is printed too, for comparison.
 */
function measure(index: SearchIndex, queries: string[], rounds: number) {
  const perQuery: number[][] = queries.map(() => []);
  let sink = 0;
  for (const q of queries) searchIndex(index, q); // warm-up round, not counted
  for (let r = 0; r < rounds; r++) {
    queries.forEach((q, i) => {
      const t0 = performance.now();
      sink += searchIndex(index, q).length;
      perQuery[i]!.push(performance.now() - t0);
    });
  }
  if (sink < 0) console.log(sink);
  const medians = perQuery.map((s) => s.sort((a, b) => a - b)[Math.floor(s.length / 2)]!).sort((a, b) => a - b);
  const raw = perQuery.flat().sort((a, b) => a - b);
  return { p50: percentile(medians, 50), p95: percentile(medians, 95), max: medians[medians.length - 1]!, rawP95: percentile(raw, 95), n: queries.length };
}

/** Deterministic synthetic records shaped like the catalogue's. */
function syntheticDocs(count: number): { docs: SearchDoc[]; queries: string[] } {
  let seed = 7;
  const rand = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  const pick = <T>(a: readonly T[]) => a[Math.floor(rand() * a.length)]!;
  const SYLLABLES = ['bai', 'bo', 'dou', 'yin', 'wei', 'xin', 'zhi', 'hu', 'tao', 'bao', 'mei', 'tuan', 'xiao', 'hong', 'shu', 'jing', 'dong', 'kuai', 'shou', 'tou', 'tiao', 'qi', 'yi', 'fei', 'zhu', 'xie', 'cheng', 'ding', 'ma', 'feng', 'wo', 'lu', 'ke', 'an', 'ying', 'yue'];
  const TONED: Record<string, string> = { a: 'ā', e: 'é', i: 'ǐ', o: 'ò', u: 'ū' };
  const HANZI = [...'百度抖音微信知乎淘宝美团小红书京东快手头条奇艺飞猪携程钉马蜂窝路客安影乐云网易腾讯支付宝天猫拼多多豆瓣贴吧优酷西瓜视频饿了么滴出行高德地图'];
  const WORDS = ['Video', 'Music', 'Pay', 'Mail', 'Maps', 'Cloud', 'Live', 'Shop', 'Go', 'Hub', 'Chat', 'News', 'Book', 'Travel', 'Meet', 'Drive', 'Play', 'Talk'];
  const cap = (s: string) => s[0]!.toUpperCase() + s.slice(1);
  const docs: SearchDoc[] = [];
  const names: string[] = [];
  for (let i = 0; i < count; i++) {
    const chinese = rand() < 0.5;
    const syllables = Array.from({ length: 2 + Math.floor(rand() * 3) }, () => pick(SYLLABLES));
    const name = chinese ? cap(syllables.join('')) : `${cap(pick(SYLLABLES))}${pick(SYLLABLES)} ${pick(WORDS)}`;
    names.push(name);
    const categoryIds = [pick(CATEGORIES), ...(rand() < 0.4 ? [pick(CATEGORIES)] : [])];
    docs.push({
      key: `platform:s${i}`,
      kind: 'platform',
      id: `s${i}`,
      name,
      ...(chinese
        ? {
            hanzi: syllables.map(() => pick(HANZI)).join(''),
            pinyin: syllables.map((s) => cap(s.replace(/[aeiou]/, (v) => TONED[v]!))).join(' '),
          }
        : {}),
      aliases: Array.from({ length: Math.floor(rand() * 3) }, () => `${pick(WORDS)} ${cap(pick(SYLLABLES))}`),
      counterparts: Array.from({ length: Math.floor(rand() * 3) }, () => names[Math.floor(rand() * names.length)]!),
      closestCounterparts: rand() < 0.3 ? [names[Math.floor(rand() * names.length)]!] : [],
      categories: categoryIds.flatMap(categoryLabels),
      region: chinese ? 'chinese' : 'western',
      categoryIds,
    });
  }
  const sample = (n: number) => Array.from({ length: n }, () => pick(docs));
  const queries = [
    ...sample(8).map((d) => d.name), // exact names
    ...sample(4).map((d) => d.name.toLowerCase().replace(/[aeiou](?=[^aeiou]*$)/, 'x')), // a typo in the last vowel
    ...sample(6).flatMap((d) => (d.hanzi ? [d.hanzi.slice(1)] : [])), // part of the 汉字
    ...sample(6).flatMap((d) => (d.pinyin ? [d.pinyin, d.pinyin.replace(/ /g, '')] : [])), // pinyin, spaced and joined
    'short video',
    '短视频',
  ];
  return { docs, queries };
}

export default async function bench({ print }: BenchContext) {
  const result = readCatalogueDir(resolve(import.meta.dirname, '../../data'));
  if (!result.ok) throw new Error('catalogue invalid: run npm run catalogue -- validate');
  const catalogue = result.catalogue as { platforms: Platform[]; glossary: GlossaryTerm[] };

  let t0 = performance.now();
  const catalogueDocs = searchRecordsFrom(catalogue);
  const catalogueIndex = buildSearchIndex(catalogueDocs);
  const catalogueBuild = performance.now() - t0;
  const catalogueQueries = keystrokes(TYPED);
  const onCatalogue = measure(catalogueIndex, catalogueQueries, 21);
  print('search.catalogue.records', catalogueDocs.length);
  print('search.catalogue.index build', catalogueBuild, 'ms');
  print('search.catalogue.queries (keystrokes, median of 21 rounds each)', onCatalogue.n);
  print('search.catalogue.p50', onCatalogue.p50, 'ms');
  print('search.catalogue.p95', onCatalogue.p95, 'ms (target ≤ 2)');
  print('search.catalogue.slowest query', onCatalogue.max, 'ms');
  print('search.catalogue.p95 of raw samples', onCatalogue.rawP95, 'ms');

  const synthetic = syntheticDocs(10_000);
  t0 = performance.now();
  const syntheticIndex = buildSearchIndex(synthetic.docs);
  const syntheticBuild = performance.now() - t0;
  const syntheticQueries = keystrokes(synthetic.queries);
  const onSynthetic = measure(syntheticIndex, syntheticQueries, 7);
  print('search.10k.records', synthetic.docs.length);
  print('search.10k.index build', syntheticBuild, 'ms');
  print('search.10k.queries (keystrokes, median of 7 rounds each)', onSynthetic.n);
  print('search.10k.p50', onSynthetic.p50, 'ms');
  print('search.10k.p95', onSynthetic.p95, 'ms (target ≤ 16)');
  print('search.10k.slowest query', onSynthetic.max, 'ms');
  print('search.10k.p95 of raw samples', onSynthetic.rawP95, 'ms');
}
