/**
 * The extension as the tests see it from outside: its pages, the toolbar badge and title it set
 * for a tab, and the messages its content script sends.
 *
 * Everything here is read from a "probe": one of the extension's own pages (popup.html) open in a
 * background tab. Extension pages may call the action API for any tab, and runtime.onMessage fires
 * in every extension page, not only the background, so the probe sees each message a content
 * script sends (with sender.tab) without the extension exposing anything for tests.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'puppeteer-core';
import type { BrowserName } from './fixture';
import { waitFor } from './wait';
import { noteExtensionPage } from './watch-extension-requests';

/** The few extension APIs the probe calls, typed here so the harness needs no browser typings. */
interface ActionApi {
  getBadgeText(details: { tabId?: number }): Promise<string>;
  getTitle(details: { tabId?: number }): Promise<string>;
}
interface Sender {
  tab?: { id?: number };
  frameId?: number;
  url?: string;
}
interface ProbeApi {
  tabs: { query(q: { active?: boolean; currentWindow?: boolean }): Promise<{ id?: number }[]> };
  runtime: {
    onMessage: { addListener(cb: (message: unknown, sender: Sender) => undefined): void };
    onConnect: { addListener(cb: (port: { sender?: Sender; onMessage: { addListener(cb: (m: unknown) => void): void } }) => void): void };
  };
  action?: ActionApi;
  browserAction?: ActionApi;
}
type ProbeGlobals = { browser?: ProbeApi; chrome?: ProbeApi; __e2eMessages?: ObservedMessage[] };

export interface ObservedMessage {
  tabId: number;
  frameId: number | undefined;
  url: string | undefined;
  /** "type=detected", or the sorted keys when the message has no type-like field. */
  kind: string;
  message: unknown;
  via: 'sendMessage' | 'port';
  at: number;
}

/**
 * Opens one of the extension's pages. Firefox never resolves goto() for moz-extension:// pages
 * (the page loads all the same), so there the navigation is started and the DOM awaited.
 * `background` keeps the page behind the active tab; in Firefox, give `behind` (the tab that
 * should stay active) too: a foreground tab sent behind it opens in about 0.2 s, where puppeteer's
 * own background tab takes over a second.
 */
export async function openExtensionPage(
  browser: Browser,
  name: BrowserName,
  url: string,
  opts: { background?: boolean; behind?: Page } = {},
): Promise<Page> {
  const fastBackground = name === 'firefox' && opts.background && opts.behind;
  const page = await browser.newPage({ background: (opts.background ?? false) && !fastBackground });
  if (fastBackground) await opts.behind!.bringToFront();
  if (name === 'chromium') {
    await page.goto(url, { waitUntil: 'load' });
  } else {
    noteExtensionPage(browser, page, url);
    page.goto(url).catch(() => {});
    // Poll by hand: the tab changes process on the way to moz-extension://, which detaches the
    // frame a waitForFunction would be waiting in.
    await waitFor(
      `${url} to load`,
      () => page.evaluate(() => `${location.href} ${document.readyState}`),
      (state) => state === `${url} complete`,
      { timeoutMs: 10_000, intervalMs: 50 },
    );
  }
  return page;
}

export class ExtensionUnderTest {
  private constructor(
    readonly browserName: BrowserName,
    readonly browser: Browser,
    readonly id: string,
    /** chrome-extension://<id> or moz-extension://<uuid> */
    readonly origin: string,
    readonly outputDir: string,
    private readonly probe: Page,
  ) {}

  static async attach(browserName: BrowserName, browser: Browser, id: string, origin: string, outputDir: string): Promise<ExtensionUnderTest> {
    const [first] = await browser.pages();
    const probe = await openExtensionPage(browser, browserName, `${origin}/${probePage(outputDir)}`, { background: true, behind: first });
    await probe.evaluate(OBSERVER_SOURCE);
    return new ExtensionUnderTest(browserName, browser, id, origin, outputDir, probe);
  }

  url(path: string): string {
    return `${this.origin}/${path.replace(/^\//, '')}`;
  }

  /** Whether the build has this page (popup.html, catalogue.html, ...). */
  hasPage(path: string): boolean {
    return existsSync(join(this.outputDir, path.replace(/^\//, '')));
  }

  /** The extension's id for the tab showing `page`. Brings that tab to the front. */
  async tabIdOf(page: Page): Promise<number> {
    await page.bringToFront();
    const id = await this.probe.evaluate(async () => {
      const g = globalThis as unknown as ProbeGlobals;
      const [tab] = await (g.browser ?? g.chrome)!.tabs.query({ active: true, currentWindow: true });
      return tab?.id;
    });
    if (typeof id !== 'number') throw new Error('could not find the tab id of the active tab');
    return id;
  }

  /** Badge text for the tab ("" when none is set for it and no global text); with no tabId, the global text. */
  async badgeText(tabId?: number): Promise<string> {
    return this.probe.evaluate(async (tabId) => {
      const g = globalThis as unknown as ProbeGlobals;
      const api = (g.browser ?? g.chrome)!;
      return (api.action ?? api.browserAction)!.getBadgeText(tabId === null ? {} : { tabId });
    }, tabId ?? null);
  }

  /** Toolbar button title for the tab; with no tabId, the default (global) title. */
  async title(tabId?: number): Promise<string> {
    return this.probe.evaluate(async (tabId) => {
      const g = globalThis as unknown as ProbeGlobals;
      const api = (g.browser ?? g.chrome)!;
      return (api.action ?? api.browserAction)!.getTitle(tabId === null ? {} : { tabId });
    }, tabId ?? null);
  }

  /** Messages the content script in this tab sent, oldest first (top frame only). */
  async messagesFrom(tabId: number): Promise<ObservedMessage[]> {
    const all = await this.probe.evaluate(() => (globalThis as unknown as ProbeGlobals).__e2eMessages ?? []);
    return all.filter((m) => m.tabId === tabId && (m.frameId === 0 || m.frameId === undefined));
  }

  /** Every message any content script sent since the last clearMessages(), oldest first. */
  async allMessages(): Promise<ObservedMessage[]> {
    return this.probe.evaluate(() => (globalThis as unknown as ProbeGlobals).__e2eMessages ?? []);
  }

  async clearMessages(): Promise<void> {
    await this.probe.evaluate(() => {
      const log = (globalThis as unknown as ProbeGlobals).__e2eMessages;
      if (log) log.length = 0;
    });
  }

  /** The probe's own tab, so tests can leave it alone when closing tabs. */
  get probePage(): Page {
    return this.probe;
  }
}

/** Any page of the build will do as the probe; popup.html is always there once the popup exists. */
function probePage(outputDir: string): string {
  if (existsSync(join(outputDir, 'popup.html'))) return 'popup.html';
  const html = readdirSync(outputDir).find((f) => f.endsWith('.html'));
  if (!html) throw new Error(`${outputDir} has no extension page to observe from (expected popup.html)`);
  return html;
}

/**
 * Runs inside the probe page. Listens, never answers, so the background's replies are untouched.
 * Kept as source text: tsx would wrap a real function's inner helpers in __name(), which does not
 * exist in the page.
 */
const OBSERVER_SOURCE = `(() => {
  const g = globalThis;
  if (g.__e2eMessages) return;
  const log = (g.__e2eMessages = []);
  const api = g.browser ?? g.chrome;
  function kindOf(m) {
    if (m && typeof m === 'object') {
      for (const k of ['type', 'name', 'action', 'kind', 'method', 'event', 'command', 'cmd'])
        if (typeof m[k] === 'string') return k + '=' + m[k];
      return 'keys=' + Object.keys(m).sort().join(',');
    }
    return typeof m;
  }
  function clone(m) {
    try { return JSON.parse(JSON.stringify(m)); } catch { return String(m); }
  }
  function push(message, sender, via) {
    if (!sender || !sender.tab) return;
    log.push({ tabId: sender.tab.id ?? -1, frameId: sender.frameId, url: sender.url, kind: kindOf(message), message: clone(message), via, at: Date.now() });
  }
  api.runtime.onMessage.addListener((message, sender) => { push(message, sender, 'sendMessage'); return undefined; });
  api.runtime.onConnect.addListener((port) => { port.onMessage.addListener((message) => push(message, port.sender, 'port')); });
})()`;
