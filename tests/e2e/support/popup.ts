/**
 * Page object for the toolbar popup.
 *
 * Chromium: the real toolbar popup, opened with triggerExtensionAction on the site's tab, exactly
 * as a click on the icon (its "active tab" is that site).
 * Firefox: the toolbar button is clicked for real (which opens the popup and grants activeTab),
 * but the popup's DOM cannot be read over BiDi, so popup.html opens in a background tab of the
 * same window; the site's tab stays active, so that page sees the same tab with the same grant.
 */
import type { Page, Target } from 'puppeteer-core';
import { openExtensionPage } from './extension';
import { clickToolbarButton } from './firefox';
import type { E2E } from './fixture';
import { waitFor } from './wait';

export class PopupPage {
  constructor(readonly page: Page) {}

  /**
   * Waits until the popup has decided what it shows: a platform or "not catalogued" — in the
   * React view, not the plain-DOM first answer the start script draws before it
   * (lib/popup/first-answer-dom.ts, marked data-first-draw), whose controls do nothing yet.
   */
  async ready(timeoutMs = 10_000): Promise<this> {
    await this.page.waitForSelector('[data-testid="platform-name"]:not([data-first-draw] *), [data-testid="not-catalogued"]', { timeout: timeoutMs });
    return this;
  }

  async platformName(): Promise<string | null> {
    return this.page.$eval('[data-testid="platform-name"]', (el) => el.textContent?.trim() ?? '').catch(() => null);
  }

  /** Names of the listed equivalents in the order shown. */
  async equivalentNames(): Promise<string[]> {
    return this.page.$$eval('[data-testid="equivalent"]', (items) =>
      items.map((el) => el.querySelector('[data-testid="equivalent-name"]')?.textContent?.trim() ?? '<no equivalent-name>'),
    );
  }

  async isNotCatalogued(): Promise<boolean> {
    return (await this.page.$('[data-testid="not-catalogued"]')) !== null;
  }

  /** Waits for the equivalents list to stop growing (it may fill in after the heading). */
  async settledEquivalentNames(expectedCount: number): Promise<string[]> {
    return waitFor('the popup to list the equivalents', () => this.equivalentNames(), (names) => names.length >= expectedCount, { timeoutMs: 5_000 }).catch(
      () => this.equivalentNames(),
    );
  }

  async close(): Promise<void> {
    if (!this.page.isClosed()) await this.page.close().catch(() => {});
  }
}

export async function openPopup(t: E2E, tab: Page): Promise<PopupPage> {
  const { browser, extension } = t;
  await tab.bringToFront();
  if (t.name === 'firefox') {
    await clickToolbarButton(browser, extension.id);
    const page = await openExtensionPage(browser, 'firefox', extension.url('popup.html'), { background: true, behind: tab });
    return new PopupPage(t.track(page)).ready();
  }
  const installed = (await browser.extensions()).get(extension.id);
  if (!installed) throw new Error(`extension ${extension.id} is not installed`);
  const before = new Set<Target>(browser.targets());
  const popupUrl = extension.url('popup.html');
  const appeared = browser.waitForTarget((target) => !before.has(target) && target.url().startsWith(popupUrl), { timeout: 10_000 });
  await tab.triggerExtensionAction(installed);
  const target = await appeared;
  const page = await target.asPage();
  return new PopupPage(t.track(page)).ready();
}
