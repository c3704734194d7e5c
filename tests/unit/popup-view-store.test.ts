import { beforeEach, describe, expect, it } from 'vitest';
import { backRoute, currentRoute, INITIAL_VIEW, moveActiveIndex, openRoute, usePopupView } from '@/lib/popup/view-store';

describe('popup view state', () => {
  beforeEach(() => usePopupView.getState().reset());

  it('opening pushes a view and clears the search; Back returns', () => {
    let s = { ...INITIAL_VIEW, query: 'wei', activeIndex: 2 };
    s = openRoute(s, { name: 'platform', id: 'weibo' });
    expect(currentRoute(s)).toEqual({ name: 'platform', id: 'weibo' });
    expect(s.query).toBe('');
    expect(s.activeIndex).toBe(-1);
    s = openRoute(s, { name: 'platform', id: 'x' });
    expect(s.stack).toHaveLength(3);
    s = backRoute(s);
    expect(currentRoute(s)).toEqual({ name: 'platform', id: 'weibo' });
    s = backRoute(backRoute(s));
    expect(s.stack).toEqual([{ name: 'here' }]);
  });

  it('opening what is showing adds nothing; opening "here" goes back to the start', () => {
    let s = openRoute(INITIAL_VIEW, { name: 'category', id: 'qa' });
    s = openRoute(s, { name: 'category', id: 'qa' });
    expect(s.stack).toHaveLength(2);
    s = openRoute(s, { name: 'here' });
    expect(s.stack).toEqual([{ name: 'here' }]);
  });

  it('↑/↓ start from the query and wrap round', () => {
    expect(moveActiveIndex(-1, 1, 3)).toBe(0);
    expect(moveActiveIndex(-1, -1, 3)).toBe(2);
    expect(moveActiveIndex(2, 1, 3)).toBe(0);
    expect(moveActiveIndex(0, -1, 3)).toBe(2);
    expect(moveActiveIndex(0, 1, 0)).toBe(-1);
  });

  it('the store remembers the chosen counterpart per platform and the tab', () => {
    const { choose, setTab, setQuery, moveActive } = usePopupView.getState();
    choose('x', 'toutiao');
    setTab('figures');
    setQuery('zhi');
    moveActive(1, 4);
    const s = usePopupView.getState();
    expect(s.chosen).toEqual({ x: 'toutiao' });
    expect(s.tab).toBe('figures');
    expect(s.activeIndex).toBe(0);
    s.setQuery('zhih');
    expect(usePopupView.getState().activeIndex).toBe(-1);
  });
});

describe('the link to the catalogue page', () => {
  it('is the catalogue page’s own route for the entry', async () => {
    const { catalogueEntryPath } = await import('@/lib/popup/catalogue-link');
    const { CATALOGUE_PAGE, platformHash, parseRoute } = await import('@/lib/catalogue-page/routes');
    expect(catalogueEntryPath('weibo')).toBe(CATALOGUE_PAGE + platformHash('weibo'));
    expect(parseRoute(catalogueEntryPath('little-red-book').split('#')[1]!)).toEqual({ view: 'platform', id: 'little-red-book' });
  });
});
