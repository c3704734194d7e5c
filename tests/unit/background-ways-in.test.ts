/**
 * The context menu and the address-bar keyword. Browsers do not let a test right-click or type
 * into the address bar, so the handlers are driven here with the events a browser would send.
 */
import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { catalogueUrl, openCataloguePage } from '@/lib/background/open-catalogue-page';
import { contextMenuTarget, MENU_LINK, MENU_SELECTION, menuItems, setUpContextMenus } from '@/lib/background/setup-context-menus';
import { defaultSuggestion, hitHash, omniboxTarget, suggestionsFor, xmlEscape } from '@/lib/background/setup-omnibox';
import { toMatchPatterns } from '@/lib/detect/host-index';
import { createTranslator } from '@/lib/i18n/translate';
import { buildSearchIndex, searchIndex } from '@/lib/search/search-index';
import { searchRecordsFrom } from '@/lib/search/search-records';
import { SETTINGS_STORAGE_KEY } from '@/lib/settings/defaults';
import { loadCatalogue, loadHostIndex } from './support/catalogue';

const catalogue = loadCatalogue();
const hostIndex = loadHostIndex();
const index = buildSearchIndex(searchRecordsFrom(catalogue));
const en = createTranslator('en');

describe('context menu', () => {
  it('a link to a catalogued platform opens its entry, also through a redirect wrapper', () => {
    expect(contextMenuTarget({ menuItemId: MENU_LINK, linkUrl: 'https://www.facebook.com/somepage' }, hostIndex)).toBe('#/platform/facebook');
    expect(contextMenuTarget({ menuItemId: MENU_LINK, linkUrl: 'https://weibo.com/u/123' }, hostIndex)).toBe('#/platform/weibo');
    const wrapped = `https://l.facebook.com/l.php?u=${encodeURIComponent('https://www.quora.com/What-is')}&h=x`;
    expect(contextMenuTarget({ menuItemId: MENU_LINK, linkUrl: wrapped }, hostIndex)).toBe('#/platform/quora');
  });

  it('a link the menu matched but detection did not becomes a search for its host', () => {
    expect(contextMenuTarget({ menuItemId: MENU_LINK, linkUrl: 'https://www.example.org/page' }, hostIndex)).toBe('#/search?q=example.org');
  });

  it('selected text becomes a search, spaces tidied and length capped', () => {
    expect(contextMenuTarget({ menuItemId: MENU_SELECTION, selectionText: '  Little\n Red   Book ' }, hostIndex)).toBe('#/search?q=Little+Red+Book');
    const long = contextMenuTarget({ menuItemId: MENU_SELECTION, selectionText: 'a'.repeat(500) }, hostIndex)!;
    expect(new URLSearchParams(long.split('?')[1]).get('q')).toHaveLength(100);
    expect(contextMenuTarget({ menuItemId: MENU_SELECTION, selectionText: '   ' }, hostIndex)).toBeNull();
    expect(contextMenuTarget({ menuItemId: 'someone-else', selectionText: 'x' }, hostIndex)).toBeNull();
  });

  it('the link item only appears on links to catalogued hosts; titles follow the language', () => {
    const patterns = toMatchPatterns(catalogue.platforms.flatMap((p) => [...p.hosts, ...p.shortHosts]));
    const [link, selection] = menuItems(en, patterns);
    expect(link).toMatchObject({ id: MENU_LINK, title: 'China Lens: Chinese equivalent of this site', contexts: ['link'] });
    expect(link!.targetUrlPatterns).toContain('*://*.facebook.com/*');
    expect(selection).toMatchObject({ id: MENU_SELECTION, title: 'Search China Lens for “%s”', contexts: ['selection'] });
    expect(menuItems(createTranslator('zh-CN'), patterns)[1]!.title).toBe('在中国透镜中搜索“%s”');
  });

  it('set-up creates both items in the stored language and a click opens the catalogue beside the tab', async () => {
    await fakeBrowser.storage.local.set({ [SETTINGS_STORAGE_KEY]: { state: { language: 'sv' }, version: 1 } });
    const created: { id?: string; title?: string }[] = [];
    let clicked: ((info: { menuItemId: string; linkUrl?: string }, tab?: { index: number; windowId: number }) => void) | undefined;
    const menus = {
      create: vi.fn((item: { id?: string; title?: string }) => void created.push(item)),
      removeAll: vi.fn(() => Promise.resolve()),
      update: vi.fn(() => Promise.resolve()),
      onClicked: { addListener: (cb: typeof clicked) => void (clicked = cb) },
    };
    const open = vi.fn(() => Promise.resolve());
    setUpContextMenus(menus as unknown as Parameters<typeof setUpContextMenus>[0], open);
    await vi.waitFor(() => expect(created).toHaveLength(2));
    expect(menus.removeAll).toHaveBeenCalledBefore(menus.create);
    expect(created.map((c) => c.title)).toEqual(['China Lens: kinesisk motsvarighet till den här webbplatsen', 'Sök i China Lens efter ”%s”']);
    const tab = { index: 4, windowId: 2 };
    clicked!({ menuItemId: MENU_LINK, linkUrl: 'https://x.com/someone' }, tab);
    expect(open).toHaveBeenCalledWith('#/platform/x', { from: tab });
  });

  it('opens the page in a new tab right of the one clicked in, or in the current tab', async () => {
    const tabs = { create: vi.fn(() => Promise.resolve()), update: vi.fn(() => Promise.resolve()) };
    const getURL = (p: string) => `chrome-extension://abc${p}`;
    await openCataloguePage('#/platform/weibo', { from: { index: 3, windowId: 7 } as never }, tabs as never, getURL);
    expect(tabs.create).toHaveBeenCalledWith({ url: 'chrome-extension://abc/catalogue.html#/platform/weibo', active: true, index: 4, windowId: 7 });
    await openCataloguePage('#/search?q=x', { disposition: 'currentTab' }, tabs as never, getURL);
    expect(tabs.update).toHaveBeenCalledWith({ url: 'chrome-extension://abc/catalogue.html#/search?q=x' });
    await openCataloguePage('#/', { disposition: 'newBackgroundTab' }, tabs as never, getURL);
    expect(tabs.create).toHaveBeenLastCalledWith({ url: 'chrome-extension://abc/catalogue.html#/', active: false });
    expect(catalogueUrl('#/market', getURL)).toBe('chrome-extension://abc/catalogue.html#/market');
  });
});

describe('address bar: cn <query>', () => {
  it('suggests matching entries with 汉字, pinyin and what they are; matches marked for Chromium', () => {
    const hits = searchIndex(index, 'weibo', { limit: 6 });
    const [first] = suggestionsFor(hits, en, true);
    const weibo = catalogue.platforms.find((p) => p.id === 'weibo')!;
    expect(first!.content).toBe('Weibo');
    expect(first!.description).toBe(`<match>Weibo</match> <dim>${weibo.hanzi} ${weibo.pinyin}</dim> <dim>— Chinese, ${weibo.categories.slice(0, 2).map((c) => en(`category.${c}`)).join(', ')}</dim>`);
    const [plain] = suggestionsFor(hits, en, false);
    expect(plain!.description).toBe(`Weibo ${weibo.hanzi} ${weibo.pinyin} — Chinese, ${weibo.categories.slice(0, 2).map((c) => en(`category.${c}`)).join(', ')}`);
  });

  it('finds by counterpart and by Chinese characters', () => {
    const byCounterpart = suggestionsFor(searchIndex(index, 'quora', { limit: 6 }), en, false);
    expect(byCounterpart.map((s) => s.content)).toContain('Zhihu');
    const byHanzi = suggestionsFor(searchIndex(index, '小红书', { limit: 6 }), en, false);
    expect(byHanzi[0]!.content).toBe('Xiaohongshu');
  });

  it('escapes text that would break Chromium’s XML descriptions', () => {
    expect(xmlEscape(`a<b>&"c'`)).toBe('a&lt;b&gt;&amp;&quot;c&apos;');
    expect(defaultSuggestion('<b>&', [], en, true)).toBe('Search China Lens for “&lt;b&gt;&amp;”');
  });

  it('Enter opens what the text names exactly, else the search page', () => {
    expect(omniboxTarget('weibo', index)).toBe('#/platform/weibo');
    expect(omniboxTarget('  微博 ', index)).toBe('#/platform/weibo');
    expect(omniboxTarget('KOL', index)).toBe('#/glossary/kol');
    expect(omniboxTarget('wei', index)).toBe('#/search?q=wei');
    expect(omniboxTarget('chinese twitter', index)).toBe('#/search?q=chinese+twitter');
    expect(omniboxTarget('   ', index)).toBeNull();
    expect(defaultSuggestion('weibo', searchIndex(index, 'weibo'), en, false)).toBe('Open Weibo in China Lens');
    expect(defaultSuggestion('wei', searchIndex(index, 'wei'), en, false)).toBe('Search China Lens for “wei”');
  });

  it('Enter on a suggested line opens that line’s entry', () => {
    const hits = searchIndex(index, 'red', { limit: 6 });
    const lines = suggestionsFor(hits, en, true);
    const picked = new Map(lines.map((l, i) => [l.content, hitHash(hits[i]!)]));
    const line = lines.find((l) => l.content === 'Xiaohongshu')!;
    expect(omniboxTarget(line.content, index, picked)).toBe('#/platform/xiaohongshu');
    expect(hitHash({ kind: 'category', id: 'video' })).toBe('#/browse?category=video');
  });
});
