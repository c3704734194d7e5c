/**
 * The address-bar keyword "cn": typing "cn weibo" suggests catalogue entries as you type, and
 * Enter opens the one named exactly (an entry, a glossary term, a category) or the catalogue's
 * search for anything else. Suggestions come from the same search as the popup and the page.
 */
import { browser } from 'wxt/browser';
import { routeHash, searchHash } from '../catalogue-page/routes';
import type { Category } from '../catalogue/schema';
import type { Translate } from '../i18n/translate';
import { splitHighlighted, type Highlighted } from '../search/highlight';
import { buildSearchIndex, searchIndex, type SearchHit, type SearchIndex } from '../search/search-index';
import { searchRecordsFrom } from '../search/search-records';
import { databaseReady } from './database-ready';
import { openCataloguePage, type Disposition } from './open-catalogue-page';
import { settingsTranslator } from './settings-translator';

export const OMNIBOX_KEYWORD = 'cn';
export const MAX_SUGGESTIONS = 6;

export interface Suggestion {
  content: string;
  description: string;
}

/** Chromium reads descriptions as XML (<match>, <dim>); Firefox shows them as plain text. */
export function xmlEscape(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c]!);
}

function marked(h: Highlighted, markup: boolean): string {
  if (!markup) return h.text;
  return splitHighlighted(h)
    .map((p) => (p.match ? `<match>${xmlEscape(p.text)}</match>` : xmlEscape(p.text)))
    .join('');
}

/** Where a hit leads on the catalogue page. */
export function hitHash(hit: Pick<SearchHit, 'kind' | 'id'>): string {
  if (hit.kind === 'platform') return routeHash({ view: 'platform', id: hit.id });
  if (hit.kind === 'term') return routeHash({ view: 'glossary', term: hit.id });
  return routeHash({ view: 'browse', category: hit.id as Category, sort: 'name' });
}

/** One line per hit: the name (matches marked), its 汉字 and pinyin, and what it is. */
export function suggestionsFor(hits: SearchHit[], t: Translate, markup: boolean): Suggestion[] {
  const used = new Set<string>();
  return hits.slice(0, MAX_SUGGESTIONS).map((hit) => {
    const kind =
      hit.kind === 'platform'
        ? [hit.region ? t(`region.${hit.region}`) : '', ...hit.categoryIds.slice(0, 2).map((c) => t(`category.${c}`))].filter(Boolean).join(', ')
        : hit.kind === 'term'
          ? t('catalogue.omnibox.term')
          : t('catalogue.omnibox.category');
    const extra = [hit.hanzi?.text, hit.pinyin?.text].filter(Boolean).join(' ');
    const also = hit.alias ?? hit.counterpart;
    const plain = [hit.name.text, extra, also ? `(${also.text})` : '', `— ${kind}`].filter(Boolean).join(' ');
    const description = markup
      ? [marked(hit.name, true), extra ? `<dim>${xmlEscape(extra)}</dim>` : '', also ? `(${marked(also, true)})` : '', `<dim>— ${xmlEscape(kind)}</dim>`].filter(Boolean).join(' ')
      : plain;
    // The content is what Enter on this line sends back; it must be unique among the lines.
    let content = hit.name.text;
    if (used.has(content)) content = `${content} (${kind})`;
    used.add(content);
    return { content, description };
  });
}

/**
 * The one thing the text names: the best hit, when its name is the text (tier 0) or starts with
 * it (tier 1) and no other hit is as good ("kol" is KOL; "wei" could be Weibo or Weixin).
 */
function singleNamed(hits: SearchHit[]): SearchHit | undefined {
  const [top, second] = hits;
  if (!top || top.tier > 1) return undefined;
  return second && second.tier <= top.tier ? undefined : top;
}

/**
 * What Enter opens: a line the person picked (by its content), else the single thing the text
 * names, else the search page for the text.
 */
export function omniboxTarget(text: string, index: SearchIndex, picked?: ReadonlyMap<string, string>): string | null {
  const query = text.replace(/\s+/g, ' ').trim();
  if (!query) return null;
  const chosen = picked?.get(query);
  if (chosen) return chosen;
  const only = singleNamed(searchIndex(index, query, { limit: 2 }));
  return only ? hitHash(only) : searchHash(query);
}

/** The line Enter takes without choosing: "Open Weibo …" when the text names one thing, else "Search … for …". */
export function defaultSuggestion(text: string, hits: SearchHit[], t: Translate, markup: boolean): string {
  const query = text.replace(/\s+/g, ' ').trim();
  if (!query) return t('catalogue.omnibox.default');
  const esc = (s: string) => (markup ? xmlEscape(s) : s);
  const only = singleNamed(hits);
  if (only) return t('catalogue.omnibox.open', { name: esc(only.name.text) });
  return t('catalogue.omnibox.searchFor', { query: esc(query) });
}

export function setUpOmnibox(omnibox: typeof browser.omnibox | undefined = browser.omnibox, open = openCataloguePage): void {
  if (!omnibox) return; // not every browser build has the address-bar API
  const markup = !import.meta.env.FIREFOX;
  let index: Promise<SearchIndex> | undefined;
  const getIndex = () =>
    (index ??= databaseReady()
      .then(async (db) => buildSearchIndex(searchRecordsFrom({ platforms: await db.platforms.toArray(), glossary: await db.glossary.toArray() })))
      .catch((e: unknown) => {
        index = undefined;
        throw e;
      }));
  // content → route of the lines last suggested, so Enter on a line opens exactly that line.
  let picked = new Map<string, string>();

  omnibox.onInputStarted.addListener(() => {
    void settingsTranslator().then((t) => omnibox.setDefaultSuggestion({ description: t('catalogue.omnibox.default') }));
    void getIndex();
  });
  omnibox.onInputChanged.addListener((text, suggest) => {
    void Promise.all([getIndex(), settingsTranslator()]).then(([idx, t]) => {
      const hits = searchIndex(idx, text, { limit: MAX_SUGGESTIONS, categoryLabel: (c) => t(`category.${c}`) });
      const lines = suggestionsFor(hits, t, markup);
      picked = new Map(lines.map((line, i) => [line.content, hitHash(hits[i]!)]));
      omnibox.setDefaultSuggestion({ description: defaultSuggestion(text, hits, t, markup) });
      suggest(lines);
    });
  });
  omnibox.onInputEntered.addListener((text, disposition) => {
    void getIndex().then((idx) => {
      const hash = omniboxTarget(text, idx, picked);
      if (hash) void open(hash, { disposition: disposition as Disposition });
    });
  });
}
