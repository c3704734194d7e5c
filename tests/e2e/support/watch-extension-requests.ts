/**
 * Ties requests to extension contexts using each browser's own devtools protocol, for requests
 * that carry no Origin or Referer (a stylesheet or image in popup.html, say), which the recorder
 * alone could not tell from the browser's own traffic.
 *
 * Chromium: a CDP session on every target (pages, the popup, the service worker), Network domain
 * on; any http(s) request whose document is an extension page is marked.
 * Firefox: puppeteer's request events on each tab the harness opens on an extension page (its
 * page.url() stays about:blank after a moz-extension navigation, so openExtensionPage reports
 * them here). Firefox's MV2 background page and the toolbar popup panel are not BiDi browsing
 * contexts; the background's fetches carry an Origin, and anything else lands as "unexplained",
 * which fails the run all the same.
 */
import type { Browser, Page, Target } from 'puppeteer-core';
import type { BrowserName } from './fixture';
import type { NetworkLog } from './network-log';

const firefoxWatchers = new WeakMap<Browser, (page: Page, url: string) => void>();

/** Called by openExtensionPage: `page` now shows the extension page `url`. */
export function noteExtensionPage(browser: Browser, page: Page, url: string): void {
  firefoxWatchers.get(browser)?.(page, url);
}

export async function watchExtensionRequests(browser: Browser, name: BrowserName, origin: string, log: NetworkLog): Promise<void> {
  const seen = new WeakSet<Target>();
  const watch = async (target: Target) => {
    if (seen.has(target)) return;
    seen.add(target);
    try {
      if (name === 'chromium') {
        if (!['page', 'other', 'service_worker', 'background_page'].includes(target.type())) return;
        const session = await target.createCDPSession();
        session.on('Network.requestWillBeSent', (e: { documentURL?: string; request: { url: string }; initiator?: { url?: string } }) => {
          const from = [e.documentURL, e.initiator?.url, target.url()].find((u) => u?.startsWith(origin));
          if (from && /^https?:/.test(e.request.url)) log.markFromExtension(e.request.url, `${target.type()} ${from}`);
        });
        await session.send('Network.enable');
      }
    } catch {
      // A target that closed while we attached has nothing left to request.
    }
  };
  if (name === 'firefox') {
    firefoxWatchers.set(browser, (page, url) => {
      page.on('request', (request) => {
        if (/^https?:/.test(request.url())) log.markFromExtension(request.url(), `page ${url}`);
      });
    });
    return;
  }
  browser.on('targetcreated', (t: Target) => void watch(t));
  await Promise.all(browser.targets().map(watch));
}
