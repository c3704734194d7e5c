/** The catalogue page as a person uses it, rendered against a seeded database (fake IndexedDB). */
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { CatalogueApp } from '@/components/catalogue/CatalogueApp';
import type { Catalogue } from '@/lib/catalogue/schema';
import { createRouterStore, type RouterStore } from '@/lib/catalogue-page/router-store';
import { createDatabase, type ChinaLensDb } from '@/lib/db/database';
import { seedCatalogue } from '@/lib/db/seed-catalogue';
import { saveNote } from '@/lib/personal/notes';
import { DEFAULT_SETTINGS } from '@/lib/settings/defaults';
import { useSettings } from '@/lib/settings/store';
import { loadCatalogue } from './support/catalogue';

// A full catalogue renders over a hundred cards; on a loaded two-core machine that can take
// seconds. These limits only stop a hung test; nothing here measures speed.
vi.setConfig({ testTimeout: 30_000 });
const slow = { timeout: 10_000 };

let catalogue: Catalogue;
let db: ChinaLensDb;
let router: RouterStore;
let n = 0;

beforeAll(() => {
  catalogue = loadCatalogue();
});

beforeEach(async () => {
  db = createDatabase(`catalogue-page-test-${n++}`);
  await db.open();
  await seedCatalogue(db, catalogue);
  useSettings.setState({ ...DEFAULT_SETTINGS, language: 'en' });
  // happy-dom keeps document.title only with a <title> element, as the page has.
  if (!document.querySelector('title')) document.head.append(document.createElement('title'));
});

afterEach(async () => {
  cleanup();
  router?.stop();
  window.history.replaceState(null, '', '#/');
  await new Promise((r) => setTimeout(r, 50));
  db.close();
  await db.delete();
});

function open(hash: string) {
  window.history.replaceState(null, '', hash);
  router = createRouterStore(window);
  render(<CatalogueApp db={db} router={router} />);
}

const cards = () => screen.queryAllByTestId('platform-card').map((c) => c.getAttribute('data-id'));
const hashChange = () => new Promise((resolve) => window.addEventListener('hashchange', resolve, { once: true }));

describe('browse and search', () => {
  it('lists every platform, and the region filter narrows the list', async () => {
    open('#/');
    await waitFor(() => expect(cards()).toHaveLength(catalogue.platforms.length), slow);
    expect(screen.getByTestId('result-count').textContent).toBe(`${catalogue.platforms.length} platforms`);
    fireEvent.click(screen.getByTestId('region-chinese'));
    const chinese = catalogue.platforms.filter((p) => p.region === 'chinese');
    await waitFor(() => expect(cards()).toHaveLength(chinese.length), slow);
    expect(window.location.hash).toBe('#/browse?region=chinese');
  });

  it('typing searches names, 汉字 and pinyin, and the query goes into the address', async () => {
    open('#/');
    await waitFor(() => expect(cards().length).toBeGreaterThan(0), slow);
    const input = screen.getByTestId('catalogue-search');
    input.focus();
    const changed = hashChange();
    fireEvent.change(input, { target: { value: '小红书' } });
    await changed;
    await waitFor(() => expect(cards()[0]).toBe('xiaohongshu'), slow);
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Results for “小红书”');
    expect(decodeURIComponent(window.location.hash)).toBe('#/search?q=小红书');
    expect(document.activeElement).toBe(input);
  });

  it('a search with no match says so and suggests what to try', async () => {
    open('#/search?q=qwertyuiop');
    expect((await screen.findByTestId('no-results', {}, slow)).textContent).toContain('Nothing in the catalogue matches “qwertyuiop”');
  });
});

describe('an entry', () => {
  it('shows names, counterparts with differences, every figure, marketing notes, glossary terms and sources', async () => {
    open('#/platform/weibo');
    const weibo = catalogue.platforms.find((p) => p.id === 'weibo')!;
    expect((await screen.findByTestId('platform-name', {}, slow)).textContent).toBe('Weibo');
    expect(screen.getByRole('heading', { level: 1 }).textContent).toContain(weibo.hanzi!);
    const westerns = catalogue.platforms.filter((p) => p.equivalents.some((e) => e.chinese === 'weibo'));
    expect(screen.getAllByTestId('pair')).toHaveLength(westerns.length);
    expect(screen.getAllByTestId('figure-row')).toHaveLength(weibo.figures.length);
    expect(within(screen.getByTestId('marketing')).getAllByRole('definition')).toHaveLength(weibo.marketing.length);
    const terms = catalogue.glossary.filter((g) => g.platformIds.includes('weibo'));
    expect(within(screen.getByTestId('entry-terms')).getAllByRole('listitem')).toHaveLength(terms.length);
    expect(within(screen.getByTestId('sources')).getAllByRole('listitem').length).toBeGreaterThan(0);
    await waitFor(() => expect(document.title).toBe('Weibo — China Lens'), slow);
  });

  it('pinning and a note are kept in the database', async () => {
    open('#/platform/douyin');
    fireEvent.click(await screen.findByTestId('pin', {}, slow));
    await waitFor(async () => expect(await db.pins.get('douyin')).toBeTruthy(), slow);
    expect(screen.getByTestId('pin').getAttribute('aria-pressed')).toBe('true');
    fireEvent.change(screen.getByTestId('note'), { target: { value: 'Brief the agency on Douyin shops' } });
    fireEvent.blur(screen.getByTestId('note'));
    await waitFor(async () => expect((await db.notes.get('douyin'))?.text).toBe('Brief the agency on Douyin shops'), slow);
  });

  it('an unknown platform says so', async () => {
    open('#/platform/myspace');
    expect((await screen.findByTestId('not-found', {}, slow)).textContent).toContain('The catalogue has no platform “myspace”');
  });
});

describe('compare', () => {
  it('one Western platform beside the chosen Chinese ones, aspect by aspect', async () => {
    open('#/compare/facebook/wechat,weibo');
    const table = await screen.findByTestId('compare-table', {}, slow);
    expect(within(table).getAllByTestId('compare-column').map((c) => c.textContent)).toEqual(['FFacebook', '微WeChat微信', '微Weibo微博']);
    const fb = catalogue.platforms.find((p) => p.id === 'facebook')!;
    const aspect = fb.equivalents.find((e) => e.chinese === 'wechat')!.differences[0]!;
    const row = within(table).getAllByTestId('compare-aspect').find((r) => r.querySelector('th')!.textContent === aspect.aspect)!;
    expect(row.textContent).toContain(aspect.chinese);
    expect(screen.getAllByTestId('figure-bar').length).toBeGreaterThan(1);
  });

  it('adding a fourth Chinese platform is not offered', async () => {
    open('#/compare/facebook/wechat,weibo,qq');
    expect(((await screen.findByTestId('compare-add', {}, slow)) as HTMLSelectElement).disabled).toBe(true);
  });
});

describe('glossary, market and settings', () => {
  it('the glossary lists every term and filters by pinyin', async () => {
    open('#/glossary');
    await waitFor(() => expect(screen.getAllByTestId('glossary-term')).toHaveLength(catalogue.glossary.length), slow);
    fireEvent.change(screen.getByTestId('glossary-filter'), { target: { value: 'wanghong' } });
    await waitFor(() => expect(screen.getAllByTestId('glossary-term')[0]!.textContent).toContain('网红'), slow);
  });

  it('the market overview shows every fact with its year and source', async () => {
    open('#/market');
    const facts = await screen.findAllByTestId('market-fact', {}, slow);
    const bars = screen.getAllByTestId('bar');
    expect(facts.length + bars.length).toBeGreaterThanOrEqual(catalogue.market.length);
    const source = catalogue.sources.find((s) => s.id === catalogue.market[0]!.sourceId)!;
    expect(document.body.textContent).toContain(source.publisher);
  });

  it('settings change the store at once; reset asks first, then restores the defaults', async () => {
    open('#/settings');
    fireEvent.click(await screen.findByTestId('settings-cards-enabled', {}, slow));
    expect(useSettings.getState().cards.enabled).toBe(false);
    fireEvent.click(screen.getByTestId('theme-dark'));
    expect(useSettings.getState().theme).toBe('dark');
    fireEvent.click(screen.getByTestId('settings-reset'));
    expect(useSettings.getState().theme).toBe('dark');
    fireEvent.click(screen.getByTestId('settings-reset-confirm'));
    expect(useSettings.getState().theme).toBe('system');
    expect(useSettings.getState().cards.enabled).toBe(true);
  });

  it('changing the language relabels the page', async () => {
    open('#/glossary');
    await screen.findAllByTestId('glossary-term', {}, slow);
    await act(async () => useSettings.getState().setLanguage('zh-CN'));
    await waitFor(() => expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('术语表'), slow);
    expect(screen.getByTestId('nav-market').textContent).toBe('市场');
  });
});

describe('export and import', () => {
  it('the brief preview holds the chosen platforms and their sources', async () => {
    open('#/export?ids=weibo,x');
    const brief = await screen.findByTestId('brief', {}, slow);
    expect(within(brief).getAllByTestId('brief-platform').map((p) => p.querySelector('h3')!.textContent)).toEqual([expect.stringContaining('Weibo'), 'X']);
    expect(within(brief).getByText('Sources')).toBeTruthy();
  });

  it('a bad file is refused with the problem named, and existing notes stay', async () => {
    await saveNote(db, 'wechat', 'keep me', 1);
    open('#/export');
    const input = (await screen.findByTestId('personal-import', {}, slow)) as HTMLInputElement;
    const bad = new File([JSON.stringify({ format: 'china-lens/personal', version: 1, exportedAt: 'x', pins: [{ platformId: 'Bad Id', pinnedAt: 1 }], notes: [] })], 'broken.json', { type: 'application/json' });
    fireEvent.change(input, { target: { files: [bad] } });
    const error = await screen.findByTestId('import-error', {}, slow);
    expect(error.textContent).toContain('“broken.json” has a problem at pins[0].platformId');
    expect(error.textContent).toContain('Nothing was changed');
    expect(await db.notes.toArray()).toEqual([{ platformId: 'wechat', text: 'keep me', updatedAt: 1 }]);
    expect(await db.pins.count()).toBe(0);
  });

  it('a good file is merged and the result reported', async () => {
    open('#/export');
    const input = (await screen.findByTestId('personal-import', {}, slow)) as HTMLInputElement;
    const good = new File([JSON.stringify({ format: 'china-lens/personal', version: 1, exportedAt: 'x', pins: [{ platformId: 'weibo', pinnedAt: 1 }], notes: [{ platformId: 'weibo', text: 'hi', updatedAt: 2 }] })], 'good.json');
    fireEvent.change(input, { target: { files: [good] } });
    await waitFor(() => expect(screen.getByTestId('import-status').textContent).toBe('Imported: 1 new pins, 1 new notes.'), slow);
    expect(await db.pins.get('weibo')).toEqual({ platformId: 'weibo', pinnedAt: 1 });
  });
});
