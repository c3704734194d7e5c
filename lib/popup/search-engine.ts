/**
 * The popup's search (MiniSearch, the tokenizer, the records), loaded as its own chunk: the
 * popup opens on an answer, not a search, so this code loads when the browser is idle after the
 * first paint or at the first keystroke, whichever comes first.
 */
import type { GlossaryTerm, Platform } from '../catalogue/schema';
import type { SearchIndex } from '../search/search-index';

export type SearchEngine = typeof import('./search-engine-module');

let loading: Promise<SearchEngine> | undefined;

export function loadSearchEngine(): Promise<SearchEngine> {
  loading ??= import('./search-engine-module');
  return loading;
}

/** The index over the popup's rows, built on first use and kept. */
export function lazyIndex(engine: SearchEngine, rows: { platforms: Platform[]; glossary: GlossaryTerm[] }): () => SearchIndex {
  let built: SearchIndex | undefined;
  return () => (built ??= engine.buildSearchIndex(engine.searchRecordsFrom(rows)));
}
