import { describe, expect, it } from 'vitest';
import { parseRoute, platformHash, routeHash, searchHash, type Route } from '@/lib/catalogue-page/routes';

describe('catalogue page addresses', () => {
  const routes: Route[] = [
    { view: 'browse', sort: 'name' },
    { view: 'browse', category: 'microblog', region: 'chinese', sort: 'users' },
    { view: 'search', q: '小红书 & red', sort: 'relevance' },
    { view: 'search', q: 'weibo', region: 'western', sort: 'launch' },
    { view: 'platform', id: 'little-red-book' },
    { view: 'compare', chinese: [] },
    { view: 'compare', western: 'facebook', chinese: ['wechat', 'weibo', 'qq'] },
    { view: 'glossary' },
    { view: 'glossary', term: 'kol' },
    { view: 'market' },
    { view: 'export', ids: ['wechat', 'weibo'] },
    { view: 'settings' },
  ];

  it.each(routes.map((r) => [routeHash(r), r] as const))('%s reads back as the same view', (hash, route) => {
    expect(parseRoute(hash)).toEqual(route);
  });

  it('gives the hover card and context menu the exact addresses they build', () => {
    expect(platformHash('wechat')).toBe('#/platform/wechat');
    expect(parseRoute('#/platform/wechat')).toEqual({ view: 'platform', id: 'wechat' });
    expect(searchHash('cn weibo')).toBe('#/search?q=cn+weibo');
    expect(parseRoute('#/search?q=%E5%BE%AE%E5%8D%9A')).toMatchObject({ view: 'search', q: '微博' });
    expect(parseRoute('')).toEqual({ view: 'browse', sort: 'name' });
    expect(parseRoute('#/')).toEqual({ view: 'browse', sort: 'name' });
  });

  it('drops what it cannot trust instead of failing: bad filters, a fourth Chinese platform, junk ids', () => {
    expect(parseRoute('#/browse?category=nonsense&region=mars&sort=random')).toEqual({ view: 'browse', sort: 'name' });
    expect(parseRoute('#/browse?sort=relevance')).toEqual({ view: 'browse', sort: 'name' });
    expect(parseRoute('#/compare/facebook/wechat,weibo,qq,douban')).toEqual({ view: 'compare', western: 'facebook', chinese: ['wechat', 'weibo', 'qq'] });
    expect(parseRoute('#/compare/facebook/wechat,Bad Id,wechat')).toEqual({ view: 'compare', western: 'facebook', chinese: ['wechat'] });
    expect(parseRoute('#/export?ids=a,,b,<script>')).toEqual({ view: 'export', ids: ['a', 'b'] });
  });

  it('an address nobody knows is the not-found view, naming it', () => {
    for (const hash of ['#/nowhere', '#/platform/', '#/platform/Not A Slug', '#/platform/a/b', '#/settings/extra', '#/glossary/%ZZ'])
      expect(parseRoute(hash)).toEqual({ view: 'not-found', hash });
  });
});
