/**
 * The catalogue page's addresses. Every view and entry lives in the URL hash, so each has its own
 * address, back/forward move between them, and other contexts (popup, hover card, context menu,
 * omnibox) open a view by building a hash with these functions rather than by string pasting.
 *
 *   #/                                   browse (all platforms)
 *   #/browse?category=…&region=…&sort=…  browse, filtered and sorted
 *   #/search?q=…                         search results (same filters as browse)
 *   #/platform/<id>                      one entry
 *   #/compare/<western>/<cn>,<cn>,<cn>   one Western platform beside up to three Chinese ones
 *   #/glossary   #/glossary/<term>       glossary, optionally scrolled to one term
 *   #/market                             market overview
 *   #/export?ids=<id>,<id>               brief export for chosen platforms, plus pins and notes
 *   #/settings
 */
import { CATEGORIES, REGIONS, type Category, type Region } from '../catalogue/schema';

/** 'relevance' is the search's own order; browse has nothing to rank by and treats it as 'name'. */
export const BROWSE_SORTS = ['relevance', 'name', 'users', 'launch'] as const;
export type BrowseSort = (typeof BROWSE_SORTS)[number];

export interface BrowseFilters {
  category?: Category;
  region?: Region;
  sort: BrowseSort;
}

export type Route =
  | ({ view: 'browse' } & BrowseFilters)
  | ({ view: 'search'; q: string } & BrowseFilters)
  | { view: 'platform'; id: string }
  | { view: 'compare'; western?: string; chinese: string[] }
  | { view: 'glossary'; term?: string }
  | { view: 'market' }
  | { view: 'export'; ids: string[] }
  | { view: 'settings' }
  | { view: 'not-found'; hash: string };

export type View = Route['view'];

/** A comparison puts one Western platform beside at most this many Chinese ones. */
export const MAX_COMPARED = 3;

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const isSlug = (s: string) => s.length <= 80 && SLUG.test(s);

function idList(value: string | null | undefined): string[] {
  if (!value) return [];
  return [...new Set(value.split(',').map((s) => s.trim()).filter(isSlug))];
}

const defaultSort = (view: 'browse' | 'search'): BrowseSort => (view === 'search' ? 'relevance' : 'name');

function filtersFrom(params: URLSearchParams, view: 'browse' | 'search'): BrowseFilters {
  const category = params.get('category');
  const region = params.get('region');
  const sort = params.get('sort');
  return {
    ...((CATEGORIES as readonly string[]).includes(category ?? '') ? { category: category as Category } : {}),
    ...((REGIONS as readonly string[]).includes(region ?? '') ? { region: region as Region } : {}),
    sort: (BROWSE_SORTS as readonly string[]).includes(sort ?? '') && !(view === 'browse' && sort === 'relevance') ? (sort as BrowseSort) : defaultSort(view),
  };
}

function decode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

/** Never throws: an address nobody understands becomes the not-found view, naming it. */
export function parseRoute(hash: string): Route {
  const raw = hash.replace(/^#/, '');
  const [pathPart = '', queryPart = ''] = raw.split(/\?(.*)/s, 2);
  const params = new URLSearchParams(queryPart);
  const segments = pathPart.split('/').filter(Boolean).map(decode);
  const [head, ...rest] = segments;

  switch (head) {
    case undefined:
    case 'browse':
      return rest.length === 0 ? { view: 'browse', ...filtersFrom(params, 'browse') } : notFound(hash);
    case 'search':
      return rest.length === 0 ? { view: 'search', q: (params.get('q') ?? '').slice(0, 200), ...filtersFrom(params, 'search') } : notFound(hash);
    case 'platform':
      return rest.length === 1 && isSlug(rest[0]!) ? { view: 'platform', id: rest[0]! } : notFound(hash);
    case 'compare': {
      if (rest.length > 2) return notFound(hash);
      const western = rest[0];
      if (western !== undefined && !isSlug(western)) return notFound(hash);
      return { view: 'compare', ...(western ? { western } : {}), chinese: idList(rest[1]).slice(0, MAX_COMPARED) };
    }
    case 'glossary':
      if (rest.length === 0) return { view: 'glossary' };
      return rest.length === 1 && isSlug(rest[0]!) ? { view: 'glossary', term: rest[0]! } : notFound(hash);
    case 'market':
      return rest.length === 0 ? { view: 'market' } : notFound(hash);
    case 'export':
      return rest.length === 0 ? { view: 'export', ids: idList(params.get('ids')) } : notFound(hash);
    case 'settings':
      return rest.length === 0 ? { view: 'settings' } : notFound(hash);
    default:
      return notFound(hash);
  }
}

function notFound(hash: string): Route {
  return { view: 'not-found', hash };
}

function query(entries: [string, string | undefined][]): string {
  const params = new URLSearchParams();
  for (const [k, v] of entries) if (v) params.set(k, v);
  const s = params.toString();
  return s ? `?${s}` : '';
}

function filterQuery(f: Partial<BrowseFilters>, view: 'browse' | 'search'): [string, string | undefined][] {
  return [
    ['category', f.category],
    ['region', f.region],
    ['sort', f.sort && f.sort !== defaultSort(view) ? f.sort : undefined],
  ];
}

/** The hash (with its leading "#") for a route; parseRoute(routeHash(r)) gives r back. */
export function routeHash(route: Route): string {
  switch (route.view) {
    case 'browse': {
      const q = query(filterQuery(route, 'browse'));
      return q ? `#/browse${q}` : '#/';
    }
    case 'search':
      return `#/search${query([['q', route.q], ...filterQuery(route, 'search')])}`;
    case 'platform':
      return `#/platform/${route.id}`;
    case 'compare':
      if (!route.western) return '#/compare';
      return `#/compare/${route.western}${route.chinese.length ? '/' + route.chinese.slice(0, MAX_COMPARED).join(',') : ''}`;
    case 'glossary':
      return route.term ? `#/glossary/${route.term}` : '#/glossary';
    case 'market':
      return '#/market';
    case 'export':
      return `#/export${route.ids.length ? '?ids=' + route.ids.join(',') : ''}`;
    case 'settings':
      return '#/settings';
    case 'not-found':
      return route.hash.startsWith('#') ? route.hash : `#${route.hash}`;
  }
}

/** Shorthands for the ways in (popup, hover card, context menu, omnibox). */
export const platformHash = (id: string): string => routeHash({ view: 'platform', id });
export const searchHash = (q: string): string => routeHash({ view: 'search', q, sort: 'relevance' });

/** The page itself, relative to the extension's root; pass to runtime.getURL. */
export const CATALOGUE_PAGE = '/catalogue.html';
