/**
 * Debian's Firefox ESR over WebDriver BiDi, with the extension installed as a temporary add-on.
 * Workarounds specific to Firefox live here:
 *   - no host-resolver flag: a PAC script (a data: URL) sends the stand-in hosts to the stand-in
 *     proxy, which tunnels them to the local HTTPS server, and everything else to the recorder;
 *   - the moz-extension UUID is random per profile unless the pref extensions.webextensions.uuids
 *     names it for the gecko id before install, so the extension's origin is known up front;
 *   - --remote-allow-system-access is needed to open moz-extension:// pages at all;
 *   - remote settings would fetch from Mozilla at start: pointed at a dummy data: URL, plus
 *     MOZ_REMOTE_SETTINGS_DEVTOOLS=1 so that pref is honoured.
 */
import puppeteer from 'puppeteer-core';
import type { LaunchedBrowser } from './chromium';
import { STAND_IN_DOMAINS } from './hosts';

export const FIREFOX_PATH = process.env.E2E_FIREFOX ?? '/usr/bin/firefox-esr';
export const GECKO_ID = 'china-lens@china-lens.app';
/** Fixed so the extension's pages have a known address in every run. */
export const FIREFOX_EXTENSION_UUID = '6c1e5a0d-3b7f-4e2a-9c4d-0e2f1a8b7c60';

export function pacScript(standInProxyPort: number, recorderPort: number): string {
  return `function FindProxyForURL(url, host) {
  var domains = ${JSON.stringify(STAND_IN_DOMAINS)};
  for (var i = 0; i < domains.length; i++)
    if (host === domains[i] || dnsDomainIs(host, '.' + domains[i])) return 'PROXY 127.0.0.1:${standInProxyPort}';
  if (host === 'localhost' || host === '127.0.0.1' || host === '[::1]') return 'DIRECT';
  return 'PROXY 127.0.0.1:${recorderPort}';
}`;
}

export async function launchFirefox(opts: { extensionDir: string; standInProxyPort: number; recorderPort: number }): Promise<LaunchedBrowser> {
  const pac = 'data:application/x-ns-proxy-autoconfig;charset=utf-8,' + encodeURIComponent(pacScript(opts.standInProxyPort, opts.recorderPort));
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX_PATH,
    headless: true,
    acceptInsecureCerts: true,
    args: ['--remote-allow-system-access', '--width=1280', '--height=900'],
    env: { ...process.env, MOZ_REMOTE_SETTINGS_DEVTOOLS: '1' },
    dumpio: process.env.E2E_DUMPIO === '1',
    extraPrefsFirefox: {
      'network.proxy.type': 2,
      'network.proxy.autoconfig_url': pac,
      'network.proxy.allow_hijacking_localhost': false,
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: FIREFOX_EXTENSION_UUID }),
      'services.settings.server': 'data:,#remote-settings-dummy/v1',
      // The browser's own background traffic, off so that whatever reaches the recorder is news.
      'network.captive-portal-service.enabled': false,
      'network.connectivity-service.enabled': false,
      'browser.safebrowsing.malware.enabled': false,
      'browser.safebrowsing.phishing.enabled': false,
      'browser.safebrowsing.downloads.enabled': false,
      'browser.safebrowsing.blockedURIs.enabled': false,
      'browser.safebrowsing.provider.mozilla.updateURL': '',
      'datareporting.healthreport.uploadEnabled': false,
      'datareporting.policy.dataSubmissionEnabled': false,
      'toolkit.telemetry.enabled': false,
      'toolkit.telemetry.unified': false,
      'app.update.enabled': false,
      'app.normandy.enabled': false,
      'extensions.update.enabled': false,
      'extensions.getAddons.cache.enabled': false,
      'extensions.systemAddon.update.enabled': false,
      'browser.region.update.enabled': false,
      'browser.region.network.url': '',
      'geo.provider.network.url': '',
      'dom.push.connection.enabled': false,
      'network.dns.disablePrefetch': true,
      'network.prefetch-next': false,
      'network.http.speculative-parallel-limit': 0,
      'browser.newtabpage.enabled': false,
      'browser.topsites.contile.enabled': false,
      'identity.fxaccounts.enabled': false,
      'browser.ping-centre.telemetry': false,
    },
  });
  try {
    await browser.installExtension(opts.extensionDir);
    return { browser, extensionId: GECKO_ID, extensionOrigin: `moz-extension://${FIREFOX_EXTENSION_UUID}` };
  } catch (e) {
    await browser.close();
    throw e;
  }
}

/**
 * Clicks the extension's toolbar button in the selected tab, as a person would: the real popup
 * opens and Firefox grants activeTab for that tab (so tabs.query shows the extension the tab's
 * address). Over BiDi the popup panel's DOM cannot be read, so the panel is closed again and
 * tests read popup.html from a background tab, which then sees the same tab and the same grant.
 *
 * WebDriver BiDi has no "click the toolbar" command; with --remote-allow-system-access the
 * browser window itself (chrome scope) can be scripted, and ExtensionParent's browserActionFor()
 * gives the same entry point Firefox uses for the action's keyboard shortcut.
 */
export async function clickToolbarButton(browser: import('puppeteer-core').Browser, geckoId: string = GECKO_ID): Promise<void> {
  const connection = (browser as unknown as { connection?: BidiSend }).connection;
  if (!connection) throw new Error('not a WebDriver BiDi connection');
  const tree = await connection.send('browsingContext.getTree', { 'moz:scope': 'chrome' });
  const chromeWindow = tree.result.contexts?.find((c) => c.url === 'chrome://browser/content/browser.xhtml');
  if (!chromeWindow) throw new Error('no browser window in chrome scope (is --remote-allow-system-access set?)');
  const expression = `(async () => {
    const { ExtensionParent } = ChromeUtils.importESModule('resource://gre/modules/ExtensionParent.sys.mjs');
    const extension = ExtensionParent.GlobalManager.getExtension(${JSON.stringify(geckoId)});
    if (!extension) throw new Error('extension not installed');
    const action = ExtensionParent.apiManager.global.browserActionFor(extension);
    await action.triggerAction(window);
    // Wait for the popup panel to open, then close it.
    for (let i = 0; i < 50; i++) {
      const open = [...document.querySelectorAll('panel')].filter((p) => p.state === 'open' || p.state === 'showing');
      if (open.length) { open.forEach((p) => p.hidePopup()); return 'closed'; }
      await new Promise((r) => setTimeout(r, 20));
    }
    return 'no panel';
  })()`;
  const r = await connection.send('script.evaluate', { expression, target: { context: chromeWindow.context }, awaitPromise: true });
  if (r.result.type !== 'success') throw new Error(`clicking the toolbar button failed: ${JSON.stringify(r.result.exceptionDetails ?? r.result)}`);
}

interface BidiSend {
  send(
    method: string,
    params: object,
  ): Promise<{ result: { contexts?: { context: string; url: string }[]; type?: string; exceptionDetails?: unknown; result?: unknown } }>;
}
