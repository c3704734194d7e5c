import { afterEach, describe, expect, it } from 'vitest';
import { createRouterStore, type RouterStore } from '@/lib/catalogue-page/router-store';

let router: RouterStore | undefined;
afterEach(() => {
  router?.stop();
  window.history.replaceState(null, '', '#/');
});

const hashChanged = () => new Promise((resolve) => window.addEventListener('hashchange', resolve, { once: true }));

describe('the catalogue page router', () => {
  it('starts at the address the page was opened with', () => {
    window.history.replaceState(null, '', '#/platform/weibo');
    router = createRouterStore(window);
    expect(router.getState().route).toEqual({ view: 'platform', id: 'weibo' });
    expect(router.getState().cause).toBe('load');
  });

  it('moving to a view adds a history entry, so back returns to the previous view', async () => {
    window.history.replaceState(null, '', '#/');
    router = createRouterStore(window);
    const length = window.history.length;
    let changed = hashChanged();
    router.getState().navigate({ view: 'platform', id: 'wechat' });
    await changed;
    expect(window.location.hash).toBe('#/platform/wechat');
    expect(router.getState()).toMatchObject({ route: { view: 'platform', id: 'wechat' }, cause: 'navigate' });
    expect(window.history.length).toBe(length + 1);
    changed = hashChanged();
    window.history.back();
    await changed;
    expect(router.getState().route).toEqual({ view: 'browse', sort: 'name' });
  });

  it('refining a view (typing, filters) replaces the entry and keeps focus where it is', () => {
    window.history.replaceState(null, '', '#/search?q=we');
    router = createRouterStore(window);
    const length = window.history.length;
    router.getState().navigate({ view: 'search', q: 'weibo', sort: 'relevance' }, { replace: true });
    expect(window.location.hash).toBe('#/search?q=weibo');
    expect(window.history.length).toBe(length);
    expect(router.getState().cause).toBe('refine');
  });

  it('the first keystroke of a search adds one entry but counts as a refinement', async () => {
    window.history.replaceState(null, '', '#/');
    router = createRouterStore(window);
    const changed = hashChanged();
    router.getState().navigate({ view: 'search', q: 'w', sort: 'relevance' }, { refine: true });
    await changed;
    expect(router.getState()).toMatchObject({ route: { view: 'search', q: 'w' }, cause: 'refine' });
  });

  it('the route follows the first keystroke at once, so the next one is not typed over an empty box', async () => {
    window.history.replaceState(null, '', '#/');
    router = createRouterStore(window);
    const changed = hashChanged();
    router.getState().navigate({ view: 'search', q: 'w', sort: 'relevance' }, { refine: true });
    // Before the hashchange event: the box must already read "w".
    expect(router.getState().route).toMatchObject({ view: 'search', q: 'w' });
    await changed;
    // The late event changes nothing and does not turn the refinement into a navigation.
    expect(router.getState()).toMatchObject({ route: { view: 'search', q: 'w' }, cause: 'refine' });
  });

  it('a plain link (the browser changing the hash) is followed', async () => {
    window.history.replaceState(null, '', '#/');
    router = createRouterStore(window);
    const changed = hashChanged();
    window.location.hash = '#/glossary/kol';
    await changed;
    expect(router.getState().route).toEqual({ view: 'glossary', term: 'kol' });
  });
});
