/**
 * Debian's Chromium with the extension loaded, in new headless mode (which loads extensions).
 * Workarounds specific to Chromium live here:
 *   - stand-in hosts reach the local server through --host-resolver-rules, each registrable
 *     domain listed bare and as *.domain (the wildcard does not cover the bare name);
 *   - everything else goes to the recorder through --proxy-server, with the stand-in hosts on the
 *     bypass list so they keep using the resolver rules;
 *   - the extension is installed over the pipe (installExtension needs pipe: true) and its id
 *     comes back from that call.
 */
import puppeteer, { type Browser } from 'puppeteer-core';
import { STAND_IN_DOMAINS } from './hosts';

export interface LaunchedBrowser {
  browser: Browser;
  /** chrome-extension://<id> or moz-extension://<uuid>, no trailing slash. */
  extensionOrigin: string;
  extensionId: string;
}

export const CHROMIUM_PATH = process.env.E2E_CHROMIUM ?? '/usr/bin/chromium';

/** How the harness and the benches launch Chromium: stand-in hosts to the local server, all else to the recorder. */
export function chromiumLaunchOptions(ports: { standInPort: number; recorderPort: number }) {
  const resolverRules = STAND_IN_DOMAINS.flatMap((d) => [`MAP ${d} 127.0.0.1:${ports.standInPort}`, `MAP *.${d} 127.0.0.1:${ports.standInPort}`]).join(', ');
  const bypass = STAND_IN_DOMAINS.flatMap((d) => [d, `*.${d}`]).join(';');
  return {
    executablePath: CHROMIUM_PATH,
    headless: true,
    pipe: true,
    acceptInsecureCerts: true,
    args: [
      ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-domain-reliability',
      '--no-pings',
      '--no-first-run',
      '--ignore-certificate-errors',
      `--host-resolver-rules=${resolverRules}`,
      `--proxy-server=http://127.0.0.1:${ports.recorderPort}`,
      `--proxy-bypass-list=${bypass}`,
      '--window-size=1280,900',
    ],
    // dbus "Failed to connect to the bus" noise on stderr is harmless; keep it out of the output.
    dumpio: process.env.E2E_DUMPIO === '1',
  };
}

export async function launchChromium(opts: { extensionDir: string; standInPort: number; recorderPort: number }): Promise<LaunchedBrowser> {
  const browser = await puppeteer.launch({ ...chromiumLaunchOptions(opts), enableExtensions: true, ignoreDefaultArgs: ['--disable-extensions'] });
  try {
    const extensionId = await browser.installExtension(opts.extensionDir);
    return { browser, extensionId, extensionOrigin: `chrome-extension://${extensionId}` };
  } catch (e) {
    await browser.close();
    throw e;
  }
}
