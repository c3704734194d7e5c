/**
 * Page object for the full-tab catalogue page (catalogue.html), and the files it downloads.
 *
 * Downloads land where each browser puts them: Chromium is told a folder over CDP
 * (Browser.setDownloadBehavior); Firefox saves without asking into the Downloads folder of the
 * user running it (BiDi has no download setting in this puppeteer), so the file is read there
 * and removed after.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { homedir, tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'puppeteer-core';
import { openExtensionPage } from './extension';
import type { E2E } from './fixture';
import { waitFor } from './wait';

export class CataloguePage {
  constructor(
    readonly page: Page,
    private readonly t: E2E,
  ) {}

  /** Moves to an address of the page, as a link would (adds a history entry). */
  async go(hash: string): Promise<this> {
    await this.page.evaluate((h) => {
      location.hash = h;
    }, hash);
    await waitFor(`the address ${hash}`, () => this.page.evaluate(() => location.hash), (h) => decodeURIComponent(h) === decodeURIComponent(hash));
    return this;
  }

  hash(): Promise<string> {
    return this.page.evaluate(() => decodeURIComponent(location.hash));
  }

  /** The view's heading, once it is no longer a loading state. */
  async heading(expected?: (text: string) => boolean): Promise<string> {
    return waitFor(
      'the view heading',
      () => this.page.$eval('main h1', (el) => el.textContent?.trim() ?? '').catch(() => ''),
      (h) => h !== '' && (expected ? expected(h) : true),
    );
  }

  text(selector: string): Promise<string> {
    return this.page.$eval(selector, (el) => el.textContent?.trim() ?? '');
  }

  texts(selector: string): Promise<string[]> {
    return this.page.$$eval(selector, (els) => els.map((el) => el.textContent?.trim() ?? ''));
  }

  /** Ids of the platform cards shown, in order. */
  cardIds(): Promise<string[]> {
    return this.page.$$eval('[data-testid="platform-card"]', (els) => els.map((el) => el.getAttribute('data-id') ?? ''));
  }

  /** Settings as the settings store writes them; the page follows storage changes live. */
  async setSettings(patch: { theme?: string; language?: string }): Promise<void> {
    await this.page.evaluate(async (p) => {
      type StorageApi = { storage: { local: { get(k: string): Promise<Record<string, unknown>>; set(v: object): Promise<void> } } };
      const g = globalThis as unknown as { browser?: StorageApi; chrome: StorageApi };
      const api = g.browser ?? g.chrome;
      const stored = ((await api.storage.local.get('settings')) as { settings?: { state?: object; version?: number } }).settings;
      await api.storage.local.set({ settings: { state: { ...(stored?.state ?? {}), ...p }, version: stored?.version ?? 1 } });
    }, patch);
  }

  /**
   * Clicks something that downloads a file and returns the file's name and text. The browser
   * writes the file; this reads it from disk.
   */
  async download(click: () => Promise<void>, name: string | RegExp): Promise<{ name: string; text: string }> {
    const dir = await downloadDir(this.t.browser, this.t.name);
    const matches = (f: string) => (typeof name === 'string' ? f === name : name.test(f));
    for (const f of readdirSync(dir).filter(matches)) rmSync(join(dir, f), { force: true });
    await click();
    const file = await waitFor(
      `the download ${String(name)} in ${dir}`,
      async () => readdirSync(dir).find((f) => matches(f) && statSync(join(dir, f)).size > 0),
      (f) => f !== undefined && !existsSync(join(dir, `${f}.part`)) && !existsSync(join(dir, `${f}.crdownload`)),
      { timeoutMs: 15_000 },
    );
    const path = join(dir, file!);
    const text = readFileSync(path, 'utf8');
    rmSync(path, { force: true });
    return { name: file!, text };
  }
}

const dirs = new WeakMap<Browser, string>();

async function downloadDir(browser: Browser, name: E2E['name']): Promise<string> {
  if (name === 'firefox') return join(homedir(), 'Downloads');
  let dir = dirs.get(browser);
  if (!dir) {
    dir = mkdtempSync(join(tmpdir(), 'china-lens-downloads-'));
    const session = await browser.target().createCDPSession();
    await session.send('Browser.setDownloadBehavior', { behavior: 'allow', downloadPath: dir });
    dirs.set(browser, dir);
  }
  return dir;
}

/** Opens catalogue.html at an address in a new foreground tab (closed after the test). */
export async function openCataloguePage(t: E2E, hash = '#/'): Promise<CataloguePage> {
  const page = t.track(await openExtensionPage(t.browser, t.name, t.extension.url(`catalogue.html${hash}`)));
  await page.bringToFront();
  return new CataloguePage(page, t);
}
