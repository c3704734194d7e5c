/**
 * What the search looks through, built from catalogue rows: every platform (names, aliases, 汉字,
 * pinyin, categories, and the names of its counterparts on the other side, so "quora" also finds
 * Zhihu), every glossary term, and every category. Category labels are indexed in all UI
 * languages, so a search in Chinese finds "短视频" whatever language the UI is in.
 */
import type { Category, GlossaryTerm, Platform, Region } from '../catalogue/schema';
import { equivalentsOf } from '../catalogue/equivalents';
import * as common from '../i18n/messages/common';

export type SearchKind = 'platform' | 'term' | 'category';

export interface SearchDoc {
  /** Unique across kinds: "platform:weibo", "term:kol", "category:microblog". */
  key: string;
  kind: SearchKind;
  id: string;
  name: string;
  hanzi?: string;
  pinyin?: string;
  aliases: string[];
  counterparts: string[];
  /** The counterparts it is the closest current match for (or that are its closest): ranked higher. */
  closestCounterparts: string[];
  categories: string[];
  region?: Region;
  categoryIds: Category[];
}

export function categoryLabels(category: Category): string[] {
  // From the common dictionary alone, so the popup's search does not load every page's strings.
  return [...new Set([common.en, common.zhCN, common.sv].map((d) => d[`category.${category}`]))];
}

const namesOf = (p: Platform) => [p.name, ...(p.hanzi ? [p.hanzi] : []), ...p.aliases];

export function searchRecordsFrom(rows: { platforms: Platform[]; glossary: GlossaryTerm[] }): SearchDoc[] {
  const platformDocs = rows.platforms.map((p): SearchDoc => {
    const views = equivalentsOf(p.id, rows);
    return {
      key: `platform:${p.id}`,
      kind: 'platform',
      id: p.id,
      name: p.name,
      ...(p.hanzi ? { hanzi: p.hanzi } : {}),
      ...(p.pinyin ? { pinyin: p.pinyin } : {}),
      aliases: p.aliases,
      counterparts: views.flatMap((e) => namesOf(e.platform)),
      closestCounterparts: views.filter((e) => e.fit === 'closest' && !e.pairing.historical).flatMap((e) => namesOf(e.platform)),
      categories: p.categories.flatMap(categoryLabels),
      region: p.region,
      categoryIds: p.categories,
    };
  });
  const termDocs = rows.glossary.map((g): SearchDoc => ({
    key: `term:${g.id}`,
    kind: 'term',
    id: g.id,
    name: g.term,
    ...(g.hanzi ? { hanzi: g.hanzi } : {}),
    ...(g.pinyin ? { pinyin: g.pinyin } : {}),
    aliases: [],
    counterparts: [],
    closestCounterparts: [],
    categories: [],
    categoryIds: [],
  }));
  const used = new Set(rows.platforms.flatMap((p) => p.categories));
  const categoryDocs = [...used].map((c): SearchDoc => {
    const [english = c, ...others] = categoryLabels(c);
    return { key: `category:${c}`, kind: 'category', id: c, name: english, aliases: others, counterparts: [], closestCounterparts: [], categories: [], categoryIds: [c] };
  });
  return [...platformDocs, ...termDocs, ...categoryDocs];
}
