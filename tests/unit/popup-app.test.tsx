import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { browser } from 'wxt/browser';
import { PopupApp } from '@/components/popup/PopupApp';
import type { Catalogue } from '@/lib/catalogue/schema';
import { createDatabase, type ChinaLensDb } from '@/lib/db/database';
import { seedCatalogue } from '@/lib/db/seed-catalogue';
import { buildHostIndex, type HostIndex } from '@/lib/detect/host-index';
import { detectPlatform } from '@/lib/detect/detect-platform';
import { readNote } from '@/lib/personal/notes';
import { setPinned } from '@/lib/personal/pins';
import { recordView } from '@/lib/personal/recent';
import { usePopupView } from '@/lib/popup/view-store';
import { DEFAULT_SETTINGS, SETTINGS_STORAGE_KEY } from '@/lib/settings/defaults';
import { useSettings } from '@/lib/settings/store';
import { loadCatalogue } from './support/catalogue';

let catalogue: Catalogue;
let hostIndex: HostIndex;
let db: ChinaLensDb;
let n = 0;

beforeAll(() => {
  catalogue = loadCatalogue();
  hostIndex = buildHostIndex(catalogue.platforms);
});

beforeEach(async () => {
  db = createDatabase(`popup-test-${n++}`);
  await db.open();
  usePopupView.getState().reset();
  useSettings.setState({ ...DEFAULT_SETTINGS, language: 'en' });
  delete document.documentElement.dataset.theme;
});

afterEach(async () => {
  cleanup();
  // Let writes started by the last render (recent views, a note saved on unmount) finish first.
  await new Promise((r) => setTimeout(r, 50));
  db.close();
  await db.delete();
});

const detect = (url: string) => detectPlatform(url, hostIndex)?.platformId ?? null;

async function openPopup(url: string | undefined, { seed = true } = {}) {
  if (seed) await seedCatalogue(db, catalogue);
  render(<PopupApp db={db} pageUrl={() => Promise.resolve(url)} detect={detect} />);
}

const equivalentNames = () => screen.queryAllByTestId('equivalent').map((li) => within(li).getByTestId('equivalent-name').textContent);
const search = () => screen.getByRole('combobox', { name: 'Search the catalogue' });
const type = (text: string) => fireEvent.change(search(), { target: { value: text } });
const key = (k: string) => fireEvent.keyDown(search(), { key: k });
const resultNames = () => screen.queryAllByRole('option').map((o) => o.querySelector('.cl-result__name')?.textContent);

describe('on a catalogued Western site', () => {
  it('shows the platform, Weibo first with its fit and why, and the differences table', async () => {
    await openPopup('https://x.com/home');
    expect((await screen.findByTestId('platform-name')).textContent).toBe('X');
    expect(screen.getByText('You are on')).toBeTruthy();
    expect(equivalentNames()).toEqual(['Weibo', 'Toutiao']);
    const weibo = screen.getAllByTestId('equivalent')[0]!;
    expect(within(weibo).getByText('Closest match')).toBeTruthy();
    expect(within(weibo).getByText('微博')).toBeTruthy();
    expect(within(weibo).getByText(/China's open, public feed/)).toBeTruthy();
    expect(within(weibo).getByRole('button').getAttribute('aria-pressed')).toBe('true');

    const table = screen.getByTestId('differences');
    expect(within(table).getAllByRole('columnheader').map((h) => h.textContent)).toEqual(['X', 'Weibo']);
    expect(within(table).getByRole('rowheader', { name: 'Content mix' })).toBeTruthy();
    expect(within(table).getByText(/single ranked Hot Search list/)).toBeTruthy();
  });

  it('choosing another equivalent shows that pairing instead', async () => {
    await openPopup('https://x.com/home');
    await screen.findByTestId('platform-name');
    fireEvent.click(within(screen.getAllByTestId('equivalent')[1]!).getByRole('button'));
    expect(screen.getByRole('heading', { name: 'X vs Toutiao' })).toBeTruthy();
    expect(screen.queryByTestId('differences')).toBeNull();
    expect(screen.getByText(/No side-by-side differences/)).toBeTruthy();
  });

  it('tabs work by keyboard: marketing, access, figures (older figures on demand) and sources', async () => {
    await openPopup('https://x.com/home');
    await screen.findByTestId('platform-name');
    const differences = screen.getByRole('tab', { name: 'Differences' });
    expect(differences.getAttribute('aria-selected')).toBe('true');

    fireEvent.keyDown(differences, { key: 'ArrowRight' });
    const marketing = screen.getByRole('tab', { name: 'Marketing' });
    expect(marketing.getAttribute('aria-selected')).toBe('true');
    expect(document.activeElement).toBe(marketing);
    expect(screen.getByText('What to do differently')).toBeTruthy();
    expect(screen.getByText(/verified enterprise account/)).toBeTruthy();

    fireEvent.keyDown(marketing, { key: 'ArrowRight' });
    expect(within(screen.getByTestId('access')).getByText(/foreign numbers are accepted/)).toBeTruthy();

    fireEvent.keyDown(screen.getByRole('tab', { name: 'Access' }), { key: 'ArrowRight' });
    const bars = screen.getAllByTestId('figure-bar');
    expect(bars.map((b) => b.querySelector('.cl-chart__platform')?.textContent)).toEqual(['X', 'Weibo', 'Weibo']);
    expect(bars[1]!.textContent).toContain('598M');
    expect(bars[1]!.textContent).toContain('as of Dec 2023');
    expect(bars[1]!.textContent).toContain('Weibo Corporation');
    const more = screen.getByRole('button', { name: /older or conflicting figure/ });
    expect(screen.getAllByTestId('figure-other').every((el) => el.closest('[hidden]'))).toBe(true);
    fireEvent.click(more);
    expect(more.getAttribute('aria-expanded')).toBe('true');
    expect(screen.getAllByTestId('figure-other').some((el) => el.textContent?.includes('over 500M'))).toBe(true);
    expect(screen.getAllByTestId('figure-other').every((el) => !el.closest('[hidden]'))).toBe(true);

    fireEvent.keyDown(screen.getByRole('tab', { name: 'Figures' }), { key: 'End' });
    const sources = within(screen.getByTestId('sources')).getAllByRole('listitem');
    expect(sources.length).toBeGreaterThan(2);
    expect(screen.getByTestId('sources').textContent).toContain('Tenba');
  });

  it('pins the platform and keeps a private note in IndexedDB', async () => {
    await openPopup('https://x.com/home');
    await screen.findByTestId('platform-name');
    const pin = screen.getByRole('button', { name: 'Pin X' });
    expect(pin.getAttribute('aria-pressed')).toBe('false');
    fireEvent.click(pin);
    await waitFor(() => expect(screen.getByRole('button', { name: 'Pin X' }).getAttribute('aria-pressed')).toBe('true'));
    expect(await db.pins.get('x')).toBeDefined();

    const note = screen.getByRole('textbox', { name: 'Your private note on X' }) as HTMLTextAreaElement;
    await waitFor(() => expect(note.disabled).toBe(false));
    fireEvent.change(note, { target: { value: 'Ask the agency about a blue V' } });
    fireEvent.blur(note);
    await waitFor(async () => expect((await readNote(db, 'x'))?.text).toBe('Ask the agency about a blue V'));
    await waitFor(() => expect(within(note.closest('.cl-note') as HTMLElement).getByRole('status').textContent).toBe('Saved'));
  });

  it('links to the entry in the catalogue page when there is one, and not otherwise', async () => {
    await seedCatalogue(db, catalogue);
    const { unmount } = render(<PopupApp db={db} pageUrl={() => Promise.resolve('https://x.com/')} detect={detect} catalogueHref={(id) => `ext:/catalogue.html#/platform/${id}`} />);
    const link = await screen.findByRole('link', { name: /Open in catalogue/ });
    expect(link.getAttribute('href')).toBe('ext:/catalogue.html#/platform/x');
    unmount();
    render(<PopupApp db={db} pageUrl={() => Promise.resolve('https://x.com/')} detect={detect} />);
    await screen.findByTestId('platform-name');
    expect(screen.queryByRole('link', { name: /Open in catalogue/ })).toBeNull();
  });

  it('records the visit under Recent', async () => {
    await openPopup('https://x.com/home');
    await screen.findByTestId('platform-name');
    await waitFor(async () => expect((await db.recent.toArray()).map((r) => r.platformId)).toEqual(['x']));
  });
});

describe('on a catalogued Chinese site', () => {
  it('shows the reverse: Quora first for Zhihu, with the same details', async () => {
    await openPopup('https://www.zhihu.com/question/1');
    expect((await screen.findByTestId('platform-name')).textContent).toBe('Zhihu');
    expect(screen.getByRole('heading', { name: 'Western counterparts' })).toBeTruthy();
    expect(equivalentNames()[0]).toBe('Quora');
    expect(screen.getByRole('heading', { name: 'Quora vs Zhihu' })).toBeTruthy();
    expect(within(screen.getByTestId('differences')).getAllByRole('columnheader').map((h) => h.textContent)).toEqual(['Quora', 'Zhihu']);
  });
});

describe('anywhere else', () => {
  it('says the page is not catalogued, focuses search, lists pinned, recent and categories', async () => {
    await seedCatalogue(db, catalogue);
    await setPinned(db, 'youtube', true);
    await recordView(db, 'zhihu');
    await openPopup('https://example.org/about', { seed: false });
    const banner = await screen.findByTestId('not-catalogued');
    expect(banner.textContent).toContain('example.org is not in the catalogue');
    await waitFor(() => expect(document.activeElement).toBe(search()));
    await waitFor(() => expect(within(screen.getByTestId('pinned')).getByText('YouTube')).toBeTruthy());
    expect(within(screen.getByTestId('recent')).getByText('Zhihu')).toBeTruthy();
    expect(within(screen.getByTestId('categories')).getByRole('button', { name: /Q&A/ })).toBeTruthy();
  });

  it('with nothing pinned or recent it says how to fill those lists (never an empty popup)', async () => {
    await openPopup('chrome://newtab/');
    expect((await screen.findByTestId('not-catalogued')).textContent).toContain('This page is not in the catalogue');
    expect(screen.getByText(/Pin a platform to keep it here/)).toBeTruthy();
    expect(within(screen.getByTestId('categories')).getAllByRole('button').length).toBeGreaterThan(10);
  });

  it('a category lists its platforms, Western and Chinese', async () => {
    await openPopup('https://example.org/');
    fireEvent.click(within(await screen.findByTestId('categories')).getByRole('button', { name: /Q&A/ }));
    const view = screen.getByTestId('category');
    expect(within(view).getByRole('heading', { name: 'Western' })).toBeTruthy();
    expect(within(view).getByText('Quora')).toBeTruthy();
    expect(within(view).getByText('Zhihu')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Back' }));
    expect(screen.getByTestId('not-catalogued')).toBeTruthy();
  });
});

describe('search', () => {
  it.each(['知乎', 'zhihu', 'quora'])('"%s" lists Zhihu', async (q) => {
    await openPopup('https://example.org/');
    await screen.findByTestId('not-catalogued');
    type(q);
    await waitFor(() => expect(resultNames()).toContain('Zhihu'));
  });

  it('keyboard: ↓/↑ move through results, Enter opens the entry, Escape clears', async () => {
    await openPopup('https://example.org/');
    await screen.findByTestId('not-catalogued');
    type('weibp');
    // The search code loads on first use (or when the popup is idle): results follow a moment later.
    await waitFor(() => expect(resultNames()[0]).toBe('Weibo'));
    expect(screen.getAllByRole('option')[0]!.querySelector('mark')?.textContent).toBe('Weibo');
    key('ArrowDown');
    expect(search().getAttribute('aria-activedescendant')).toBe('cl-result-0');
    expect(screen.getAllByRole('option')[0]!.getAttribute('aria-selected')).toBe('true');
    key('ArrowDown');
    key('ArrowUp');
    expect(search().getAttribute('aria-activedescendant')).toBe('cl-result-0');
    key('Enter');
    expect((await screen.findByTestId('platform-name')).textContent).toBe('Weibo');
    expect(screen.getByText('Catalogue entry')).toBeTruthy();
    expect(search().getAttribute('value') ?? (search() as HTMLInputElement).value).toBe('');
    expect(equivalentNames()[0]).toBe('X');

    type('zhi');
    expect(screen.getAllByRole('option').length).toBeGreaterThan(0);
    key('Escape');
    expect((search() as HTMLInputElement).value).toBe('');
    expect(screen.queryAllByRole('option')).toEqual([]);
    expect((await screen.findByTestId('platform-name')).textContent).toBe('Weibo');
  });

  it('Enter without moving opens the best match; a glossary term opens its definition', async () => {
    await openPopup('https://x.com/');
    await screen.findByTestId('platform-name');
    type('kol');
    await screen.findAllByRole('option');
    key('Enter');
    const term = await screen.findByTestId('term');
    expect(within(term).getByRole('heading', { level: 1 }).textContent).toContain('KOL');
    expect(within(term).getByText('关键意见领袖')).toBeTruthy();
    expect(within(term).getByRole('heading', { name: 'Where you meet it' })).toBeTruthy();
  });

  it('says when nothing matches, with a hint', async () => {
    await openPopup('https://example.org/');
    await screen.findByTestId('not-catalogued');
    type('qwzx');
    expect((await screen.findByTestId('no-results')).textContent).toContain('Nothing matches “qwzx”.');
    expect(search().getAttribute('aria-expanded')).toBe('false');
  });
});

describe('loading and first run', () => {
  it('shows a designed loading state while the page is being identified', async () => {
    await seedCatalogue(db, catalogue);
    render(<PopupApp db={db} pageUrl={() => new Promise(() => {})} detect={detect} />);
    expect((await screen.findByRole('status')).textContent).toContain('Loading…');
    expect(search()).toBeTruthy();
  });

  it('says it is preparing the catalogue until the first seed lands, then answers', async () => {
    await openPopup('https://x.com/', { seed: false });
    await waitFor(() => expect(screen.getByRole('status').textContent).toContain('Preparing the catalogue…'));
    await act(() => seedCatalogue(db, catalogue));
    expect((await screen.findByTestId('platform-name')).textContent).toBe('X');
  });
});

describe('settings', () => {
  it('theme, language and hover-card switches apply at once and are stored', async () => {
    await openPopup('https://x.com/');
    await screen.findByTestId('platform-name');
    fireEvent.click(screen.getByRole('button', { name: 'Settings' }));
    fireEvent.click(screen.getByRole('radio', { name: 'Dark' }));
    expect(document.documentElement.dataset.theme).toBe('dark');

    const cards = screen.getByRole('switch', { name: /Show a card when I hover/ }) as HTMLInputElement;
    fireEvent.click(cards);
    expect(useSettings.getState().cards.enabled).toBe(false);
    expect((screen.getByRole('switch', { name: 'Facebook' }) as HTMLInputElement).closest('fieldset')?.disabled).toBe(true);
    fireEvent.click(cards);
    fireEvent.click(screen.getByRole('switch', { name: 'Quora' }));
    expect(useSettings.getState().cards.sites.quora).toBe(false);

    fireEvent.change(screen.getByRole('combobox', { name: 'Language' }), { target: { value: 'zh-CN' } });
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('设置');
    expect(document.documentElement.lang).toBe('zh-CN');

    await waitFor(async () => {
      const stored = (await browser.storage.local.get(SETTINGS_STORAGE_KEY))[SETTINGS_STORAGE_KEY] as { state: typeof DEFAULT_SETTINGS };
      expect(stored.state).toMatchObject({ theme: 'dark', language: 'zh-CN', cards: { enabled: true, sites: { quora: false } } });
    });

    fireEvent.click(screen.getByRole('button', { name: '设置' }));
    expect((await screen.findByTestId('platform-name')).textContent).toBe('X');
    expect(screen.getByRole('heading', { name: '中国对应平台' })).toBeTruthy();
  });
});

describe('opening with rows read before the first render', () => {
  it('shows the answer in the very first render, with no loading state', async () => {
    await seedCatalogue(db, catalogue);
    const initial = { url: 'https://x.com/home', platforms: await db.platforms.toArray(), pins: await db.pins.toArray() };
    render(<PopupApp db={db} pageUrl={() => new Promise(() => {})} detect={detect} initial={initial} />);
    expect(screen.getByTestId('platform-name').textContent).toBe('X');
    expect(equivalentNames()).toEqual(['Weibo', 'Toutiao']);
    expect(screen.queryByText('Loading…')).toBeNull();
  });
});
