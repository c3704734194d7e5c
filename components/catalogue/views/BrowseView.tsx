/**
 * Browse and search: every platform, filtered by region and category and sorted by name, users or
 * launch year; with a query, the popup's search (names, aliases, 汉字, pinyin, counterparts,
 * glossary terms, categories) with the same filters. The query lives in the address, so a result
 * list can be bookmarked, and Back returns from results to browsing.
 */
import { useEffect, useId, useMemo, useRef } from 'react';
import { HanziPinyin } from '@/components/shared/HanziPinyin';
import { Highlight } from '@/components/shared/Highlight';
import { Skeleton } from '@/components/shared/Skeleton';
import { useTranslation } from '@/components/shared/use-translation';
import { CATEGORIES, REGIONS, type Category, type Region } from '@/lib/catalogue/schema';
import { browsePlatforms, categoryCounts, matchesFilters, sortPlatforms } from '@/lib/catalogue-page/browse';
import type { BrowseFilters, BrowseSort, Route } from '@/lib/catalogue-page/routes';
import { buildSearchIndex, searchIndex, type SearchHit } from '@/lib/search/search-index';
import { searchRecordsFrom } from '@/lib/search/search-records';
import { PlatformCard } from '../PlatformCard';
import { RouteLink, useNavigate } from '../router-context';
import { useCatalogueData } from '../use-catalogue-data';
import { useDocumentTitle } from '../use-document-title';
import { ViewHead } from '../ViewHead';

type BrowseRoute = Extract<Route, { view: 'browse' | 'search' }>;

function filtersOf(route: BrowseRoute): BrowseFilters {
  return { sort: route.sort, ...(route.category ? { category: route.category } : {}), ...(route.region ? { region: route.region } : {}) };
}

export function BrowseView({ route }: { route: BrowseRoute }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { platforms, glossary, pinned } = useCatalogueData();
  const searchId = useId();
  const input = useRef<HTMLInputElement>(null);
  const query = route.view === 'search' ? route.q : '';
  const filters = filtersOf(route);
  useDocumentTitle(query ? t('catalogue.search.title', { query }) : t('catalogue.nav.browse'));

  // "/" focuses the search from anywhere on the view, as on most research sites.
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const target = e.target as HTMLElement | null;
      if (e.key !== '/' || e.ctrlKey || e.metaKey || e.altKey) return;
      if (target && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName))) return;
      e.preventDefault();
      input.current?.focus();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);

  const index = useMemo(() => (platforms && glossary ? buildSearchIndex(searchRecordsFrom({ platforms, glossary })) : undefined), [platforms, glossary]);

  const setQuery = (q: string) => {
    if (q.trim() === '') navigate({ view: 'browse', ...filters, sort: filters.sort === 'relevance' ? 'name' : filters.sort }, { replace: true });
    else if (route.view === 'search') navigate({ view: 'search', q, ...filters }, { replace: true });
    else navigate({ view: 'search', q, ...filters, sort: filters.sort === 'name' ? 'relevance' : filters.sort }, { refine: true });
  };
  const setFilters = (patch: Partial<BrowseFilters>) => {
    const next = { ...filters, ...patch };
    for (const key of ['category', 'region'] as const) if (!next[key]) delete next[key];
    navigate(route.view === 'search' ? { view: 'search', q: route.q, ...next } : { view: 'browse', ...next }, { replace: true });
  };

  const region = route.region;
  const counts = useMemo(() => categoryCounts(platforms ?? [], region), [platforms, region]);

  const results = useMemo(() => {
    if (!platforms) return undefined;
    const filters = filtersOf(route);
    if (!query.trim() || !index) return { platforms: browsePlatforms(platforms, filters).map((p) => ({ platform: p, hit: undefined as SearchHit | undefined })), others: [] as SearchHit[] };
    const hits = searchIndex(index, query, { limit: 200, categoryLabel: (c) => t(`category.${c}`) });
    const byId = new Map(platforms.map((p) => [p.id, p]));
    let found = hits.flatMap((hit) => {
      const platform = hit.kind === 'platform' ? byId.get(hit.id) : undefined;
      return platform && matchesFilters(platform, filters) ? [{ platform, hit: hit as SearchHit | undefined }] : [];
    });
    if (filters.sort !== 'relevance') {
      const order = sortPlatforms(
        found.map((f) => f.platform),
        filters.sort,
      );
      found = order.map((p) => found.find((f) => f.platform === p)!);
    }
    return { platforms: found, others: hits.filter((h) => h.kind !== 'platform') };
  }, [platforms, query, index, route, t]);

  const filtered = filters.category !== undefined || filters.region !== undefined;
  const sorts: BrowseSort[] = route.view === 'search' ? ['relevance', 'name', 'users', 'launch'] : ['name', 'users', 'launch'];

  return (
    <div className="cp-browse">
      <ViewHead title={query ? t('catalogue.search.title', { query }) : t('catalogue.browse.title')} lede={t('catalogue.browse.lede')} />
      <form className="cp-search" role="search" onSubmit={(e) => e.preventDefault()}>
        <label htmlFor={searchId} className="cp-search__label">
          {t('catalogue.search.label')}
        </label>
        <div className="cp-search__row">
          <input
            ref={input}
            id={searchId}
            type="search"
            className="cp-search__input"
            data-testid="catalogue-search"
            value={query}
            placeholder={t('catalogue.search.placeholder')}
            autoComplete="off"
            spellCheck={false}
            aria-describedby={`${searchId}-hint`}
            onChange={(e) => setQuery(e.target.value)}
          />
          <kbd className="cp-search__kbd" aria-hidden="true">
            /
          </kbd>
        </div>
        <p id={`${searchId}-hint`} className="cp-hint">
          {t('catalogue.search.hint')}
        </p>
      </form>

      <div className="cp-filters" role="group" aria-label={t('catalogue.filters.label')}>
        <fieldset className="cl-segmented">
          <legend>{t('catalogue.filters.region')}</legend>
          {([undefined, ...REGIONS] as (Region | undefined)[]).map((r) => (
            <label key={r ?? 'all'} className="cl-segmented__option">
              <input type="radio" name="region" checked={filters.region === r} onChange={() => setFilters({ region: r })} data-testid={`region-${r ?? 'all'}`} />
              <span>{r ? t(`region.${r}`) : t('catalogue.filters.allRegions')}</span>
            </label>
          ))}
        </fieldset>
        <label className="cp-field">
          <span className="cp-field__label">{t('catalogue.filters.category')}</span>
          <select value={filters.category ?? ''} onChange={(e) => setFilters({ category: (e.target.value || undefined) as Category | undefined })} data-testid="category-filter">
            <option value="">{t('catalogue.filters.allCategories')}</option>
            {CATEGORIES.filter((c) => counts.has(c) || c === filters.category)
              .map((c) => ({ c, label: t(`category.${c}`) }))
              .sort((a, b) => a.label.localeCompare(b.label))
              .map(({ c, label }) => (
                <option key={c} value={c}>
                  {label} ({counts.get(c) ?? 0})
                </option>
              ))}
          </select>
        </label>
        <label className="cp-field">
          <span className="cp-field__label">{t('catalogue.filters.sort')}</span>
          <select value={filters.sort} onChange={(e) => setFilters({ sort: e.target.value as BrowseSort })} data-testid="sort">
            {sorts.map((s) => (
              <option key={s} value={s}>
                {t(`catalogue.sort.${s}`)}
              </option>
            ))}
          </select>
        </label>
        {filtered ? (
          <button type="button" className="cp-button cp-button--quiet" onClick={() => setFilters({ category: undefined, region: undefined })}>
            {t('catalogue.filters.clear')}
          </button>
        ) : null}
      </div>

      {!results ? (
        <Skeleton label={t('catalogue.loading')} lines={4} />
      ) : (
        <>
          <p className="cp-count" role="status" data-testid="result-count">
            {results.platforms.length === 1 ? t('catalogue.browse.countOne') : t('catalogue.browse.count', { count: results.platforms.length })}
          </p>
          {results.platforms.length === 0 ? (
            <div className="cp-empty" data-testid="no-results">
              <p className="cp-empty__title">{query ? t('catalogue.search.none', { query: query.trim() }) : t('catalogue.browse.none')}</p>
              <p>{filtered ? t('catalogue.search.noneFiltered') : t('catalogue.search.noneHint')}</p>
            </div>
          ) : (
            <ul className="cp-grid" aria-label={t('catalogue.browse.listLabel')}>
              {results.platforms.map(({ platform, hit }) => (
                <li key={platform.id}>
                  <PlatformCard platform={platform} platforms={platforms!} pinned={pinned.has(platform.id)} {...(hit ? { hit } : {})} />
                </li>
              ))}
            </ul>
          )}
          {results.others.length > 0 ? (
            <section className="cp-section" aria-labelledby="cp-other-hits">
              <h2 id="cp-other-hits">{t('catalogue.search.otherHits')}</h2>
              <ul className="cp-hits">
                {results.others.map((hit) => (
                  <li key={hit.key} data-testid="other-hit">
                    <RouteLink
                      to={hit.kind === 'term' ? { view: 'glossary', term: hit.id } : { view: 'browse', category: hit.id as Category, sort: 'name' }}
                      className="cp-hit"
                    >
                      <span className="cp-hit__kind">{hit.kind === 'term' ? t('catalogue.search.term') : t('catalogue.search.category')}</span>
                      <Highlight value={hit.name} />
                      <HanziPinyin hanzi={hit.hanzi} pinyin={hit.pinyin} hanziClassName="cp-hit__hanzi" pinyinClassName="cp-muted" />
                    </RouteLink>
                  </li>
                ))}
              </ul>
            </section>
          ) : null}
        </>
      )}
    </div>
  );
}
