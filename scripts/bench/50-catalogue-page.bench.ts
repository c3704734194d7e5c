/**
 * The catalogue page: how long briefs take to build (in Node, the same code the page runs), and
 * in Chromium with the built extension how soon the page shows every platform card and how fast
 * it switches to an entry and to a comparison.
 *
 * Page times are measured inside the page (performance.now()): from navigation start to the last
 * card on screen, and from setting the address to the view's heading being there. Figures move
 * with the machine's load (printed first).
 *
 *   npm run bench -- catalogue-page              uses .output/chrome-mv3 (npm run build first)
 *   CHINA_LENS_EXTENSION=DIR npm run bench -- catalogue-page
 *   npm run bench -- catalogue-page --extension DIR   another build with a catalogue page (an
 *                                                     earlier China Lens), measured the same way and
 *                                                     shown side by side; other extensions have no
 *                                                     such page and are listed as not applicable
 */
import { existsSync } from 'node:fs';
import { loadavg } from 'node:os';
import { resolve } from 'node:path';
import puppeteer, { type Page } from 'puppeteer-core';
import type { BenchContext } from '../bench';
import { readCatalogueDir } from '../../lib/catalogue/read-data-dir';
import { buildComparison } from '../../lib/catalogue-page/comparison';
import { buildBrief, buildComparisonBrief } from '../../lib/export/brief';
import { briefCsv } from '../../lib/export/brief-csv';
import { briefMarkdown } from '../../lib/export/brief-markdown';
import { createTranslator } from '../../lib/i18n/translate';

const ROOT = resolve(import.meta.dirname, '../..');
const RUNS = 9;
const median = (a: number[]) => [...a].sort((x, y) => x - y)[Math.floor(a.length / 2)]!;

function timeIt(fn: () => unknown, runs = RUNS): number {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    fn();
    times.push(performance.now() - t0);
  }
  return median(times);
}

// In-page code as source text: the runner's transpiler wraps named functions in a helper
// (__name) that does not exist in the page.

/** Sets the address and resolves with the ms until `selector` holds `text`, measured in the page. */
function switchTime(page: Page, hash: string, selector: string, text: string): Promise<number> {
  return page.evaluate(`new Promise((done) => {
    const t0 = performance.now();
    const observer = new MutationObserver(() => {
      if (document.querySelector(${JSON.stringify(selector)})?.textContent?.includes(${JSON.stringify(text)})) {
        observer.disconnect();
        done(performance.now() - t0);
      }
    });
    observer.observe(document.body, { childList: true, subtree: true, characterData: true });
    location.hash = ${JSON.stringify(hash)};
  })`) as Promise<number>;
}

/** ms from navigation start until `count` platform cards are in the document. */
function cardsTime(page: Page, count: number): Promise<number> {
  return page.evaluate(`new Promise((done) => {
    const enough = () => document.querySelectorAll('[data-testid="platform-card"]').length >= ${count};
    if (enough()) return done(performance.now());
    const observer = new MutationObserver(() => {
      if (enough()) {
        observer.disconnect();
        done(performance.now());
      }
    });
    observer.observe(document.body, { childList: true, subtree: true });
  })`) as Promise<number>;
}

interface PageTimes {
  first: number;
  loads: number[];
  entries: number[];
  compares: number[];
}

/** The catalogue page of one build, in its own fresh browser: first open after install, then RUNS reopenings and view switches. */
async function measurePage(dir: string, platforms: number): Promise<PageTimes> {
  const browser = await puppeteer.launch({
    executablePath: '/usr/bin/chromium',
    headless: true,
    pipe: true,
    enableExtensions: true,
    ignoreDefaultArgs: ['--disable-extensions'],
    // Nothing may leave the machine: every request goes to a closed local port.
    args: [...(process.getuid?.() === 0 ? ['--no-sandbox'] : []), '--disable-gpu', '--no-first-run', '--proxy-server=http://127.0.0.1:9', '--window-size=1280,900'],
  });
  try {
    const id = await browser.installExtension(dir);
    const url = `chrome-extension://${id}/catalogue.html#/`;
    const page = await browser.newPage();
    await page.setViewport({ width: 1280, height: 900 });
    await page.goto(url, { waitUntil: 'domcontentloaded' });
    const first = await cardsTime(page, platforms);
    const loads: number[] = [];
    const entries: number[] = [];
    const compares: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      await page.goto('about:blank');
      await page.goto(url, { waitUntil: 'domcontentloaded' });
      loads.push(await cardsTime(page, platforms));
      entries.push(await switchTime(page, '#/platform/wechat', '[data-testid="platform-name"]', 'WeChat'));
      compares.push(await switchTime(page, '#/compare/facebook/wechat,weibo,qq', '[data-testid="compare-table"]', 'QQ'));
    }
    return { first, loads, entries, compares };
  } finally {
    await browser.close();
  }
}

export default async function bench({ print, table, label, extensions }: BenchContext) {
  const result = readCatalogueDir(resolve(ROOT, 'data'));
  if (!result.ok) throw new Error('catalogue invalid');
  const { catalogue } = result;
  const data = { platforms: catalogue.platforms, sources: catalogue.sources, glossary: catalogue.glossary, notes: [] };
  const o = { locale: 'en' as const, t: createTranslator('en') };
  const allIds = catalogue.platforms.map((p) => p.id);
  const everything = buildBrief(allIds, data);
  print('brief.platforms in the largest brief', allIds.length);
  print('brief.build, every platform (median of 9)', timeIt(() => buildBrief(allIds, data)), 'ms');
  print('brief.markdown, every platform (median of 9)', timeIt(() => briefMarkdown(everything, o)), 'ms');
  print('brief.csv, every platform (median of 9)', timeIt(() => briefCsv(everything, o)), 'ms');
  print('brief.markdown size, every platform', Math.round(Buffer.byteLength(briefMarkdown(everything, o)) / 1024), 'KiB');
  const comparison = buildComparison('facebook', ['wechat', 'weibo', 'qq'], catalogue.platforms)!;
  print('brief.comparison build + markdown, Facebook vs 3 (median of 9)', timeIt(() => briefMarkdown(buildComparisonBrief(comparison, data), o)), 'ms');

  const dir = resolve(process.env.CHINA_LENS_EXTENSION ?? resolve(ROOT, '.output/chrome-mv3'));
  if (!existsSync(resolve(dir, 'catalogue.html'))) {
    print('catalogue page', `skipped: no catalogue.html in ${dir} (npm run build first)`);
    return;
  }
  print('machine load (1 min)', loadavg()[0]!.toFixed(2));
  const n = catalogue.platforms.length;
  const ours = await measurePage(dir, n);
  print('page.first open after install: every card on screen', ours.first, 'ms');
  print(`page.open: every card on screen (median of ${RUNS})`, median(ours.loads), 'ms');
  print(`page.browse → WeChat entry (median of ${RUNS})`, median(ours.entries), 'ms');
  print(`page.entry → Facebook vs 3 comparison (median of ${RUNS})`, median(ours.compares), 'ms');

  const others: { dir: string; times: PageTimes }[] = [];
  for (const other of extensions) {
    if (existsSync(resolve(other, 'catalogue.html'))) others.push({ dir: other, times: await measurePage(other, n) });
    else print(`page.[${label(other)}]`, 'not applicable: no catalogue page');
  }
  if (others.length) {
    const builds = [{ dir, times: ours }, ...others];
    table({
      name: 'page.side by side',
      columns: builds.map((b, i) => (i === 0 ? 'China Lens (this build)' : label(b.dir) === label(dir) ? `${label(b.dir)} (${b.dir})` : label(b.dir))),
      note: `Each build in its own fresh browser, one after the other; medians of ${RUNS}.`,
      rows: [
        { label: 'first open after install: every card on screen', unit: 'ms', values: builds.map((b) => b.times.first) },
        { label: 'open: every card on screen', unit: 'ms', values: builds.map((b) => median(b.times.loads)) },
        { label: 'browse → WeChat entry', unit: 'ms', values: builds.map((b) => median(b.times.entries)) },
        { label: 'entry → Facebook vs 3 comparison', unit: 'ms', values: builds.map((b) => median(b.times.compares)) },
      ],
    });
  }
}
