/**
 * The toolbar popup in real browsers: the answer for the site you are on (Weibo first on x.com,
 * Quora on zhihu.com, with their differences), offline search in English, 汉字 and pinyin, a pin
 * that outlives the popup, keyboard-only use, and axe-core finding nothing serious or critical in
 * either theme.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'puppeteer-core';
import { expectedFor } from '../support/catalogue';
import { openCataloguePage } from '../support/catalogue-page';
import { test, type E2E } from '../support/fixture';
import { openPopup, type PopupPage } from '../support/popup';
import { waitFor } from '../support/wait';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

const text = (page: Page, selector: string) => page.$eval(selector, (el) => el.textContent?.trim() ?? '');
const texts = (page: Page, selector: string) => page.$$eval(selector, (els) => els.map((el) => el.textContent?.trim() ?? ''));
const attr = (page: Page, selector: string, name: string) => page.$eval(selector, (el, n) => el.getAttribute(n), name);

/** The catalogue must still say what the brief's checks rely on, or they would prove little. */
function expectedEquivalents(url: string, first: string): string[] {
  const exp = expectedFor(url);
  assert.equal(exp.equivalents[0], first, `the catalogue should list ${first} first for ${url}, got ${JSON.stringify(exp.equivalents)}`);
  return exp.equivalents;
}

async function search(popup: PopupPage, query: string): Promise<string[]> {
  const { page } = popup;
  await page.click('[data-testid="search"]');
  await page.keyboard.press('Escape'); // clears whatever an earlier query left
  await waitFor('the search field to be empty', () => page.$eval('[data-testid="search"]', (el) => (el as HTMLInputElement).value), (v) => v === '');
  await page.type('[data-testid="search"]', query);
  return waitFor(
    `results for "${query}"`,
    () => texts(page, '[data-testid="search-result"] .cl-result__name'),
    (names) => names.length > 0,
  );
}

/** Settings as the settings store writes them; the popup follows storage changes live. */
async function setStoredSettings(page: Page, patch: { theme?: string; language?: string }) {
  await page.evaluate(async (p) => {
    interface StorageArea {
      get(key: string): Promise<Record<string, { state?: object; version?: number } | undefined>>;
      set(items: object): Promise<void>;
    }
    const g = globalThis as unknown as { browser?: { storage: { local: StorageArea } }; chrome?: { storage: { local: StorageArea } } };
    const local = (g.browser ?? g.chrome)!.storage.local;
    const stored = (await local.get('settings')).settings;
    await local.set({ settings: { state: { ...(stored?.state ?? {}), ...p }, version: stored?.version ?? 1 } });
  }, patch);
}

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: unknown[] }[];
}

async function seriousViolations(page: Page): Promise<string[]> {
  const loaded = await page.evaluate(() => typeof (globalThis as { axe?: unknown }).axe !== 'undefined');
  if (!loaded) await page.evaluate(AXE_SOURCE);
  const violations = (await page.evaluate(async () => {
    const axe = (globalThis as unknown as { axe: { run(ctx: Document, opts: object): Promise<{ violations: unknown[] }> } }).axe;
    return (await axe.run(document, { resultTypes: ['violations'] })).violations;
  })) as AxeViolation[];
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.impact} ${v.id} (${v.help}) at ${v.nodes.map((n) => JSON.stringify(n.target)).join(', ')}`);
}

/**
 * Firefox shows popup.html in a background tab (see support/popup.ts), where timers are throttled
 * (axe-core takes tens of seconds) and the unfocused document draws no focus ring. Once it has
 * read the site's tab, bring it to the front, as a real popup would be.
 */
async function toFront(t: E2E, popup: PopupPage): Promise<PopupPage> {
  if (t.name === 'firefox') await popup.page.bringToFront();
  return popup;
}

async function expectAccessible(t: E2E, page: Page, state: string) {
  const found = await seriousViolations(page);
  if (found.length) t.note(`${state}: ${found.join('\n')}`);
  assert.deepEqual(found, [], `axe-core found serious or critical violations in ${state}`);
}

export const tests = [
  test('x.com: the popup shows Weibo first, with the differences between X and Weibo', async (t) => {
    const url = t.site('x.com', '/home');
    const expected = expectedEquivalents(url, 'Weibo');
    const popup = await openPopup(t, await t.openSite(url));
    assert.equal(await popup.platformName(), 'X');
    assert.deepEqual(await popup.settledEquivalentNames(expected.length), expected);
    const { page } = popup;
    await page.waitForSelector('[data-testid="differences"]');
    assert.deepEqual(await texts(page, '[data-testid="differences"] thead th'), ['X', 'Weibo']);
    const aspects = await texts(page, '[data-testid="differences"] tbody th');
    assert.ok(aspects.length >= 3, `a closest pairing shows at least 3 differences, got ${JSON.stringify(aspects)}`);
    assert.equal(await text(page, '[data-testid="equivalent"]:first-child [data-testid="fit"]'), 'Closest match');

    // "Open in catalogue" leads to X's entry in the catalogue page.
    const href = await attr(page, '[data-testid="open-catalogue"]', 'href');
    assert.equal(href, t.extension.url('catalogue.html#/platform/x'));
    const entry = await openCataloguePage(t, '#/platform/x');
    assert.match(await entry.heading((h) => h.startsWith('X')), /^X/);
  }),

  test('www.zhihu.com: the popup shows Quora first, and its figures with as-of dates and sources', async (t) => {
    const url = t.site('www.zhihu.com', '/');
    const expected = expectedEquivalents(url, 'Quora');
    const popup = await openPopup(t, await t.openSite(url));
    assert.equal(await popup.platformName(), 'Zhihu');
    assert.deepEqual(await popup.settledEquivalentNames(expected.length), expected);
    const { page } = popup;
    assert.deepEqual(await texts(page, '[data-testid="differences"] thead th'), ['Quora', 'Zhihu']);
    await page.click('[role="tab"]:nth-child(4)');
    await page.waitForSelector('[data-testid="figures"], .cl-tabpanel .cl-empty');
    const bars = await texts(page, '[data-testid="figure-bar"]');
    for (const bar of bars) assert.match(bar, /as of .+ · .+/, `each bar names its as-of date and source: ${bar}`);
  }),

  test(
    'search for "知乎", "zhihu" and "quora" each finds Zhihu; Enter opens it',
    async (t) => {
    const popup = await toFront(t, await openPopup(t, await t.openSite(t.site('example.org', '/'))));
    const { page } = popup;
    assert.ok(await popup.isNotCatalogued());
    await waitFor('the search field to have focus', () => page.evaluate(() => document.activeElement?.getAttribute('data-testid')), (id) => id === 'search');
    for (const query of ['知乎', 'zhihu', 'quora']) {
      const names = await search(popup, query);
      assert.ok(names.includes('Zhihu'), `"${query}" should find Zhihu, found ${JSON.stringify(names)}`);
    }
    // Keyboard: ↓ until Zhihu is the active result, then Enter.
    const names = await texts(page, '[data-testid="search-result"] .cl-result__name');
    for (let i = 0; i <= names.indexOf('Zhihu'); i++) await page.keyboard.press('ArrowDown');
    assert.equal(await attr(page, '[data-testid="search"]', 'aria-activedescendant'), `cl-result-${names.indexOf('Zhihu')}`);
    await page.keyboard.press('Enter');
    await waitFor('the Zhihu entry', () => popup.platformName(), (n) => n === 'Zhihu');
    assert.equal((await popup.equivalentNames())[0], 'Quora');
  },
    { timeoutMs: 60_000 },
  ),

  test('a pin survives closing and reopening the popup', async (t) => {
    const tab = await t.openSite(t.site('x.com', '/home'));
    let popup = await openPopup(t, tab);
    const pressed = () => attr(popup.page, '[data-testid="pin"]', 'aria-pressed');
    assert.equal(await pressed(), 'false', 'X should start unpinned');
    await popup.page.click('[data-testid="pin"]');
    await waitFor('the pin button to show pinned', pressed, (v) => v === 'true');
    await popup.close();
    try {
      popup = await openPopup(t, tab);
      assert.equal(await waitFor('the reopened popup to show X pinned', pressed, (v) => v === 'true'), 'true');
      await popup.close();
      const elsewhere = await openPopup(t, await t.openSite(t.site('example.org', '/')));
      const pinned = await waitFor('X under Pinned', () => texts(elsewhere.page, '[data-testid="pinned-entry"] .cl-names__name'), (n) => n.includes('X'));
      assert.ok(pinned.includes('X'));
      await elsewhere.close();
    } finally {
      // Leave the shared profile as we found it.
      popup = await openPopup(t, tab);
      if ((await pressed()) === 'true') await popup.page.click('[data-testid="pin"]');
      await waitFor('X to be unpinned again', pressed, (v) => v === 'false');
    }
  }, { timeoutMs: 60_000 }),

  test('usable by keyboard alone, with the focus visible', async (t) => {
    const popup = await openPopup(t, await t.openSite(t.site('x.com', '/home')));
    const { page } = popup;
    await page.waitForSelector('[data-testid="differences"]');
    await toFront(t, popup);
    // Tab forward until the second equivalent's button has focus, then choose it with Enter.
    const focusedIn = (selector: string) => page.evaluate((s) => !!document.activeElement?.closest(s), selector);
    for (let i = 0; i < 15 && !(await focusedIn('[data-testid="equivalent"]:nth-child(2)')); i++) await page.keyboard.press('Tab');
    assert.ok(await focusedIn('[data-testid="equivalent"]:nth-child(2)'), 'Tab never reached the second equivalent');
    const outline = await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);
    assert.notEqual(outline, 'none', 'the focused control shows no focus outline');
    await page.keyboard.press('Enter');
    const second = (await popup.equivalentNames())[1]!;
    await waitFor('the chosen pairing heading', () => text(page, '[data-testid="pairing-detail"] h2'), (h) => h === `X vs ${second}`);
    // Into the tabs, then across them with the arrow keys.
    for (let i = 0; i < 10 && !(await focusedIn('[role="tab"]')); i++) await page.keyboard.press('Tab');
    await page.keyboard.press('ArrowRight');
    assert.equal(await page.evaluate(() => document.activeElement?.getAttribute('aria-selected')), 'true');
    assert.equal(await text(page, '[role="tab"][aria-selected="true"]'), 'Marketing');
  }),

  test('axe-core: no serious or critical violations, light and dark', async (t) => {
    const siteTab = await t.openSite(t.site('x.com', '/home'));
    let popup = await toFront(t, await openPopup(t, siteTab));
    try {
      for (const theme of ['light', 'dark']) {
        await setStoredSettings(popup.page, { theme });
        await waitFor(`the ${theme} theme`, () => popup.page.evaluate(() => document.documentElement.dataset.theme), (v) => v === theme);
        await expectAccessible(t, popup.page, `x.com (${theme})`);
        for (const tab of [2, 3, 4, 5]) {
          await popup.page.click(`[role="tab"]:nth-child(${tab})`);
          await expectAccessible(t, popup.page, `x.com, tab ${tab} (${theme})`);
        }
        await search(popup, 'wei');
        await expectAccessible(t, popup.page, `search results (${theme})`);
        await popup.page.keyboard.press('Escape');
        await popup.page.click('[data-testid="settings"]');
        await popup.page.waitForSelector('[data-testid="settings-panel"]');
        await expectAccessible(t, popup.page, `settings (${theme})`);
        await popup.page.click('[data-testid="settings"]');
      }
      await popup.close();
      popup = await toFront(t, await openPopup(t, await t.openSite(t.site('example.org', '/'))));
      await expectAccessible(t, popup.page, 'not catalogued (dark)');
    } finally {
      await setStoredSettings(popup.page, { theme: 'system' });
    }
  }, { timeoutMs: 120_000 }),
];
