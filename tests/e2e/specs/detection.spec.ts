/**
 * The spine: the content script recognises a catalogued site, the background marks that tab's
 * toolbar button, in-app navigation keeps (and does not multiply) the detection, uncatalogued
 * pages stay unmarked, and the popup shows the tab's platform and its equivalents.
 */
import assert from 'node:assert/strict';
import type { Page } from 'puppeteer-core';
import { expectedFor, type Expected } from '../support/catalogue';
import type { ObservedMessage } from '../support/extension';
import { test, type E2E } from '../support/fixture';
import { openPopup } from '../support/popup';
import { sleep, waitFor } from '../support/wait';

/**
 * How long to keep watching after the last change before counting messages. The content script
 * may learn of a pushState through WXT's location watcher, which polls once a second.
 */
const SETTLE_MS = 1_100;

async function expectMarked(t: E2E, tabId: number, exp: Expected, when: string) {
  const badge = await waitFor(`the badge of the tab ${when} to read "${exp.badge}"`, () => t.extension.badgeText(tabId), (b) => b === exp.badge);
  assert.equal(badge, exp.badge);
  const title = await waitFor(`the title of the tab ${when}`, () => t.extension.title(tabId), (s) => s === exp.title);
  assert.equal(title, exp.title);
}

async function expectUnmarked(t: E2E, tabId: number, when: string) {
  const defaultTitle = await t.extension.title();
  await waitFor(`the badge of the tab ${when} to be empty`, () => t.extension.badgeText(tabId), (b) => b === '');
  await waitFor(`the title of the tab ${when} to be the default "${defaultTitle}"`, () => t.extension.title(tabId), (s) => s === defaultTitle);
}

/** The brief's facts about X and Facebook must hold in the catalogue, or the checks below prove little. */
function expectedX(url: string): Expected {
  const exp = expectedFor(url);
  assert.match(exp.platformName, /^X\b/, `x.com should be X in the catalogue, got "${exp.platformName}"`);
  assert.ok(exp.equivalents.includes('Weibo'), `X's equivalents should include Weibo, got ${JSON.stringify(exp.equivalents)}`);
  return exp;
}

function expectedFacebook(url: string): Expected {
  const exp = expectedFor(url);
  assert.equal(exp.platformName, 'Facebook');
  assert.ok(exp.equivalents.length > 0, 'Facebook should have equivalents in the catalogue');
  return exp;
}

function countByKind(messages: ObservedMessage[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const m of messages) counts.set(m.kind, (counts.get(m.kind) ?? 0) + 1);
  return counts;
}

/** Moves within the single-page app and proves the page handled it (same document, new path). */
async function navigateInApp(page: Page, how: string, act: () => Promise<unknown>, path: string) {
  await page.evaluate(() => {
    (window as unknown as { __e2eSameDocument?: boolean }).__e2eSameDocument = true;
  });
  await act();
  await page.waitForFunction((p) => location.pathname === p, { polling: 50, timeout: 5_000 }, path);
  const sameDocument = await page.evaluate(() => (window as unknown as { __e2eSameDocument?: boolean }).__e2eSameDocument === true);
  assert.ok(sameDocument, `${how} reloaded the page; the stand-in should have handled it in the page`);
}

export const tests = [
  test('x.com: the tab’s badge and title name X and Weibo', async (t) => {
    const url = t.site('x.com', '/home');
    const exp = expectedX(url);
    const page = await t.openSite(url);
    const tabId = await t.extension.tabIdOf(page);
    await expectMarked(t, tabId, exp, 'on x.com');
    assert.ok((await t.extension.title(tabId)).includes('Weibo'));
    // For that tab only: the button's global state stays untouched.
    assert.equal(await t.extension.badgeText(), '', 'the badge was set for every tab, not only this one');
  }),

  test('www.facebook.com: the tab’s badge and title name Facebook and its equivalents', async (t) => {
    const url = t.site('www.facebook.com', '/');
    const exp = expectedFacebook(url);
    const page = await t.openSite(url);
    const tabId = await t.extension.tabIdOf(page);
    await expectMarked(t, tabId, exp, 'on www.facebook.com');
  }),

  test('facebook.com redirects to www.facebook.com, which is detected', async (t) => {
    const page = await t.openSite(t.site('facebook.com', '/marketplace/'));
    assert.equal(page.url(), 'https://www.facebook.com/marketplace/');
    const exp = expectedFacebook(page.url());
    await expectMarked(t, await t.extension.tabIdOf(page), exp, 'after the redirect');
  }),

  test('in-app navigation (pushState) keeps the detection and sends one per URL change', async (t) => {
    const url = t.site('x.com', '/home');
    const exp = expectedX(url);
    const page = await t.openSite(url);
    const tabId = await t.extension.tabIdOf(page);
    await expectMarked(t, tabId, exp, 'on load');
    await waitFor('a message from the content script', () => t.extension.messagesFrom(tabId), (m) => m.length > 0);
    await sleep(SETTLE_MS);
    const counts = [countByKind(await t.extension.messagesFrom(tabId))];

    // Two link clicks (pushState) and a Back (popstate): three URL changes within one document.
    const steps: [how: string, act: () => Promise<unknown>, path: string][] = [
      ['clicking Explore', () => page.click('[data-testid="AppTabBar_Explore_Link"]'), '/explore'],
      ['clicking Profile', () => page.click('[data-testid="AppTabBar_Profile_Link"]'), '/ChinaLensDemo'],
      ['going back', () => page.evaluate(() => history.back()), '/explore'],
    ];
    for (const [how, act, path] of steps) {
      await navigateInApp(page, how, act, path);
      const before = counts.at(-1)!;
      const total = (m: Map<string, number>) => [...m.values()].reduce((a, b) => a + b, 0);
      await waitFor(`a message from the content script after moving to ${path}`, () => t.extension.messagesFrom(tabId), (m) => m.length > total(before)).catch(() => {
        throw new Error(`no message reached the extension after the in-app move to ${path}: the content script did not notice the URL change`);
      });
      await sleep(SETTLE_MS);
      counts.push(countByKind(await t.extension.messagesFrom(tabId)));
      await expectMarked(t, tabId, exp, `after ${how} (to ${path})`);
    }

    // Per kind of message: how many each URL change added. A detection kind adds exactly one per
    // change; a listener registered again on every change would add 1, 2, 3, ...
    const kinds = [...new Set(counts.flatMap((c) => [...c.keys()]))];
    const deltas = Object.fromEntries(kinds.map((k) => [k, counts.slice(1).map((c, i) => (c.get(k) ?? 0) - (counts[i]!.get(k) ?? 0))]));
    t.note(`messages per kind on load: ${JSON.stringify(Object.fromEntries(counts[0]!))}; added per URL change: ${JSON.stringify(deltas)}`);
    const detectionKinds = kinds.filter((k) => deltas[k]!.every((d) => d > 0));
    assert.ok(detectionKinds.length > 0, `no kind of message came once per URL change: ${JSON.stringify(deltas)}`);
    for (const k of kinds) {
      assert.ok(
        deltas[k]!.every((d) => d <= 1),
        `"${k}" arrived more than once for a single URL change (${JSON.stringify(deltas[k])}): the detection is duplicated`,
      );
    }
    for (const k of detectionKinds) assert.equal(counts[0]!.get(k), 1, `"${k}" was sent ${counts[0]!.get(k)} times for the first load`);
  }),

  test('example.org (uncatalogued): no badge and the default title', async (t) => {
    const page = await t.openSite(t.site('example.org', '/'));
    const tabId = await t.extension.tabIdOf(page);
    await sleep(500); // time for a wrong mark to show up
    await expectUnmarked(t, tabId, 'on example.org');
  }),

  test('leaving x.com for an uncatalogued page clears the badge and title', async (t) => {
    const url = t.site('x.com', '/explore');
    const page = await t.openSite(url);
    const tabId = await t.extension.tabIdOf(page);
    await expectMarked(t, tabId, expectedX(url), 'on x.com');
    await page.goto(t.site('example.org', '/'), { waitUntil: 'load' });
    await expectUnmarked(t, tabId, 'after leaving for example.org');
  }),

  test('popup shows the tab’s platform and its equivalents, best first', async (t) => {
    const url = t.site('x.com', '/home');
    const exp = expectedX(url);
    const page = await t.openSite(url);
    await expectMarked(t, await t.extension.tabIdOf(page), exp, 'before opening the popup');
    const popup = await openPopup(t, page);
    assert.equal(await popup.platformName(), exp.platformName);
    assert.deepEqual(await popup.settledEquivalentNames(exp.equivalents.length), exp.equivalents);
  }),

  test('popup says an uncatalogued page is not catalogued', async (t) => {
    const page = await t.openSite(t.site('example.org', '/'));
    const popup = await openPopup(t, page);
    assert.ok(await popup.isNotCatalogued(), 'expected [data-testid="not-catalogued"]');
    assert.equal(await popup.platformName(), null);
  }),
];
