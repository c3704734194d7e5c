/**
 * The full-tab catalogue page: a header with the views, and the view the address names. Each
 * view and entry has its own address (lib/catalogue-page/routes), so back/forward, bookmarks and
 * links from the popup, hover cards, context menu and address bar all land on the right place.
 */
import { useEffect, useRef } from 'react';
import { useAppliedTheme } from '@/components/shared/use-applied-theme';
import { useTranslation } from '@/components/shared/use-translation';
import type { RouterStore } from '@/lib/catalogue-page/router-store';
import type { Route } from '@/lib/catalogue-page/routes';
import type { ChinaLensDb } from '@/lib/db/database';
import { followSettingsChanges, useSettings } from '@/lib/settings/store';
import { CatalogueDataContext, useCatalogueRows } from './use-catalogue-data';
import { RouteLink, RouterContext } from './router-context';
import { BrowseView } from './views/BrowseView';
import { CompareView } from './views/CompareView';
import { EntryView } from './views/EntryView';
import { ExportView } from './views/ExportView';
import { GlossaryView } from './views/GlossaryView';
import { MarketView } from './views/MarketView';
import { NotFoundView } from './views/NotFoundView';
import { SettingsView } from './views/SettingsView';
import { useStore } from 'zustand';

type NavView = 'browse' | 'compare' | 'glossary' | 'market' | 'export' | 'settings';
const NAV: { view: NavView; to: Route }[] = [
  { view: 'browse', to: { view: 'browse', sort: 'name' } },
  { view: 'compare', to: { view: 'compare', chinese: [] } },
  { view: 'glossary', to: { view: 'glossary' } },
  { view: 'market', to: { view: 'market' } },
  { view: 'export', to: { view: 'export', ids: [] } },
  { view: 'settings', to: { view: 'settings' } },
];

function navViewOf(route: Route): NavView | null {
  if (route.view === 'search' || route.view === 'browse' || route.view === 'platform') return 'browse';
  if (route.view === 'not-found') return null;
  return route.view;
}

export function CatalogueApp({ db, router }: { db: ChinaLensDb; router: RouterStore }) {
  const data = useCatalogueRows(db);
  const theme = useSettings((s) => s.theme);
  useAppliedTheme(theme);
  useEffect(() => followSettingsChanges(), []);
  const { t } = useTranslation();
  const route = useStore(router, (s) => s.route);
  const cause = useStore(router, (s) => s.cause);
  const main = useRef<HTMLElement>(null);

  // A new view: start at its top and move focus to its heading, so keyboard and screen-reader
  // users land where sighted users look. Refinements (typing, filters) keep focus where it is.
  useEffect(() => {
    if (cause !== 'navigate') return;
    window.scrollTo?.(0, 0);
    const heading = main.current?.querySelector<HTMLElement>('h1');
    if (heading) {
      heading.tabIndex = -1;
      heading.focus({ preventScroll: true });
    }
  }, [route, cause]);

  const current = navViewOf(route);
  return (
    <RouterContext.Provider value={router}>
      <CatalogueDataContext.Provider value={data}>
        <a className="cp-skip" href="#main" onClick={(e) => (e.preventDefault(), main.current?.focus())}>
          {t('catalogue.skip')}
        </a>
        <header className="cp-header cp-noprint">
          <RouteLink to={{ view: 'browse', sort: 'name' }} className="cp-brand">
            <img src="/icon/32.png" alt="" width={24} height={24} />
            <span>{t('app.name')}</span>
            <span className="cp-brand__sub">{t('catalogue.brandSub')}</span>
          </RouteLink>
          <nav aria-label={t('catalogue.nav.label')} className="cp-nav">
            <ul>
              {NAV.map((item) => (
                <li key={item.view}>
                  <RouteLink to={item.to} aria-current={current === item.view ? 'page' : undefined} data-testid={`nav-${item.view}`}>
                    {t(`catalogue.nav.${item.view}`)}
                  </RouteLink>
                </li>
              ))}
            </ul>
          </nav>
        </header>
        <main id="main" ref={main} tabIndex={-1} className="cp-main">
          <View route={route} />
        </main>
        <footer className="cp-footer cp-noprint">
          <p>{t('catalogue.footer', { count: data.platforms?.length ?? 0 })}</p>
        </footer>
      </CatalogueDataContext.Provider>
    </RouterContext.Provider>
  );
}

function View({ route }: { route: Route }) {
  switch (route.view) {
    case 'browse':
    case 'search':
      return <BrowseView route={route} />;
    case 'platform':
      return <EntryView key={route.id} id={route.id} />;
    case 'compare':
      return <CompareView route={route} />;
    case 'glossary':
      return <GlossaryView route={route} />;
    case 'market':
      return <MarketView />;
    case 'export':
      return <ExportView route={route} />;
    case 'settings':
      return <SettingsView />;
    case 'not-found':
      return <NotFoundView hash={route.hash} />;
  }
}
