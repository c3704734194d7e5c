/**
 * The catalogue page's current route, in a Zustand store that follows the address bar. Moving to
 * a view pushes a history entry (so back/forward work); refining one (typing in a search box,
 * changing a filter) replaces the entry, so back does not replay every keystroke. Links are plain
 * <a href="#/…">: the browser pushes the entry and the hashchange listener updates the store.
 */
import { create, type StoreApi, type UseBoundStore } from 'zustand';
import { parseRoute, routeHash, type Route } from './routes';

export interface RouterState {
  route: Route;
  /** A new view ('navigate') gets focus and scroll reset; a refinement of the same view does not. */
  cause: 'load' | 'navigate' | 'refine';
  /**
   * replace: change the current history entry instead of adding one.
   * refine: add an entry but treat it as a refinement (focus stays put): the first keystroke of
   * a search moves from browse to results, and back should return to browse, yet the person is
   * still typing.
   */
  navigate: (route: Route, options?: { replace?: boolean; refine?: boolean }) => void;
}

export type RouterWindow = Pick<Window, 'location' | 'history' | 'addEventListener' | 'removeEventListener'>;
export type RouterStore = UseBoundStore<StoreApi<RouterState>> & { stop: () => void };

/** Two hashes that name the same route compare equal ("" and "#/", parameter order). */
function parseRouteKey(hash: string): string {
  return routeHash(parseRoute(hash));
}

export function createRouterStore(win: RouterWindow = window): RouterStore {
  let refining: string | null = null;
  const store = create<RouterState>()((set) => ({
    route: parseRoute(win.location.hash),
    cause: 'load',
    navigate(route, options = {}) {
      const hash = routeHash(route);
      if (options.replace) {
        // replaceState fires no hashchange, so the store is updated here.
        win.history.replaceState(win.history.state, '', hash);
        set({ route, cause: 'refine' });
      } else if (win.location.hash !== hash) {
        refining = options.refine ? hash : null;
        win.location.hash = hash;
        // The store follows at once, not on the (asynchronous) hashchange: the search box is
        // controlled by the route, so a keystroke typed before the event would otherwise be
        // rendered over by the old, empty query and lost ("weibo" arriving as "eibo").
        set({ route, cause: options.refine ? 'refine' : 'navigate' });
      }
    },
  }));
  const onHashChange = () => {
    const hash = win.location.hash;
    // A repeated event for the address already shown changes nothing (and must not turn a
    // refinement into a navigation that steals focus).
    if (parseRouteKey(hash) === routeHash(store.getState().route)) return;
    // Only the change we asked for is a refinement; a stray change meanwhile is a navigation.
    const cause = refining !== null && hash === refining ? 'refine' : 'navigate';
    if (cause === 'refine') refining = null;
    store.setState({ route: parseRoute(hash), cause });
  };
  win.addEventListener('hashchange', onHashChange);
  return Object.assign(store, { stop: () => win.removeEventListener('hashchange', onHashChange) });
}
