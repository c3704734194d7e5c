/**
 * What a spec file exports and what each test receives.
 *
 *   // tests/e2e/specs/thing.spec.ts
 *   import { test } from '../support/fixture';
 *   export const tests = [
 *     test('does the thing', async ({ openSite, extension }) => { ... }),
 *     test('only where it applies', async (t) => { ... }, { browsers: ['chromium'] }),
 *   ];
 *
 * Every test runs once per browser (unless `browsers` narrows it) against a browser that is shared
 * by the tests of that browser; tabs a test opens are closed after it.
 */
import type { Browser, Page } from 'puppeteer-core';
import type { ExtensionUnderTest } from './extension';
import type { StandInHost } from './hosts';

export type BrowserName = 'chromium' | 'firefox';
export const BROWSERS: BrowserName[] = ['chromium', 'firefox'];

export interface E2E {
  /** Which browser this run of the test is in. */
  name: BrowserName;
  /** The puppeteer browser (Chromium over CDP, Firefox over WebDriver BiDi). */
  browser: Browser;
  extension: ExtensionUnderTest;
  /** https://<host><path> on the stand-in server (which the browser reaches under the real name). */
  site(host: StandInHost, path?: string): string;
  /** A new foreground tab showing `url`, loaded; closed after the test. */
  openSite(url: string): Promise<Page>;
  /** One of the extension's pages (e.g. "popup.html") in a new tab; closed after the test.
   * With `background`, pass `behind` (the tab that stays active) for speed in Firefox. */
  openExtensionPage(path: string, options?: { background?: boolean; behind?: Page }): Promise<Page>;
  /** Registers a page the test opened some other way so it is closed after the test. */
  track(page: Page): Page;
  /** A line of context printed under the test when it fails. */
  note(message: string): void;
}

export interface E2ETest {
  name: string;
  run(t: E2E): Promise<void>;
  browsers?: BrowserName[];
  /** Per browser; default 30 s. */
  timeoutMs?: number;
}

export function test(name: string, run: (t: E2E) => Promise<void>, options: Omit<E2ETest, 'name' | 'run'> = {}): E2ETest {
  return { name, run, ...options };
}
