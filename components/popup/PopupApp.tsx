import { useCallback, useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import type { DbSource } from '@/lib/popup/lazy-db';
import { currentRoute, usePopupView, type Route } from '@/lib/popup/view-store';
import { lazyIndex, loadSearchEngine, type SearchEngine } from '@/lib/popup/search-engine';
import type { SearchHit } from '@/lib/search/search-index';
import { useSettings } from '@/lib/settings/store';
import { Skeleton } from '@/components/shared/Skeleton';
import { useAppliedTheme } from '@/components/shared/use-applied-theme';
import { useTranslation } from '@/components/shared/use-translation';
import { CategoryView } from './CategoryView';
import type { FirstData } from './first-data';
import { categoryCounts, HomeView } from './HomeView';
import { PlatformView } from './PlatformView';
import { SearchResults } from './SearchResults';
import { SettingsPanel } from './SettingsPanel';
import { TermView } from './TermView';
import { TopBar } from './TopBar';
import { usePopupData } from './use-popup-data';
import '@/components/shared/theme.css';
import '@/components/shared/shared.css';
import './popup.css';

export interface PopupAppProps {
  /** The database, or how to load it (the popup loads Dexie after its first paint: lib/popup/lazy-db.ts). */
  db: DbSource;
  /** The address of the page the popup was opened on (activeTab). */
  pageUrl: () => Promise<string | undefined>;
  /** The catalogued platform at an address, or null. */
  detect: (url: string) => string | null;
  /** Where an entry lives in the catalogue page; absent while there is no catalogue page. */
  catalogueHref?: (platformId: string) => string;
  /** Rows read before the first render (see first-data.ts), shown until the live queries answer. */
  initial?: FirstData;
}

interface Page {
  host: string | undefined;
  platformId: string | null;
}

function hostOf(url: string | undefined): string | undefined {
  if (!url || !URL.canParse(url)) return undefined;
  const u = new URL(url);
  return u.protocol === 'https:' || u.protocol === 'http:' ? u.hostname : undefined;
}

export function PopupApp({ db, pageUrl, detect, catalogueHref, initial }: PopupAppProps) {
  const theme = useSettings((s) => s.theme);
  useAppliedTheme(theme);
  const { t } = useTranslation();
  const data = usePopupData(db, initial);
  const view = usePopupView();
  const route = currentRoute(view);
  const [page, setPage] = useState<Page | undefined>(() =>
    initial ? { host: hostOf(initial.url), platformId: initial.url ? detect(initial.url) : null } : undefined,
  );
  const searchRef = useRef<HTMLInputElement>(null);

  useEffect(() => {
    if (initial) return;
    let live = true;
    void pageUrl()
      .catch(() => undefined)
      .then((url) => {
        if (live) setPage({ host: hostOf(url), platformId: url ? detect(url) : null });
      });
    return () => {
      live = false;
    };
  }, [pageUrl, detect, initial]);

  useEffect(() => {
    document.title = t('popup.title');
  }, [t]);

  // The search code loads and its index is built once the answer is on screen (when the browser
  // is idle), or at the first keystroke if that comes sooner: never in the way of opening.
  const [engine, setEngine] = useState<SearchEngine>();
  const query = view.query.trim();
  const wantSearch = query !== '';
  const index = useMemo(
    () => (engine ? lazyIndex(engine, { platforms: data.platforms ?? [], glossary: data.glossary ?? [] }) : undefined),
    [engine, data.platforms, data.glossary],
  );
  useEffect(() => {
    let live = true;
    const load = () => void loadSearchEngine().then((e) => live && setEngine(() => e));
    if (wantSearch) load();
    else if (data.platforms?.length && typeof requestIdleCallback === 'function') {
      const id = requestIdleCallback(load, { timeout: 2000 });
      return () => {
        live = false;
        cancelIdleCallback(id);
      };
    }
    return () => {
      live = false;
    };
  }, [wantSearch, data.platforms]);
  useEffect(() => {
    if (!index || !data.platforms?.length || !data.glossary || typeof requestIdleCallback !== 'function') return;
    const id = requestIdleCallback(() => index(), { timeout: 2000 });
    return () => cancelIdleCallback(id);
  }, [index, data.platforms, data.glossary]);
  const hits = useMemo(
    () => (query && engine && index ? engine.searchIndex(index(), query, { limit: 30, categoryLabel: (c) => t(`category.${c}`) }) : []),
    [query, engine, index, t],
  );
  const counts = useMemo(() => categoryCounts(data.platforms ?? []), [data.platforms]);

  const open = useCallback(
    (r: Route) => {
      view.open(r);
      window.scrollTo?.(0, 0);
    },
    [view],
  );
  const openHit = (hit: SearchHit) => open(hit.kind === 'platform' ? { name: 'platform', id: hit.id } : hit.kind === 'term' ? { name: 'term', id: hit.id } : { name: 'category', id: hit.categoryIds[0]! });
  const openPlatform = (id: string) => open({ name: 'platform', id });

  const onKey = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      if (!query) return;
      e.preventDefault();
      view.moveActive(e.key === 'ArrowDown' ? 1 : -1, hits.length);
    } else if (e.key === 'Enter') {
      const hit = hits[Math.max(0, view.activeIndex)];
      if (hit) {
        e.preventDefault();
        openHit(hit);
      }
    } else if (e.key === 'Escape' && view.query) {
      // Clear first; a second Escape (empty field) is left to the browser, which closes the popup.
      e.preventDefault();
      e.stopPropagation();
      view.clearQuery();
    }
  };

  const loading = page === undefined || data.platforms === undefined;
  const preparing = !loading && data.platforms!.length === 0;
  const detected = page?.platformId ? data.byId.get(page.platformId) : undefined;
  const atHome = !loading && route.name === 'here' && !detected;

  // On a page the catalogue does not know, the popup is for searching: the field takes focus.
  useEffect(() => {
    if (atHome) searchRef.current?.focus();
  }, [atHome]);

  let body;
  if (query && !engine) {
    body = <Skeleton label={t('popup.loading')} />;
  } else if (query) {
    body = <SearchResults query={query} hits={hits} activeIndex={view.activeIndex} byId={data.byId} platformCounts={counts} onOpen={openHit} />;
  } else if (route.name === 'settings') {
    body = <SettingsPanel data={data} />;
  } else if (loading || preparing) {
    body = <Skeleton label={preparing ? t('popup.preparing') : t('popup.loading')} />;
  } else if (route.name === 'here' && detected) {
    body = <PlatformView key={detected.id} platform={detected} data={data} db={db} detected catalogueHref={catalogueHref} onOpenPlatform={openPlatform} />;
  } else if (route.name === 'here' || route.name === 'home') {
    body = (
      <HomeView
        data={data}
        notCatalogued={route.name === 'here'}
        host={page?.host}
        onOpenPlatform={openPlatform}
        onOpenCategory={(id) => open({ name: 'category', id })}
      />
    );
  } else if (route.name === 'platform') {
    const platform = data.byId.get(route.id);
    body = platform ? (
      <PlatformView key={platform.id} platform={platform} data={data} db={db} detected={false} catalogueHref={catalogueHref} onOpenPlatform={openPlatform} />
    ) : (
      <p className="cl-empty">{t('popup.platform.missing')}</p>
    );
  } else if (route.name === 'term') {
    const term = data.glossary?.find((g) => g.id === route.id);
    body = term ? <TermView term={term} data={data} onOpenPlatform={openPlatform} /> : <p className="cl-empty">{t('popup.term.missing')}</p>;
  } else {
    body = <CategoryView category={route.id} data={data} onOpenPlatform={openPlatform} />;
  }

  return (
    <div className="cl-popup">
      <TopBar
        canGoBack={view.stack.length > 1}
        onBack={view.back}
        onHome={() => open({ name: 'home' })}
        settingsOpen={route.name === 'settings'}
        onSettings={() => (route.name === 'settings' ? view.back() : open({ name: 'settings' }))}
        query={view.query}
        onQuery={view.setQuery}
        activeIndex={view.activeIndex}
        resultCount={hits.length}
        onKey={onKey}
        inputRef={searchRef}
      />
      <main className="cl-popup__main">{body}</main>
    </div>
  );
}
