/**
 * The full-tab catalogue page in real browsers: browse → entry → compare → a Markdown brief read
 * back from the downloaded file; a bad import refused with the problem named while existing notes
 * stay; the addresses the context menu, address bar and hover card open; back and forward;
 * keyboard-only use; nothing wider than a 360 px screen; axe-core clean in light and dark.
 *
 * The context menu and the address-bar keyword cannot be driven from a test in either browser;
 * their handlers are unit-tested (tests/unit/background-ways-in.test.ts) and the addresses they
 * open are checked here.
 */
import assert from 'node:assert/strict';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ElementHandle, Page } from 'puppeteer-core';
import { equivalentsOf } from '../../../lib/catalogue/equivalents';
import { suggestedChinese } from '../../../lib/catalogue-page/comparison';
import { catalogue } from '../support/catalogue';
import { openCataloguePage, type CataloguePage } from '../support/catalogue-page';
import { test, type E2E } from '../support/fixture';
import { waitFor } from '../support/wait';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

const platform = (id: string) => {
  const p = catalogue().platforms.find((x) => x.id === id);
  if (!p) throw new Error(`the catalogue has no ${id}`);
  return p;
};
const today = () => {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
};

async function click(cp: CataloguePage, selector: string) {
  await cp.page.waitForSelector(selector);
  await cp.page.click(selector);
}

/** Selects the note's whole text and deletes it, as a person would. */
async function clearNote(cp: CataloguePage) {
  await cp.page.waitForSelector('[data-testid="note"]:not([disabled])');
  await cp.page.$eval('[data-testid="note"]', (el) => {
    (el as HTMLTextAreaElement).focus();
    (el as HTMLTextAreaElement).select();
  });
  await cp.page.keyboard.press('Backspace');
}

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: unknown[] }[];
}

async function expectAccessible(t: E2E, page: Page, state: string) {
  const loaded = await page.evaluate(() => typeof (globalThis as { axe?: unknown }).axe !== 'undefined');
  if (!loaded) await page.evaluate(AXE_SOURCE);
  const violations = (await page.evaluate(async () => {
    const axe = (globalThis as unknown as { axe: { run(ctx: Document, opts: object): Promise<{ violations: unknown[] }> } }).axe;
    return (await axe.run(document, { resultTypes: ['violations'] })).violations;
  })) as AxeViolation[];
  const found = violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.impact} ${v.id} (${v.help}) at ${v.nodes.map((n) => JSON.stringify(n.target)).join(', ')}`);
  if (found.length) t.note(`${state}: ${found.join('\n')}`);
  assert.deepEqual(found, [], `axe-core found serious or critical violations in ${state}`);
}

/** Every view, at an address a person could bookmark. */
const VIEWS: [string, string][] = [
  ['browse', '#/'],
  ['search', '#/search?q=red'],
  ['entry', '#/platform/wechat'],
  ['compare', '#/compare/facebook/wechat,weibo,qq'],
  ['glossary', '#/glossary/kol'],
  ['market', '#/market'],
  ['export', '#/export?ids=weibo,douyin'],
  ['settings', '#/settings'],
];

async function waitForView(cp: CataloguePage) {
  await cp.heading((h) => !/Loading/.test(h));
  await waitFor('the view to finish loading', () => cp.page.$('[role="status"].cl-skeleton'), (s) => s === null);
}

export const tests = [
  test(
    'browse → entry → compare → the Markdown brief, read back from the downloaded file',
    async (t) => {
      const cp = await openCataloguePage(t, '#/');
      const all = catalogue().platforms;
      await waitFor('every platform card', () => cp.cardIds(), (ids) => ids.length === all.length);

      // Search as the popup does, bigger: pinyin finds Weibo first.
      await cp.page.type('[data-testid="catalogue-search"]', 'weibo');
      await waitFor('Weibo first in the results', () => cp.cardIds(), (ids) => ids[0] === 'weibo');
      assert.equal(await cp.hash(), '#/search?q=weibo');

      // The entry: names, counterparts with differences, every figure.
      await click(cp, '[data-testid="platform-card"][data-id="weibo"] [data-testid="platform-card-link"]');
      const weibo = platform('weibo');
      await cp.heading((h) => h.includes('Weibo'));
      assert.equal(await cp.hash(), '#/platform/weibo');
      assert.ok((await cp.text('main h1')).includes(weibo.hanzi!), 'the entry heading shows 微博');
      const westerns = equivalentsOf('weibo', catalogue()).map((e) => e.platform.name);
      assert.deepEqual(await cp.texts('[data-testid="pair"] .cp-pair__name a'), westerns);
      assert.equal((await cp.page.$$('[data-testid="figure-row"]')).length, weibo.figures.length);

      // Back to the results and forward again: history works.
      await cp.page.goBack().catch(() => {}); // Firefox never resolves history navigation of extension pages
      await waitFor('the search results again', () => cp.hash(), (h) => h === '#/search?q=weibo');
      await waitFor('Weibo first again', () => cp.cardIds(), (ids) => ids[0] === 'weibo');
      await cp.page.goForward().catch(() => {});
      await cp.heading((h) => h.includes('Weibo'));

      // Compare, from a Western entry: X beside its best current Chinese equivalents.
      await cp.go('#/platform/x');
      await cp.heading((h) => h.startsWith('X'));
      await click(cp, '[data-testid="entry-compare"]');
      const chinese = suggestedChinese('x', catalogue().platforms);
      await waitFor('the comparison table', () => cp.texts('[data-testid="compare-column"] a'), (cols) => cols.length === 1 + chinese.length);
      assert.deepEqual(await cp.texts('[data-testid="compare-column"] a'), ['X', ...chinese.map((id) => platform(id).name)]);
      assert.equal(await cp.hash(), `#/compare/x/${chinese.join(',')}`);
      const aspects = platform('x').equivalents.find((e) => e.chinese === chinese[0])!.differences.map((d) => d.aspect);
      const rows = await cp.texts('[data-testid="compare-aspect"] th');
      for (const a of aspects) assert.ok(rows.includes(a), `the comparison has the aspect "${a}"`);
      const bars = await cp.texts('[data-testid="figure-bar"]');
      assert.ok(bars.length >= 2, 'users are drawn as bars');
      for (const bar of bars) assert.match(bar, /as of .+ · .+/, `each bar names its date and source: ${bar}`);

      // The brief, as the browser saved it.
      const file = await cp.download(() => click(cp, '[data-testid="compare-export-md"]'), `china-lens-compare-x-vs-${chinese.join('-')}-${today()}.md`);
      const md = file.text;
      assert.match(md, new RegExp(`^# Comparison: X beside ${chinese.map((id) => platform(id).name).join(', ')}\\n`));
      assert.ok(md.includes(`| Aspect | X | ${chinese.map((id) => platform(id).name).join(' | ')} |`), 'the side-by-side table');
      for (const a of aspects) assert.ok(md.includes(`| ${a} |`), `the brief has the aspect "${a}"`);
      assert.ok(md.includes(`## Weibo · ${weibo.hanzi} (${weibo.pinyin})`), 'each platform in full, with 汉字 and pinyin');
      const sources = md.slice(md.indexOf('\n## Sources\n'));
      assert.ok(sources.length > 20, 'the brief ends with its sources');
      const cited = new Set([...md.slice(0, md.indexOf('\n## Sources\n')).matchAll(/\[(\d+)\]/g)].map((m) => Number(m[1])));
      for (const n of cited) assert.ok(sources.includes(`\n${n}. `), `citation [${n}] has its source listed`);
      const figureSource = catalogue().sources.find((s) => s.id === weibo.figures[0]!.sourceId)!;
      assert.ok(sources.includes(figureSource.publisher), `the source of Weibo's figures (${figureSource.publisher}) is listed`);
    },
    { timeoutMs: 90_000 },
  ),

  test(
    'importing a bad file names the problem and keeps the notes already there',
    async (t) => {
      const cp = await openCataloguePage(t, '#/platform/douyin');
      await cp.heading((h) => h.includes('Douyin'));
      const note = `Brief the agency on Douyin shops (${t.name})`;
      await clearNote(cp);
      await cp.page.type('[data-testid="note"]', note);
      await waitFor('the note to be saved', () => cp.text('.cl-note__status'), (s) => s === 'Saved');

      const bad = join(tmpdir(), `china-lens-bad-import-${t.name}.json`);
      writeFileSync(bad, JSON.stringify({ format: 'china-lens/personal', version: 1, exportedAt: 'today', pins: [], notes: [{ platformId: 'douyin', updatedAt: 1 }] }));
      try {
        await cp.go('#/export');
        await cp.heading((h) => h === 'Export a brief');
        const input = (await cp.page.waitForSelector('[data-testid="personal-import"]')) as ElementHandle<HTMLInputElement>;
        await input.uploadFile(bad);
        const error = await waitFor('the import error', () => cp.text('[data-testid="import-error"]').catch(() => ''), (s) => s !== '');
        assert.match(error, /Import refused\./);
        assert.match(error, new RegExp(`“china-lens-bad-import-${t.name}\\.json” has a problem at notes\\[0\\]\\.text: a required field is missing\\.`));
        assert.match(error, /Nothing was changed/);

        // The note is still there, read back from the database by a fresh page.
        const fresh = await openCataloguePage(t, '#/platform/douyin');
        await fresh.heading((h) => h.includes('Douyin'));
        assert.equal(await waitFor('the stored note', () => fresh.page.$eval('[data-testid="note"]', (el) => (el as HTMLTextAreaElement).value), (v) => v !== ''), note);
        await fresh.page.close();
        await cp.page.bringToFront();
        await cp.go('#/platform/douyin');
        await cp.heading((h) => h.includes('Douyin'));
      } finally {
        rmSync(bad, { force: true });
        // Leave the shared profile as we found it.
        await clearNote(cp);
        await cp.page.$eval('[data-testid="note"]', (el) => (el as HTMLTextAreaElement).blur());
        await waitFor('the note to be cleared', () => cp.page.$eval('[data-testid="note"]', (el) => (el as HTMLTextAreaElement).value), (v) => v === '');
      }
    },
    { timeoutMs: 60_000 },
  ),

  test('the addresses the hover card, context menu and address bar open land on the right view', async (t) => {
    // Hover card "More" and context menu on a link: #/platform/<id>.
    const cp = await openCataloguePage(t, '#/platform/zhihu');
    assert.ok((await cp.heading()).startsWith('Zhihu'));
    // Context menu on selected text and the address bar: #/search?q=<text>.
    await cp.go(`#/search?q=${encodeURIComponent('Little Red Book')}`);
    await cp.heading((h) => h === 'Results for “Little Red Book”');
    await waitFor('Xiaohongshu first', () => cp.cardIds(), (ids) => ids[0] === 'xiaohongshu');
    assert.equal(await cp.page.$eval('[data-testid="catalogue-search"]', (el) => (el as HTMLInputElement).value), 'Little Red Book');
    // An address nobody knows says so instead of showing a blank page.
    await cp.go('#/platform/myspace');
    assert.match(await cp.text('[data-testid="not-found"]'), /no platform “myspace”/);
  }),

  test(
    'the context-menu items and the address-bar keyword are registered in the browser',
    async (t) => {
      // Chromium only: its service worker can be reached over CDP; Firefox's background page
      // cannot be scripted over BiDi. menus.update() rejects for an item that does not exist, so
      // it proves both items were created (with valid link patterns) under their ids.
      const target = await t.browser.waitForTarget((x) => x.type() === 'service_worker' && x.url().startsWith(t.extension.origin));
      const worker = (await target.worker())!;
      // (No named functions inside evaluate(): the test runner's transpiler would wrap them in a
      // helper that does not exist in the worker.)
      const registered = await worker.evaluate(async (ids: string[]) => {
        const api = (globalThis as unknown as { chrome: { contextMenus: { update(id: string, p: object): Promise<void> }; omnibox: { onInputEntered: { hasListeners(): boolean } } } }).chrome;
        const menus = await Promise.all(ids.map((id) => api.contextMenus.update(id, {}).then(() => true, () => false)));
        return { menus, omnibox: api.omnibox.onInputEntered.hasListeners() };
      }, ['china-lens-link-equivalent', 'china-lens-search-selection', 'no-such-item']);
      assert.deepEqual(registered, { menus: [true, true, false], omnibox: true });
    },
    { browsers: ['chromium'] },
  ),

  test('usable by keyboard alone: / to search, Tab to a result, Enter to open it, focus on the new heading', async (t) => {
    const cp = await openCataloguePage(t, '#/');
    await waitFor('the cards', () => cp.cardIds(), (ids) => ids.length > 0);
    await cp.page.keyboard.press('/');
    assert.equal(await cp.page.evaluate(() => document.activeElement?.getAttribute('data-testid')), 'catalogue-search');
    await cp.page.keyboard.type('zhihu');
    await waitFor('Zhihu first', () => cp.cardIds(), (ids) => ids[0] === 'zhihu');
    const focusedCard = () => cp.page.evaluate(() => document.activeElement?.closest('[data-testid="platform-card"]')?.getAttribute('data-id') ?? null);
    for (let i = 0; i < 20 && (await focusedCard()) === null; i++) await cp.page.keyboard.press('Tab');
    assert.equal(await focusedCard(), 'zhihu', 'Tab reaches the first result');
    const outline = await cp.page.evaluate(() => getComputedStyle(document.activeElement!.closest('[data-testid="platform-card"]')!).outlineStyle);
    assert.notEqual(outline, 'none', 'the focused card shows where focus is');
    await cp.page.keyboard.press('Enter');
    await cp.heading((h) => h.startsWith('Zhihu'));
    assert.equal(await cp.page.evaluate(() => document.activeElement?.tagName), 'H1', 'focus moves to the new view’s heading');
  }),

  test(
    'every view fits a 360 px wide screen without sideways scrolling',
    async (t) => {
      const cp = await openCataloguePage(t, '#/');
      await cp.page.setViewport({ width: 360, height: 740 });
      try {
        for (const [name, hash] of VIEWS) {
          await cp.go(hash);
          await waitForView(cp);
          const widest = await cp.page.evaluate(() => document.documentElement.scrollWidth);
          assert.ok(widest <= 360, `${name} is ${widest} px wide at 360 px`);
        }
      } finally {
        await cp.page.setViewport({ width: 1280, height: 900 });
      }
    },
    { timeoutMs: 60_000 },
  ),

  test(
    'axe-core: no serious or critical violations on any view, light and dark',
    async (t) => {
      const cp = await openCataloguePage(t, '#/');
      try {
        for (const theme of ['light', 'dark']) {
          await cp.setSettings({ theme });
          await waitFor(`the ${theme} theme`, () => cp.page.evaluate(() => document.documentElement.dataset.theme), (v) => v === theme);
          for (const [name, hash] of VIEWS) {
            await cp.go(hash);
            await waitForView(cp);
            await expectAccessible(t, cp.page, `${name} (${theme})`);
          }
        }
      } finally {
        await cp.setSettings({ theme: 'system' });
      }
    },
    { timeoutMs: 180_000 },
  ),
];
