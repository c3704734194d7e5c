/**
 * One browser with the extension installed and its own stand-in server, proxies and network log.
 * Each browser gets its own servers so the log says which browser made which request.
 */
import type { Browser } from 'puppeteer-core';
import type { Certificate } from './certs';
import { launchChromium } from './chromium';
import { ExtensionUnderTest } from './extension';
import type { BrowserName } from './fixture';
import { launchFirefox } from './firefox';
import { isStandInHost } from './hosts';
import { NetworkLog } from './network-log';
import { startRecorder, startStandInProxy, type LocalProxy } from './proxy';
import { startStandInServer, type StandInServer } from './standin-server';
import { watchExtensionRequests } from './watch-extension-requests';

export interface Session {
  name: BrowserName;
  browser: Browser;
  extension: ExtensionUnderTest;
  network: NetworkLog;
  standIn: StandInServer;
  startupMs: number;
  close(): Promise<void>;
}

export async function startSession(
  name: BrowserName,
  opts: { extensionDir: string; pagesDir: string; certificate: Certificate },
): Promise<Session> {
  const started = Date.now();
  const network = new NetworkLog(name, (origin) => {
    try {
      return isStandInHost(new URL(origin).hostname);
    } catch {
      return false;
    }
  });
  const closers: (() => Promise<void>)[] = [];
  const closeAll = async () => {
    for (const close of closers.reverse()) await close().catch(() => {});
  };
  try {
    const standIn = await startStandInServer(opts.pagesDir, opts.certificate, network);
    closers.push(standIn.close);
    const recorder: LocalProxy = await startRecorder(opts.certificate, network);
    closers.push(recorder.close);
    let launched;
    if (name === 'chromium') {
      launched = await launchChromium({ extensionDir: opts.extensionDir, standInPort: standIn.port, recorderPort: recorder.port });
    } else {
      const proxy = await startStandInProxy(standIn.port, network);
      closers.push(proxy.close);
      launched = await launchFirefox({ extensionDir: opts.extensionDir, standInProxyPort: proxy.port, recorderPort: recorder.port });
    }
    const { browser } = launched;
    closers.push(async () => {
      await browser.close();
    });
    await watchExtensionRequests(browser, name, launched.extensionOrigin, network);
    const extension = await ExtensionUnderTest.attach(name, browser, launched.extensionId, launched.extensionOrigin, opts.extensionDir);
    return { name, browser, extension, network, standIn, startupMs: Date.now() - started, close: closeAll };
  } catch (e) {
    await closeAll();
    throw e;
  }
}
