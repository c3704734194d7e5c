/**
 * What an extension costs a page, for any extension: the same stand-in X pages loaded and scrolled
 * in Chromium with no extension (the floor), with an extension whose content script does nothing
 * (what any content script costs), with China Lens, and with every extension passed as
 * --extension DIR — side by side, in one run, the browsers open together and the page loads taken
 * in turns, so the machine's load falls on every column alike.
 *
 *   load         x.com/cards (an X timeline stand-in): navigation → load event; the page's main
 *                thread time from navigation to 1.5 s after load; the extension's own main-thread
 *                time in that window (its content scripts' evaluation and whatever they start:
 *                thread time from a Chrome trace); JS heap, DOM nodes and event listeners after.
 *   feed         x.com/bench-feed: 10 000 links and 5 000 platform names in 2 500 posts (X markup:
 *                t.co links, action bars), loaded and then scrolled with the wheel, the pointer
 *                resting now and then; the page appends posts as it scrolls, as X's timeline does,
 *                so extensions that watch the DOM pay for it. Long tasks on the page, tasks over
 *                50 ms that ran the extension's code, the extension's time while scrolling.
 * Card timings (China Lens only) are in 40-cards; this file measures what applies to any extension.
 * The stand-in host is x.com because it is the site China Lens and its peers share; an extension
 * whose content scripts do not match x.com shows only its browser's idle cost here.
 *
 *   npm run bench -- cards --extension /path/to/peer/.output/chrome-mv3
 */
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import type { BenchContext } from '../bench';
import { chromiumLaunchOptions, launchChromium } from '../../tests/e2e/support/chromium';
import { emptyExtension } from './support/empty-extension';
import { startBenchStandIns } from './support/stand-ins';
import { longTasksRunning, pageThread, scriptTime, threadTime, traced, type TraceEvent } from './support/trace';

const ROOT = resolve(import.meta.dirname, '../..');
const LOADS = 6;
const SCROLL_ROUNDS = 2;
const SETTLE_MS = 1_500;

const median = (a: number[]) => {
  const v = a.filter(Number.isFinite).sort((x, y) => x - y);
  return v.length ? v[Math.floor(v.length / 2)]! : NaN;
};

/** An X home timeline stand-in with 10 000 links (2 500 posts × 4) and 5 000 platform names, growing as it scrolls. */
export function xFeed(): string {
  const targets = ['youtube.com/watch?v=', 'instagram.com/p/', 'tiktok.com/@', 'pinterest.com/pin/', 'linkedin.com/in/', 'example.org/post/'];
  const names = ['WeChat', 'Instagram', '小红书', 'YouTube', '微信', 'Douyin', 'Little Red Book', 'WhatsApp', '抖音', 'TikTok'];
  // The page's own script: the post template and the timeline's growth, as X appends posts while you scroll.
  const post = `function post(i) {
    var t = ${JSON.stringify(targets)}, n = ${JSON.stringify(names)};
    var a = document.createElement('article');
    a.setAttribute('data-testid', 'tweet'); a.setAttribute('role', 'article'); a.tabIndex = 0; a.className = 'css-175oi2r r-18u37iz';
    a.innerHTML = '<div class="css-175oi2r" data-testid="User-Name"><a href="/person' + i + '" role="link" class="css-175oi2r"><span class="css-1jxf684">Person ' + i + '</span></a> <span class="css-1jxf684 r-muted">@person' + i + '</span></div>' +
      '<div dir="auto" lang="en" class="css-146c3p1 r-8akbws" data-testid="tweetText"><span class="css-1jxf684">Post ' + i + ': saw it on ' + n[i % n.length] + ' first, then on ' + n[(i + 3) % n.length] + ' </span>' +
      '<a dir="ltr" href="https://t.co/b' + i + 'a" rel="noopener noreferrer nofollow" target="_blank" role="link" class="css-1jxf684 r-1loqt21"><span aria-hidden="true" class="r-hidden">https://</span>' + t[i % t.length] + i + '<span aria-hidden="true">…</span></a> ' +
      '<a href="/hashtag/tag' + (i % 97) + '" role="link" class="css-1jxf684 r-1loqt21">#tag' + (i % 97) + '</a></div>' +
      '<div class="css-175oi2r r-card" data-testid="card.wrapper"><a href="https://t.co/b' + i + 'c" rel="noopener noreferrer nofollow" target="_blank" role="link" aria-label="' + t[(i + 1) % t.length].split('/')[0] + ' A post by Person ' + i + '" class="css-175oi2r r-card-link"><div class="r-card-img"></div></a></div>' +
      '<div role="group" aria-label="Replies, reposts, likes" class="css-175oi2r r-18u37iz">' +
      '<button data-testid="reply" type="button" aria-label="Reply">💬</button><button data-testid="retweet" type="button" aria-label="Repost">🔁</button><button data-testid="like" type="button" aria-label="Like">♡</button></div>';
    return a;
  }`;
  const grow = `(function () {
    ${post}
    var feed = document.querySelector('[data-feed]'), next = 0, grown = 0;
    var frag = document.createDocumentFragment();
    for (; next < 2500; next++) frag.appendChild(post(next));
    feed.appendChild(frag);
    var queued = false;
    addEventListener('scroll', function () {
      if (queued) return; queued = true;
      requestAnimationFrame(function () {
        queued = false;
        // Every 1 000 px scrolled, ten more posts arrive at the end of the timeline.
        while (grown < Math.floor(scrollY / 1000)) { grown++; for (var k = 0; k < 10; k++) feed.appendChild(post(next++)); }
      });
    }, { passive: true });
  })();`;
  return `<!DOCTYPE html><html dir="ltr" lang="en"><head><meta charset="utf-8"><title>Home / X</title><link rel="stylesheet" href="/cards.css"></head>
<body><div id="react-root"><main role="main"><div data-testid="primaryColumn"><section role="region" aria-label="Timeline: Your Home Timeline"><div data-feed></div></section></div></main></div>
<script>${grow}</script></body></html>`;
}

interface Setup {
  label: string;
  browser: Browser;
  /** chrome-extension://<id>/, or undefined for the floor. */
  origin?: string;
}

/** Chromium as the e2e harness launches it, with no extension at all: the floor. */
async function launchBare(ports: { standInPort: number; recorderPort: number }): Promise<Browser> {
  return puppeteer.launch(chromiumLaunchOptions(ports));
}

/** Escapes a string for a RegExp. */
const literal = (s: string) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

interface LoadFigures {
  dcl: number;
  load: number;
  mainThread: number;
  extension: number;
  extensionLongest: number;
  heap: number;
  nodes: number;
  listeners: number;
}

async function loadOnce(setup: Setup, url: string): Promise<LoadFigures> {
  const page = await setup.browser.newPage();
  await page.setViewport({ width: 1280, height: 900 });
  try {
    const { events } = await traced(page, async () => {
      await page.goto(url, { waitUntil: 'load' });
      await new Promise((r) => setTimeout(r, SETTLE_MS));
    });
    const [dcl, load] = await navigationTimes(page);
    const metrics = await page.metrics();
    return { dcl, load, ...onPage(events, url, setup), heap: (metrics.JSHeapUsedSize ?? NaN) / 1024, nodes: metrics.Nodes ?? NaN, listeners: metrics.JSEventListeners ?? NaN };
  } finally {
    await page.close();
  }
}

/** Navigation start → DOMContentLoaded ended, and → load event ended (ms). */
async function navigationTimes(page: Page): Promise<[number, number]> {
  return page.evaluate(() => {
    const n = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
    return [n.domContentLoadedEventEnd, n.loadEventEnd] as [number, number];
  });
}

function onPage(events: TraceEvent[], url: string, setup: Setup): { mainThread: number; extension: number; extensionLongest: number } {
  const thread = pageThread(events, url);
  if (!thread) return { mainThread: NaN, extension: NaN, extensionLongest: NaN };
  const ext = setup.origin ? scriptTime(events, new RegExp(literal(setup.origin)), thread) : { total: 0, longest: 0 };
  return { mainThread: threadTime(events, thread), extension: ext.total, extensionLongest: ext.longest };
}

interface ScrollFigures {
  longTasks: number;
  longest: number;
  extensionLong: number;
  extensionLongThread: number;
  extensionMadeLong: number;
  extensionLargestPart: number;
  extension: number;
  extensionLongest: number;
  mainThread: number;
  heap: number;
}

async function scrollOnce(setup: Setup, url: string): Promise<ScrollFigures & { loadFigures: LoadFigures }> {
  const page = await setup.browser.newPage();
  await page.setViewport({ width: 1280, height: 900 });
  try {
    const { events: loadEvents } = await traced(page, async () => {
      await page.goto(url, { waitUntil: 'load' });
      await new Promise((r) => setTimeout(r, SETTLE_MS));
    });
    const [dcl, load] = await navigationTimes(page);
    const before = await page.metrics();
    const loadFigures: LoadFigures = {
      dcl,
      load,
      ...onPage(loadEvents, url, setup),
      heap: (before.JSHeapUsedSize ?? NaN) / 1024,
      nodes: before.Nodes ?? NaN,
      listeners: before.JSEventListeners ?? NaN,
    };
    await page.evaluate(`window.__long = []; new PerformanceObserver((l) => l.getEntries().forEach((e) => window.__long.push(e.duration))).observe({ type: 'longtask' });`);
    const { events } = await traced(page, async () => {
      await page.mouse.move(640, 450);
      for (let step = 0; step < 60; step++) {
        await page.mouse.wheel({ deltaY: 420 });
        await page.mouse.move(560 + (step % 7) * 25, 300 + (step % 5) * 60);
        // Now and then the pointer rests long enough for a hover card (links and names are everywhere).
        await new Promise((r) => setTimeout(r, step % 6 === 5 ? 450 : 40));
      }
    });
    const long = (await page.evaluate('window.__long')) as number[];
    // The scroll trace holds no ParseHTML: the page's thread is the one found at load.
    const thread = pageThread(loadEvents, url);
    const mine = setup.origin && thread ? new RegExp(literal(setup.origin)) : undefined;
    const extLong = mine ? longTasksRunning(events, mine, thread) : [];
    const ext = mine ? scriptTime(events, mine, thread) : { total: 0, longest: 0 };
    const after = await page.metrics();
    return {
      loadFigures,
      longTasks: long.length,
      longest: long.length ? Math.max(...long) : 0,
      extensionLong: extLong.length,
      extensionLongThread: extLong.filter((t) => t.thread > 50).length,
      extensionMadeLong: extLong.filter((t) => t.thread > 50 && t.thread - t.own <= 50).length,
      extensionLargestPart: extLong.reduce((n, t) => Math.max(n, t.own), 0),
      extension: ext.total,
      extensionLongest: ext.longest,
      mainThread: thread ? threadTime(events, thread) : NaN,
      heap: (after.JSHeapUsedSize ?? NaN) / 1024,
    };
  } finally {
    await page.close();
  }
}

export default async function bench({ extensions, table, label }: BenchContext) {
  const chinaLens = process.env.CHINA_LENS_EXTENSION ?? join(ROOT, '.output/chrome-mv3');
  const dirs = [chinaLens, ...extensions].filter((d) => existsSync(join(d, 'manifest.json')));
  const standIns = await startBenchStandIns({ 'x.com/bench-feed.html': xFeed() });
  const { ports } = standIns;
  const setups: Setup[] = [];
  try {
    setups.push({ label: 'no extension', browser: await launchBare(ports) });
    // Any content script costs something (injection, an isolated world): this column is that part alone.
    const empty = await launchChromium({ extensionDir: emptyExtension(mkdtempSync(join(tmpdir(), 'china-lens-empty-'))), ...ports });
    setups.push({ label: 'empty content script', browser: empty.browser, origin: `${empty.extensionOrigin}/` });
    for (const dir of dirs) {
      const { browser, extensionOrigin } = await launchChromium({ extensionDir: dir, ...ports });
      setups.push({ label: dir === chinaLens ? `China Lens ${JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')).version}` : label(dir), browser, origin: `${extensionOrigin}/` });
    }
    // Let every browser finish starting (service workers, first-run work) before measuring.
    await new Promise((r) => setTimeout(r, 2_000));

    const loads: LoadFigures[][] = setups.map(() => []);
    for (let i = 0; i < LOADS; i++) for (const [k, s] of setups.entries()) loads[k]!.push(await loadOnce(s, 'https://x.com/cards'));
    const scrolls: Awaited<ReturnType<typeof scrollOnce>>[][] = setups.map(() => []);
    for (let i = 0; i < SCROLL_ROUNDS; i++) for (const [k, s] of setups.entries()) scrolls[k]!.push(await scrollOnce(s, 'https://x.com/bench-feed'));

    const columns = setups.map((s) => s.label);
    const col = <T>(per: T[][], f: (x: T) => number) => per.map((runs) => median(runs.map(f)));
    const ext = (values: number[]) => values.map((v, k) => (setups[k]!.origin ? v : undefined));
    /** Each column minus the floor (no extension): what the extension adds. */
    const added = (values: number[]) => ext(values.map((v) => v - values[0]!));
    table({
      name: 'pagecost.x.com/cards',
      columns,
      note: `The stand-in X timeline, median of ${LOADS} loads per column, taken in turns. Main-thread and extension times are thread (CPU) time from a Chrome trace, from navigation to 1.5 s after the load event.`,
      rows: [
        { label: 'navigation → DOMContentLoaded', unit: 'ms', values: col(loads, (x) => x.dcl) },
        { label: 'navigation → load event', unit: 'ms', values: col(loads, (x) => x.load) },
        { label: 'page main-thread time', unit: 'ms', values: col(loads, (x) => x.mainThread) },
        { label: "extension's main-thread time (content-script start)", unit: 'ms', values: ext(col(loads, (x) => x.extension)) },
        { label: "extension's longest piece of work", unit: 'ms', values: ext(col(loads, (x) => x.extensionLongest)) },
        { label: 'main-thread time added over no extension', unit: 'ms', values: added(col(loads, (x) => x.mainThread)) },
        { label: 'page JS heap after', unit: 'KB', values: col(loads, (x) => x.heap) },
        { label: 'page JS heap added over no extension', unit: 'KB', values: added(col(loads, (x) => x.heap)) },
        { label: 'DOM nodes', values: col(loads, (x) => x.nodes) },
        { label: 'event listeners', values: col(loads, (x) => x.listeners) },
      ],
    });
    const worst = (f: (x: ScrollFigures) => number) => scrolls.map((runs) => Math.max(...runs.map(f)));
    table({
      name: 'pagecost.x.com/bench-feed',
      columns,
      note: `A stand-in X timeline with 10 000 links and 5 000 platform names, ${SCROLL_ROUNDS} runs per column. Load figures are medians; while scrolling (60 wheel steps, the timeline growing by ten posts per 1 000 px, the pointer resting 450 ms every sixth step) counts are the worse run and times the median. A task’s wall time includes waiting for a CPU on this shared machine; its thread time is the work done.`,
      rows: [
        { label: 'navigation → load event', unit: 'ms', values: col(scrolls, (x) => x.loadFigures.load) },
        { label: 'page main-thread time, load + 1.5 s', unit: 'ms', values: col(scrolls, (x) => x.loadFigures.mainThread) },
        { label: "extension's main-thread time at load", unit: 'ms', values: ext(col(scrolls, (x) => x.loadFigures.extension)) },
        { label: 'page JS heap after load', unit: 'KB', values: col(scrolls, (x) => x.loadFigures.heap) },
        { label: 'long tasks on the page while scrolling', values: worst((x) => x.longTasks) },
        { label: 'longest long task', unit: 'ms', values: worst((x) => x.longest) },
        { label: 'tasks over 50 ms (wall) running the extension', values: ext(worst((x) => x.extensionLong)) },
        { label: 'tasks over 50 ms of thread time running the extension', values: ext(worst((x) => x.extensionLongThread)) },
        { label: 'tasks the extension made long (over 50 ms of thread time, under 50 without its part)', values: ext(worst((x) => x.extensionMadeLong)) },
        { label: "the extension's part of those long tasks, largest", unit: 'ms', values: ext(worst((x) => x.extensionLargestPart)) },
        { label: 'page main-thread time while scrolling', unit: 'ms', values: col(scrolls, (x) => x.mainThread) },
        { label: "extension's main-thread time while scrolling", unit: 'ms', values: ext(col(scrolls, (x) => x.extension)) },
        { label: "extension's longest piece of work", unit: 'ms', values: ext(col(scrolls, (x) => x.extensionLongest)) },
        { label: 'page JS heap after scrolling', unit: 'KB', values: col(scrolls, (x) => x.heap) },
        { label: 'page JS heap added over no extension, after scrolling', unit: 'KB', values: added(col(scrolls, (x) => x.heap)) },
      ],
    });
  } finally {
    for (const s of setups) await s.browser.close();
    await standIns.close();
  }
}
