/**
 * Hover cards' cost on the page and their speed, in Chromium with the built extension on the
 * stand-in sites (tests/e2e/pages), against the same browser with an extension whose content
 * script does nothing (the floor: what any content script costs on this machine), and, for the
 * start, one whose content script only reports its page to its background when the page is idle
 * (the floor for any content script that talks to its extension at all).
 *
 *   start        the content script's main-thread time when a page loads: its evaluation, and
 *                everything it runs in the 1.5 s after (the idle-time start of hover cards, the
 *                settings read, the detection message). Thread (CPU) time on the page's main
 *                thread from a Chrome trace, so the machine's load moves it less than wall time
 *                (V8's parsing of a module on a background thread is not the page's time).
 *   card         pointer comes to rest → card on screen (the frame after it is placed), with the
 *                delay set to 0: first card on a fresh page (loads the card's code, asks the
 *                background), first card of another platform, and warm (cached).
 *   scroll       a stand-in feed with 10 000 links and 5 000 names, scrolled with the wheel while
 *                the pointer rests now and then (cards open): tasks over 50 ms that ran China
 *                Lens code (from the trace, wall and thread time: on a loaded machine a task's
 *                wall time is mostly waiting for a CPU), all long tasks on the page with and
 *                without China Lens, and China Lens's own time and longest piece of work.
 *   choice       what the page loads at start (gzip), the card code loaded on first use (gzip),
 *                page heap with China Lens after a card vs the floor, and an extension page with
 *                React (popup.html) from navigation to content: what a card drawn in an extension
 *                iframe would cost before it could show anything.
 *
 * Targets (issue): ≤ 2 ms at start, ≤ 50 ms first card, ≤ 16 ms warm, 0 long tasks over 50 ms.
 *
 *   npm run bench -- cards          (npm run build first; builds if .output/chrome-mv3 is missing)
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser, Page } from 'puppeteer-core';
import type { BenchContext } from '../bench';
import { launchChromium } from '../../tests/e2e/support/chromium';
import { emptyExtension, reportingExtension } from './support/empty-extension';
import { startBenchStandIns } from './support/stand-ins';
import { longTasksRunning, pageThread, scriptTime, threadOf, traced } from './support/trace';

const ROOT = resolve(import.meta.dirname, '../..');
const EXTENSION = process.env.CHINA_LENS_EXTENSION ?? join(ROOT, '.output/chrome-mv3');
const START_LOADS = 8;
const FIRST_CARDS = 5;
const WARM_PER_PAGE = 3;
const SHOWN_EVENT = 'china-lens:card-shown';

const median = (a: number[]) => (a.length ? [...a].sort((x, y) => x - y)[Math.floor(a.length / 2)]! : NaN);
const max = (a: number[]) => (a.length ? Math.max(...a) : 0);

/** A stand-in Facebook feed with 10 000 links (half to catalogued platforms, through the shim) and 5 000 names. */
export function bigFeed(): string {
  const targets = ['www.youtube.com/watch?v=', 'www.instagram.com/p/', 'www.tiktok.com/@', 'www.pinterest.com/pin/', 'www.linkedin.com/in/'];
  const names = ['WeChat', 'Instagram', '小红书', 'YouTube', '微信', 'Douyin', 'Little Red Book', 'WhatsApp', '抖音', 'TikTok'];
  const posts: string[] = [];
  for (let i = 0; i < 2_500; i++) {
    const shim = (n: number) => `https://l.facebook.com/l.php?u=${encodeURIComponent(`https://${targets[(i + n) % targets.length]}${i}x${n}`)}&amp;h=AT${i}`;
    posts.push(
      `<div class="x1yztbdb" role="article"><h4><a href="/user${i}" role="link">Person ${i}</a></h4>` +
        `<div dir="auto"><span>Post ${i}: seen on ${names[i % names.length]} first, then on ${names[(i + 3) % names.length]}; ` +
        `<a class="x1i10hfl" href="${shim(0)}" role="link" target="_blank">link one</a> and <a class="x1i10hfl" href="${shim(1)}" role="link" target="_blank">link two</a>, ` +
        `our <a href="/groups/g${i}/" role="link">group</a> and <a href="https://example.org/${i}" role="link">a blog</a>.</span></div></div>`,
    );
  }
  return `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Bench feed | Facebook</title><link rel="stylesheet" href="/cards.css"></head>
<body><div role="main"><div role="feed">${posts.join('\n')}</div></div></body></html>`;
}

async function setCardSettings(browser: Browser, extensionId: string, delayMs: number): Promise<void> {
  const target = await browser.waitForTarget((t) => t.type() === 'service_worker' && t.url().startsWith(`chrome-extension://${extensionId}/`), { timeout: 10_000 });
  const worker = (await target.worker())!;
  // A service worker just started may not have its extension APIs yet.
  for (let i = 0; i < 50 && !(await worker.evaluate(() => !!(globalThis as { chrome?: { storage?: unknown } }).chrome?.storage)); i++) await new Promise((r) => setTimeout(r, 100));
  await worker.evaluate(async (delay) => {
    const api = (globalThis as unknown as { chrome: { storage: { local: { set(items: object): Promise<void> } } } }).chrome;
    await api.storage.local.set({
      settings: { state: { theme: 'light', language: 'en', cards: { enabled: true, delayMs: delay, mentions: true, chip: false, sites: { facebook: true, x: true, quora: true } } }, version: 1 },
    });
  }, delayMs);
}

async function openQuiet(browser: Browser, url: string): Promise<Page> {
  const page = await browser.newPage();
  await page.setViewport({ width: 1280, height: 900 });
  await page.goto(url, { waitUntil: 'load' });
  return page;
}

/** Waits for the page's idle time to pass, so the content script's deferred start has run. */
async function settled(page: Page): Promise<void> {
  await page.evaluate(() => new Promise<void>((r) => requestIdleCallback(() => setTimeout(r, 200), { timeout: 1500 })));
}

async function centre(page: Page, selector: string): Promise<{ x: number; y: number }> {
  return page.evaluate((sel) => {
    const el = document.querySelector(sel)!;
    el.scrollIntoView({ block: 'center' });
    const r = el.getClientRects()[0]!;
    return { x: r.left + Math.min(20, r.width / 2), y: r.top + r.height / 2 };
  }, selector);
}

/** Rests the pointer on the element; returns ms from that pointer move to the frame after the card is on screen. */
async function timeCard(page: Page, selector: string): Promise<number> {
  const { x, y } = await centre(page, selector);
  await page.evaluate((event) => {
    const w = window as unknown as { __moveAt?: number; __shownAt?: Promise<number> };
    w.__moveAt = undefined;
    document.addEventListener('pointermove', (e) => (w.__moveAt = e.timeStamp), { capture: true, once: true });
    w.__shownAt = new Promise((resolve) =>
      document.addEventListener(event, () => requestAnimationFrame(() => resolve(performance.now())), { once: true }),
    );
  }, SHOWN_EVENT);
  await page.mouse.move(x, y);
  return page.evaluate(async () => {
    const w = window as unknown as { __moveAt?: number; __shownAt: Promise<number> };
    const shown = await Promise.race([w.__shownAt, new Promise<number>((r) => setTimeout(() => r(NaN), 5_000))]);
    return shown - (w.__moveAt ?? NaN);
  });
}

async function leave(page: Page): Promise<void> {
  await page.mouse.move(1270, 890);
  await page.waitForFunction(() => !document.querySelector('china-lens-card')?.shadowRoot?.querySelector('.card'), { timeout: 5_000, polling: 20 });
}

async function measureStart(browser: Browser, script: RegExp): Promise<{ evaluate: number; total: number; compile: number; later: number }> {
  const evaluate: number[] = [];
  const total: number[] = [];
  const compile: number[] = [];
  const later: number[] = [];
  for (let i = 0; i < START_LOADS; i++) {
    const page = await browser.newPage();
    await page.setViewport({ width: 1280, height: 900 });
    const { events } = await traced(page, async () => {
      await page.goto('https://www.facebook.com/cards', { waitUntil: 'load' });
      await new Promise((r) => setTimeout(r, 1_500));
    });
    // Main-thread time only: V8 also parses a module on a background thread, which the page does not wait for.
    const main = pageThread(events, 'https://www.facebook.com/cards');
    const t = scriptTime(events, script, main);
    evaluate.push(t.evaluate);
    total.push(t.total);
    // Phases: compiling the script the page loads at start (inside its evaluation), and what runs
    // after the load (hover cards' code, /cards.js, is imported and compiled then).
    const compiled = events.filter((e) => e.name === 'v8.compile' && threadOf(e) === main && /content-scripts\/content\.js/.test(JSON.stringify(e.args ?? {})));
    compile.push(compiled.reduce((n, e) => n + (e.tdur ?? e.dur ?? 0), 0) / 1000);
    later.push(t.total - t.evaluate);
    await page.close();
  }
  return { evaluate: median(evaluate), total: median(total), compile: median(compile), later: median(later) };
}

async function measureScroll(browser: Browser, script: RegExp): Promise<{ longTasks: number; longest: number; ours: { wall: number; thread: number }[]; total: number; worstTask: number }> {
  const page = await openQuiet(browser, 'https://www.facebook.com/bench-feed');
  await settled(page);
  await page.evaluate(() => {
    const w = window as unknown as { __long: number[] };
    w.__long = [];
    new PerformanceObserver((list) => list.getEntries().forEach((e) => w.__long.push(e.duration))).observe({ type: 'longtask' });
  });
  const { events } = await traced(page, async () => {
    await page.mouse.move(640, 450);
    for (let step = 0; step < 60; step++) {
      await page.mouse.wheel({ deltaY: 420 });
      await page.mouse.move(560 + (step % 7) * 25, 300 + (step % 5) * 60);
      // Now and then the pointer rests long enough for a card (links and names are everywhere).
      await new Promise((r) => setTimeout(r, step % 6 === 5 ? 450 : 40));
    }
  });
  const long = await page.evaluate(() => (window as unknown as { __long: number[] }).__long);
  const t = scriptTime(events, script, pageThread(events, 'https://www.facebook.com/bench-feed'));
  await page.close();
  return { longTasks: long.length, longest: max(long), ours: longTasksRunning(events, script), total: t.total, worstTask: t.longest };
}

export default async function bench({ print }: BenchContext) {
  if (!existsSync(join(EXTENSION, 'manifest.json'))) execFileSync('npm', ['run', 'build'], { cwd: ROOT, stdio: 'ignore' });
  const [l1] = loadavg();
  print('cards.machine load (1 min average)', l1!);

  const standIns = await startBenchStandIns({ 'www.facebook.com/bench-feed.html': bigFeed() });
  const { ports } = standIns;
  const ourScript = /content-scripts\/content\.js|\/cards\.js|\/card-ui\.js/;

  try {
    const gz = (f: string) => gzipSync(readFileSync(join(EXTENSION, f))).length;
    print('cards.choice.content script at page start (gzip)', gz('content-scripts/content.js') / 1024, 'KB');
    if (existsSync(join(EXTENSION, 'cards.js'))) print('cards.choice.hover cards\' code, imported on card sites when the page is idle (gzip)', gz('cards.js') / 1024, 'KB');
    print('cards.choice.card code loaded on first card (gzip)', gz('card-ui.js') / 1024, 'KB');

    // The floor: the same browser and pages, an extension whose content script does nothing.
    const empty = await launchChromium({ extensionDir: emptyExtension(mkdtempSync(join(tmpdir(), 'china-lens-empty-'))), ...ports });
    let floorHeap = NaN;
    let floorScroll: Awaited<ReturnType<typeof measureScroll>>;
    try {
      const floor = await measureStart(empty.browser, /content-scripts\/content\.js/);
      print('cards.start.empty content script, evaluation (median thread time)', floor.evaluate, 'ms');
      const page = await openQuiet(empty.browser, 'https://x.com/cards');
      await settled(page);
      floorHeap = (await page.metrics()).JSHeapUsedSize ?? NaN;
      await page.close();
      floorScroll = await measureScroll(empty.browser, /content-scripts\/content\.js/);
    } finally {
      await empty.browser.close();
    }
    const reporting = await launchChromium({ extensionDir: reportingExtension(mkdtempSync(join(tmpdir(), 'china-lens-reporting-'))), ...ports });
    try {
      const floor = await measureStart(reporting.browser, /content-scripts\/content\.js/);
      print('cards.start.floor: a content script that only reports its page when idle, all its work in the first 1.5 s (median thread time)', floor.total, 'ms');
    } finally {
      await reporting.browser.close();
    }

    const { browser, extensionId } = await launchChromium({ extensionDir: EXTENSION, ...ports });
    try {
      await setCardSettings(browser, extensionId, 0);
      const start = await measureStart(browser, ourScript);
      print('cards.start.evaluation when the page loads (median thread time)', start.evaluate, 'ms');
      print('cards.start.  of which compiling the script', start.compile, 'ms');
      print('cards.start.after the load: idle-time start (card-site check, page report, hover cards: import, settings, listeners) (median thread time)', start.later, 'ms');
      print('cards.start.all content-script work in the first 1.5 s (median thread time)', start.total, 'ms');

      const first: number[] = [];
      const firstOther: number[] = [];
      const warm: number[] = [];
      let heap = NaN;
      for (let i = 0; i < FIRST_CARDS; i++) {
        const page = await openQuiet(browser, 'https://x.com/cards');
        await settled(page);
        first.push(await timeCard(page, '#x-tco-card'));
        await leave(page);
        firstOther.push(await timeCard(page, '#x-tco-text'));
        await leave(page);
        // Instagram again, from its other link on the same tweet: answered from the cache.
        for (let k = 0; k < WARM_PER_PAGE; k++) {
          warm.push(await timeCard(page, k % 2 ? '#x-tco-card' : '#x-tco-from'));
          await leave(page);
        }
        if (i === 0) {
          await timeCard(page, '#x-tco-card');
          heap = (await page.metrics()).JSHeapUsedSize ?? NaN;
        }
        await page.close();
      }
      print('cards.card.first on a fresh page, rest → on screen (median)', median(first), 'ms');
      print('cards.card.first on a fresh page (worst)', max(first), 'ms');
      print('cards.card.first of another platform, code loaded (median)', median(firstOther), 'ms');
      print('cards.card.warm, cached (median)', median(warm), 'ms');
      print('cards.card.warm (worst)', max(warm), 'ms');

      await setCardSettings(browser, extensionId, 300);
      const scroll = await measureScroll(browser, ourScript);
      // A task's wall time includes time the thread waited for a CPU (other processes); its
      // thread time is the work done. Both are printed: on a busy machine they differ a lot.
      print('cards.scroll.tasks over 50 ms (wall) that ran China Lens code (10 000 links, 5 000 names)', scroll.ours.length);
      print('cards.scroll.tasks over 50 ms of thread time that ran China Lens code', scroll.ours.filter((t) => t.thread > 50).length);
      if (scroll.ours.length) print('cards.scroll.  those tasks, wall / thread', scroll.ours.map((t) => `${t.wall.toFixed(0)}/${t.thread.toFixed(0)}`).join(', '), 'ms');
      print('cards.scroll.all long tasks on the page, with China Lens / with the empty extension', `${scroll.longTasks} / ${floorScroll.longTasks}`);
      print('cards.scroll.longest long task on the page, with China Lens / with the empty extension', `${scroll.longest.toFixed(0)} / ${floorScroll.longest.toFixed(0)}`, 'ms');
      print("cards.scroll.China Lens's own work while scrolling (thread time)", scroll.total, 'ms');
      print("cards.scroll.China Lens's longest single piece of work", scroll.worstTask, 'ms');

      print('cards.choice.page JS heap after a card, China Lens − empty extension', (heap - floorHeap) / 1024, 'KB');
      const reactPage = await browser.newPage();
      await reactPage.goto(`chrome-extension://${extensionId}/popup.html`, { waitUntil: 'load' });
      await reactPage.waitForFunction(() => (document.getElementById('root')?.childElementCount ?? 0) > 0, { polling: 'mutation', timeout: 10_000 });
      print('cards.choice.extension page with React (popup.html), navigation → content', await reactPage.evaluate(() => performance.now()), 'ms');
      await reactPage.close();
    } finally {
      await browser.close();
    }
  } finally {
    await standIns.close();
  }
}
