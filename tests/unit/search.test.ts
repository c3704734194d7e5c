import { beforeAll, describe, expect, it } from 'vitest';
import { compact, fold } from '@/lib/search/fold';
import { highlightRanges, mergeRanges, splitHighlighted } from '@/lib/search/highlight';
import { buildSearchIndex, searchIndex, type SearchHit, type SearchIndex } from '@/lib/search/search-index';
import { searchRecordsFrom, type SearchDoc } from '@/lib/search/search-records';
import { indexTokens, queryTokens } from '@/lib/search/tokenize';
import { loadCatalogue } from './support/catalogue';

const marked = (h: { text: string; ranges: [number, number][] } | undefined) => (h ? h.ranges.map(([a, b]) => h.text.slice(a, b)) : []);

describe('folding and tokens', () => {
  it('drops tone marks and case, keeping a map back to the original', () => {
    expect(fold('Xiǎo Hóng Shū')).toBe('xiao hong shu');
    const c = compact('Xiǎo Hóng Shū');
    expect(c.text).toBe('xiaohongshu');
    // "h" of Hóng is at index 5 of the original; it starts a word.
    expect(c.starts[4]).toBe(5);
    expect(c.wordStart[4]).toBe(true);
    expect(c.wordStart[5]).toBe(false);
  });

  it('indexes every word, the words joined, and every suffix of a run of 汉字', () => {
    expect(indexTokens('Xiǎo Hóng Shū')).toEqual(['xiao', 'hong', 'shu', 'xiaohongshu']);
    expect(indexTokens('小红书')).toEqual(['小红书', '红书', '书']);
    expect(indexTokens('B站')).toEqual(['b', '站']);
    // Values of a list are not joined into each other.
    expect(indexTokens('Little Red Book\nRED')).toEqual(['little', 'red', 'book', 'littleredbook']);
    expect(indexTokens("China's Facebook")).toEqual(['chinas', 'facebook', 'chinasfacebook']);
  });

  it('takes a query as typed: words, and runs of 汉字 whole', () => {
    expect(queryTokens('xiao hong shu')).toEqual(['xiao', 'hong', 'shu']);
    expect(queryTokens('小红书 RED')).toEqual(['小红书', 'red']);
    expect(queryTokens('  ')).toEqual([]);
  });
});

describe('highlighting', () => {
  it('marks only the typed part of a prefix match, at word starts', () => {
    expect(marked({ text: 'Weibo', ranges: highlightRanges('Weibo', ['weibo'], ['wei']) })).toEqual(['Wei']);
    expect(marked({ text: 'Sina Weibo', ranges: highlightRanges('Sina Weibo', ['weibo'], ['weibo']) })).toEqual(['Weibo']);
    // "bo" occurs inside "Weibo" but not at a word start: not marked.
    expect(highlightRanges('Weibo', ['bo'], ['bo'])).toEqual([]);
  });

  it('marks across spaces and tone marks when the pinyin was typed joined', () => {
    const text = 'Xiǎo Hóng Shū';
    expect(marked({ text, ranges: highlightRanges(text, ['xiaohongshu'], ['xiaohongshu']) })).toEqual(['Xiǎo Hóng Shū']);
  });

  it('marks 汉字 anywhere in a run and whole words found by typo tolerance', () => {
    expect(marked({ text: '小红书', ranges: highlightRanges('小红书', ['红书'], ['红书']) })).toEqual(['红书']);
    expect(marked({ text: 'Weibo', ranges: highlightRanges('Weibo', ['weibo'], ['weibp']) })).toEqual(['Weibo']);
  });

  it('merges overlapping ranges and splits text into pieces', () => {
    expect(mergeRanges([[4, 6], [0, 2], [1, 3]])).toEqual([[0, 3], [4, 6]]);
    expect(splitHighlighted({ text: 'abcdef', ranges: [[1, 3]] })).toEqual([
      { text: 'a', match: false },
      { text: 'bc', match: true },
      { text: 'def', match: false },
    ]);
  });
});

describe('searching the catalogue', () => {
  let index: SearchIndex;
  const top = (q: string, n = 1) => searchIndex(index, q).slice(0, n).map((h) => h.key);
  const find = (q: string, key: string): SearchHit | undefined => searchIndex(index, q).find((h) => h.key === key);

  beforeAll(() => {
    index = buildSearchIndex(searchRecordsFrom(loadCatalogue()));
  });

  it.each(['xiaohongshu', 'xiao hong shu', '小红书', 'little red book', 'RED', 'Xiǎo Hóng Shū', 'XHS'])('"%s" finds Xiaohongshu first', (q) => {
    expect(top(q)).toEqual(['platform:xiaohongshu']);
  });

  it.each(['知乎', 'zhihu', 'quora'])('"%s" finds Zhihu', (q) => {
    expect(find(q, 'platform:zhihu')).toBeDefined();
  });

  it('ranks an exact name first: "quora" is Quora, then its closest Chinese equivalent', () => {
    const hits = searchIndex(index, 'quora');
    expect(hits.slice(0, 2).map((h) => h.key)).toEqual(['platform:quora', 'platform:zhihu']);
    expect(marked(hits[1]!.counterpart)).toEqual(['Quora']);
  });

  it('a Western name lists its Chinese equivalents best fit first', () => {
    expect(top('twitter', 2)).toEqual(['platform:x', 'platform:weibo']);
    expect(top('tiktok', 2)).toEqual(['platform:tiktok', 'platform:douyin']);
  });

  it('tolerates a typo: "weibp" finds Weibo first, highlighted', () => {
    const [first] = searchIndex(index, 'weibp');
    expect(first!.key).toBe('platform:weibo');
    expect(marked(first!.name)).toEqual(['Weibo']);
  });

  it('finds by prefix while typing', () => {
    expect(top('xiaoh')).toEqual(['platform:xiaohongshu']);
    expect(top('zhi', 5)).toContain('platform:zhihu');
    expect(top('知')).toEqual(['platform:zhihu']);
  });

  it('a one-letter name beats longer names starting with that letter', () => {
    expect(top('x')).toEqual(['platform:x']);
    expect(top('X')).toEqual(['platform:x']);
  });

  it('finds an alias and says which one matched', () => {
    const [first] = searchIndex(index, 'twitter');
    expect(first!.key).toBe('platform:x');
    expect(marked(first!.alias)).toEqual(['Twitter']);
    expect(marked(searchIndex(index, 'RED')[0]!.alias)).toEqual(['RED']);
  });

  it('finds glossary terms and categories, in any UI language', () => {
    expect(top('kol')).toEqual(['term:kol']);
    expect(find('关键意见领袖', 'term:kol')).toBeDefined();
    expect(top('short video', 3)).toContain('category:short-video');
    expect(top('短视频', 3)).toContain('category:short-video');
    expect(top('Korta videor', 3)).toContain('category:short-video');
    // A platform in the category is found by the category too.
    expect(find('short video', 'platform:douyin')).toBeDefined();
  });

  it('labels a category result in the UI language and highlights that label', () => {
    const hit = searchIndex(index, 'q&a', { categoryLabel: () => '问答' }).find((h) => h.kind === 'category');
    expect(hit?.name.text).toBe('问答');
  });

  it('returns nothing for a query that matches nothing, or no query', () => {
    expect(searchIndex(index, 'qwzx')).toEqual([]);
    expect(searchIndex(index, '   ')).toEqual([]);
    expect(searchIndex(index, '!!!')).toEqual([]);
  });

  it('falls back to the best partial matches when no entry has every word', () => {
    const hits = searchIndex(index, 'weibo qwzx');
    expect(hits[0]!.key).toBe('platform:weibo');
  });

  it('respects the limit', () => {
    expect(searchIndex(index, 'a', { limit: 3 })).toHaveLength(3);
  });
});

describe('search records', () => {
  it('indexes a Chinese platform with its Western counterparts and labels in every language', () => {
    const docs = searchRecordsFrom(loadCatalogue());
    const zhihu = docs.find((d) => d.key === 'platform:zhihu') as SearchDoc;
    expect(zhihu.counterparts).toContain('Quora');
    expect(zhihu.categories).toEqual(expect.arrayContaining(['Q&A', '问答', 'Frågor och svar']));
    expect(docs.filter((d) => d.kind === 'term').length).toBeGreaterThan(10);
  });
});
