/**
 * The popup's view state (Zustand): which view is showing (a stack, so Back works), the search
 * query and the highlighted result, and which counterpart and detail tab are chosen. Nothing here
 * is persisted: each opening starts from the page the person is on.
 */
import { create } from 'zustand';
import type { Category } from '../catalogue/schema';

export type Route =
  | { name: 'here' }
  | { name: 'home' }
  | { name: 'platform'; id: string }
  | { name: 'term'; id: string }
  | { name: 'category'; id: Category }
  | { name: 'settings' };

export const DETAIL_TABS = ['differences', 'marketing', 'access', 'figures', 'sources'] as const;
export type DetailTab = (typeof DETAIL_TABS)[number];

export interface PopupViewState {
  stack: Route[];
  query: string;
  /** Index of the highlighted search result; -1 before the person moves (Enter takes the first). */
  activeIndex: number;
  /** Per platform shown: the counterpart whose details are open. */
  chosen: Record<string, string>;
  tab: DetailTab;
}

export interface PopupViewActions {
  open: (route: Route) => void;
  back: () => void;
  setQuery: (query: string) => void;
  clearQuery: () => void;
  moveActive: (delta: 1 | -1, count: number) => void;
  choose: (platformId: string, counterpartId: string) => void;
  setTab: (tab: DetailTab) => void;
  reset: () => void;
}

export const INITIAL_VIEW: PopupViewState = { stack: [{ name: 'here' }], query: '', activeIndex: -1, chosen: {}, tab: 'differences' };

export function currentRoute(state: Pick<PopupViewState, 'stack'>): Route {
  return state.stack[state.stack.length - 1] ?? { name: 'here' };
}

const sameRoute = (a: Route, b: Route) => a.name === b.name && ('id' in a ? a.id : '') === ('id' in b ? b.id : '');

/** Opening clears the search; opening what is already showing does nothing; "here" resets the stack. */
export function openRoute(state: PopupViewState, route: Route): PopupViewState {
  const cleared = { ...state, query: '', activeIndex: -1 };
  if (route.name === 'here') return { ...cleared, stack: [{ name: 'here' }] };
  if (sameRoute(currentRoute(state), route)) return cleared;
  return { ...cleared, stack: [...state.stack, route] };
}

export function backRoute(state: PopupViewState): PopupViewState {
  return state.stack.length > 1 ? { ...state, stack: state.stack.slice(0, -1) } : state;
}

/** ↓ from the query goes to the first result, and both ends wrap round. */
export function moveActiveIndex(current: number, delta: 1 | -1, count: number): number {
  if (count <= 0) return -1;
  if (current < 0) return delta === 1 ? 0 : count - 1;
  return (current + delta + count) % count;
}

export const usePopupView = create<PopupViewState & PopupViewActions>()((set) => ({
  ...INITIAL_VIEW,
  open: (route) => set((s) => openRoute(s, route)),
  back: () => set((s) => backRoute(s)),
  setQuery: (query) => set({ query, activeIndex: -1 }),
  clearQuery: () => set({ query: '', activeIndex: -1 }),
  moveActive: (delta, count) => set((s) => ({ activeIndex: moveActiveIndex(s.activeIndex, delta, count) })),
  choose: (platformId, counterpartId) => set((s) => ({ chosen: { ...s.chosen, [platformId]: counterpartId } })),
  setTab: (tab) => set({ tab }),
  reset: () => set({ ...INITIAL_VIEW }),
}));
