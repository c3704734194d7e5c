/**
 * "What matches this query?" MiniSearch does the matching (prefix and typo-tolerant, BM25
 * scoring); this module decides the tokenizing, the field weights and the final order: an exact
 * name (or 汉字, pinyin, alias) first, then names that start with the query, then the rest by score.
 */
import MiniSearch, { type SearchResult } from 'minisearch';
import type { Category, Region } from '../catalogue/schema';
import { compactText } from './fold';
import { highlightRanges, type Highlighted } from './highlight';
import type { SearchDoc, SearchKind } from './search-records';
import { indexTokens, isHanToken, queryTokens, VALUE_SEPARATOR } from './tokenize';

const FIELDS = ['name', 'hanzi', 'pinyin', 'aliases', 'counterparts', 'closestCounterparts', 'categories'] as const;
// A closest counterpart counts in both counterpart fields, so "quora" lists Zhihu (closest)
// before Baidu Zhidao (partial) and Tieba (related).
const BOOST: Record<(typeof FIELDS)[number], number> = { name: 5, hanzi: 5, pinyin: 3, aliases: 3, categories: 1, counterparts: 0.8, closestCounterparts: 1.5 };

export interface SearchIndex {
  mini: MiniSearch<SearchDoc>;
  docs: Map<string, SearchDoc>;
  /** Compact folded names of each doc (name, 汉字, pinyin, aliases), for the exact and prefix tiers. */
  names: Map<string, string[]>;
}

export interface SearchHit {
  key: string;
  kind: SearchKind;
  id: string;
  /** 0: the query is a name of it; 1: a name starts with the query; 2: matched elsewhere. */
  tier: 0 | 1 | 2;
  score: number;
  name: Highlighted;
  hanzi?: Highlighted;
  pinyin?: Highlighted;
  /** The alias that matched, when the name itself did not. */
  alias?: Highlighted;
  /** The counterpart that matched ("Quora" for Zhihu), when nothing of its own did. */
  counterpart?: Highlighted;
  region?: Region;
  categoryIds: Category[];
}

export interface SearchOptions {
  limit?: number;
  /** The label a category result shows (in the UI's language); highlights are computed on it. */
  categoryLabel?: (id: Category) => string;
}

export function buildSearchIndex(docs: SearchDoc[]): SearchIndex {
  const mini = new MiniSearch<SearchDoc>({
    idField: 'key',
    fields: [...FIELDS],
    storeFields: [],
    tokenize: indexTokens,
    // Tokens are already folded; MiniSearch's default would lowercase again.
    processTerm: (term) => term,
    extractField: (doc, field) => {
      const value = doc[field as keyof SearchDoc];
      return Array.isArray(value) ? value.join(VALUE_SEPARATOR) : value;
    },
  });
  mini.addAll(docs);
  return {
    mini,
    docs: new Map(docs.map((d) => [d.key, d])),
    names: new Map(docs.map((d) => [d.key, [d.name, d.hanzi, d.pinyin, ...d.aliases].filter((n): n is string => !!n).map(compactText)])),
  };
}

/**
 * The candidate with the most matched characters, then the one the match fills most: "little red
 * book" shows "Little Red Book", "red" shows "RED".
 */
function bestCovered(candidates: Highlighted[]): Highlighted | undefined {
  let best: Highlighted | undefined;
  let bestCovered = 0;
  let bestShare = 0;
  for (const h of candidates) {
    const covered = h.ranges.reduce((n, [a, b]) => n + b - a, 0);
    const share = covered / h.text.length;
    if (covered > bestCovered || (covered === bestCovered && share > bestShare)) [best, bestCovered, bestShare] = [h, covered, share];
  }
  return best;
}

function fuzziness(term: string): number | false {
  if (isHanToken(term) || term.length < 4) return false;
  return term.length >= 8 ? 2 : 1;
}

/** Where a very short prefix is expanded: names only, not categories or counterparts. */
const NAME_FIELDS = ['name', 'hanzi', 'pinyin', 'aliases'];
const SHORT_PREFIX = 3;

/**
 * Each word is its own sub-query. Only the last word is still being typed, so only it is
 * expanded as a prefix; the words before it are finished (a typo in them is caught by fuzzy
 * matching). A prefix of one or two Latin letters matches most of a large index, so it is
 * expanded over names only, which is what someone typing "we" is looking for.
 */
function run(index: SearchIndex, tokens: string[], combineWith: 'AND' | 'OR'): SearchResult[] {
  const last = tokens.length - 1;
  return index.mini.search(
    {
      combineWith,
      queries: tokens.map((term, i) => ({
        queries: [term],
        prefix: i === last,
        fuzzy: fuzziness(term),
        ...(i === last && !isHanToken(term) && term.length < SHORT_PREFIX ? { fields: NAME_FIELDS } : {}),
      })),
    },
    { tokenize: (text) => [text], processTerm: (term) => term, boost: BOOST },
  );
}

export function searchIndex(index: SearchIndex, query: string, options: SearchOptions = {}): SearchHit[] {
  const { limit = 30, categoryLabel } = options;
  const wanted = compactText(query);
  if (!wanted) return [];
  const tokens = queryTokens(query);
  let results = run(index, tokens, 'AND');
  // Every word must match when possible; when no entry has them all, the best partial matches
  // are better than an empty list.
  if (results.length === 0 && tokens.length > 1) results = run(index, tokens, 'OR');

  const ranked = results.map((r) => {
    const names = index.names.get(r.id as string) ?? [];
    const tier: SearchHit['tier'] = names.includes(wanted) ? 0 : names.some((n) => n.startsWith(wanted)) ? 1 : 2;
    return { r, tier };
  });
  ranked.sort((a, b) => a.tier - b.tier || b.r.score - a.r.score);

  return ranked.slice(0, limit).map(({ r, tier }) => {
    const doc = index.docs.get(r.id as string)!;
    const mark = (text: string): Highlighted => ({ text, ranges: highlightRanges(text, r.terms, r.queryTerms) });
    const name = mark(doc.kind === 'category' && categoryLabel ? categoryLabel(doc.categoryIds[0]!) : doc.name);
    const hanzi = doc.hanzi ? mark(doc.hanzi) : undefined;
    const pinyin = doc.pinyin ? mark(doc.pinyin) : undefined;
    const ownMatch = [name, hanzi, pinyin].some((h) => h && h.ranges.length > 0);
    const alias = ownMatch ? undefined : bestCovered(doc.aliases.map(mark));
    const counterpart = ownMatch || alias ? undefined : bestCovered(doc.counterparts.map(mark));
    return {
      key: doc.key,
      kind: doc.kind,
      id: doc.id,
      tier,
      score: r.score,
      name,
      ...(hanzi ? { hanzi } : {}),
      ...(pinyin ? { pinyin } : {}),
      ...(alias ? { alias } : {}),
      ...(counterpart ? { counterpart } : {}),
      ...(doc.region ? { region: doc.region } : {}),
      categoryIds: doc.categoryIds,
    };
  });
}
