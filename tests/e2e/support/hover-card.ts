/**
 * Page object for China Lens's hover cards on a stand-in page: write the card settings as the
 * popup's store does, rest the pointer on a link or on a name in the text, and read the card
 * (which lives in an open shadow root under <china-lens-card>) as a person would see it.
 */
import assert from 'node:assert/strict';
import type { Page } from 'puppeteer-core';
import type { E2E } from './fixture';
import { sleep, waitFor } from './wait';

/** How long a test watches before it says "no card came": well past the delay and the answer. */
export const NO_CARD_WATCH_MS = 900;

export interface CardSettingsPatch {
  theme?: 'system' | 'light' | 'dark';
  language?: 'auto' | 'en' | 'zh-CN' | 'sv';
  cards?: Partial<{ enabled: boolean; delayMs: number; mentions: boolean; chip: boolean; sites: Partial<Record<'facebook' | 'x' | 'quora', boolean>> }>;
}

/** Writes the settings as the popup's store does ({ state, version } under "settings"). */
export async function setSettings(t: E2E, patch: CardSettingsPatch = {}): Promise<void> {
  const base = { enabled: true, delayMs: 60, mentions: true, chip: false, sites: { facebook: true, x: true, quora: true } };
  const state = {
    theme: patch.theme ?? 'light',
    language: patch.language ?? 'en',
    cards: { ...base, ...patch.cards, sites: { ...base.sites, ...patch.cards?.sites } },
  };
  await t.extension.probePage.evaluate(async (s) => {
    type Api = { storage: { local: { set(items: object): Promise<void> } } };
    const g = globalThis as unknown as { browser?: Api; chrome?: Api };
    await (g.browser ?? g.chrome)!.storage.local.set({ settings: { state: s, version: 1 } });
  }, state);
}

export async function open(t: E2E, [host, path]: readonly [Parameters<E2E['site']>[0], string], settings: CardSettingsPatch = {}): Promise<Page> {
  await setSettings(t, settings);
  const page = await t.openSite(t.site(host, path));
  await page.bringToFront();
  await page.waitForSelector('[data-outlet] *, body');
  await cardsStarted(t, page);
  return page;
}

/**
 * Cards start when the page is idle (their code is imported then), just before the page reports
 * its address; a pointer resting earlier gets nothing (as for a person), so a test that rested
 * then would prove nothing.
 */
export async function cardsStarted(t: E2E, page: Page): Promise<void> {
  const tabId = await t.extension.tabIdOf(page);
  await waitFor(
    'the page to report itself (cards started when it went idle)',
    () => t.extension.messagesFrom(tabId),
    (messages) => messages.some((m) => m.kind === 'type=pageDetected'),
    { timeoutMs: 10_000 },
  );
}

export interface CardState {
  hosts: number;
  cards: number;
  platform: string | null;
  title: string | null;
  visible: boolean;
  text: string;
  rect: { left: number; top: number; right: number; bottom: number } | null;
  viewport: { width: number; height: number };
}

export function readCard(page: Page): Promise<CardState> {
  return page.evaluate(() => {
    const hosts = document.querySelectorAll('china-lens-card');
    const root = hosts[0]?.shadowRoot ?? null;
    const cards = root ? root.querySelectorAll<HTMLElement>('.card') : [];
    const card = cards[0];
    const r = card?.getBoundingClientRect();
    return {
      hosts: hosts.length,
      cards: cards.length,
      platform: card?.dataset.platform ?? null,
      title: card?.querySelector('h2')?.textContent ?? null,
      visible: !!card && card.style.visibility !== 'hidden' && !!r && r.width > 0,
      text: card?.textContent ?? '',
      rect: r ? { left: r.left, top: r.top, right: r.right, bottom: r.bottom } : null,
      viewport: { width: document.documentElement.clientWidth, height: document.documentElement.clientHeight },
    };
  });
}

export async function expectCard(page: Page, platformId: string, why: string): Promise<CardState> {
  const state = await waitFor(`the ${platformId} card (${why})`, () => readCard(page), (s) => s.platform === platformId && s.visible, { timeoutMs: 8_000 });
  assert.equal(state.cards, 1, `one card at a time (${why})`);
  assert.equal(state.hosts, 1, `one host element (${why})`);
  return state;
}

export async function expectNoCardAfterRest(page: Page, why: string): Promise<void> {
  await sleep(NO_CARD_WATCH_MS);
  const state = await readCard(page);
  assert.equal(state.cards, 0, `no card expected (${why}), saw ${state.platform}`);
}

/**
 * Where the pointer should rest: the middle of `text` inside the element (a name in a sentence),
 * or the middle of the element's first box (a link).
 */
export async function pointOf(page: Page, selector: string, text?: string): Promise<{ x: number; y: number }> {
  const point = await page.evaluate(
    (sel, txt) => {
      const el = document.querySelector(sel);
      if (!el) return null;
      el.scrollIntoView({ block: 'center' });
      if (!txt) {
        const r = el.getClientRects()[0] ?? el.getBoundingClientRect();
        return { x: r.left + Math.min(r.width / 2, 30), y: r.top + r.height / 2 };
      }
      const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const at = (n as Text).data.indexOf(txt);
        if (at === -1) continue;
        const range = document.createRange();
        const mid = at + Math.floor(txt.length / 2);
        range.setStart(n, mid);
        range.setEnd(n, mid + 1);
        const r = range.getClientRects()[0]!;
        return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
      }
      return null;
    },
    selector,
    text ?? null,
  );
  if (!point) throw new Error(`nothing to point at: ${selector}${text ? ` "${text}"` : ''}`);
  return point;
}

/**
 * Moves the pointer straight onto the target and leaves it there. One move: with the short delays
 * the tests use, a pointer stepping across the page would rest on whatever lies on its way.
 */
export async function rest(page: Page, selector: string, text?: string): Promise<void> {
  const { x, y } = await pointOf(page, selector, text);
  await page.mouse.move(x, y);
}

/**
 * Somewhere on the page with nothing under it: near the bottom-right corner of the page's own
 * area. Not on the scrollbar (innerWidth counts it; Firefox sends a page no pointer events from
 * there, so a card would never learn the pointer left), and each move goes straight there: a
 * pointer stepped across the page, with the short delays tests use, rests on whatever lies on its
 * way. Two moves, so that the pointer really moves even when it is already there.
 */
export async function restOnNothing(page: Page): Promise<void> {
  const spots = await page.evaluate(() => {
    const w = document.documentElement.clientWidth;
    const h = document.documentElement.clientHeight;
    const points = [
      { x: w - 20, y: h - 20 },
      { x: w - 12, y: h - 12 },
    ];
    // A link, or a word, under the spot would get a card of its own: say so rather than flake.
    return points.map(({ x, y }) => {
      const el = document.elementFromPoint(x, y);
      const link = el?.closest('a');
      const text = [...(el?.childNodes ?? [])].some((n) => {
        if (n.nodeType !== Node.TEXT_NODE || !n.textContent?.trim()) return false;
        const range = document.createRange();
        range.selectNodeContents(n);
        return [...range.getClientRects()].some((r) => x >= r.left && x <= r.right && y >= r.top && y <= r.bottom);
      });
      return { x, y, taken: link ? `a link (${link.href})` : text ? `text in <${el!.localName}>` : null };
    });
  });
  for (const { x, y, taken } of spots) {
    if (taken) throw new Error(`restOnNothing: (${x}, ${y}) is not empty, it lies on ${taken}; the stand-in page needs an empty corner`);
    await page.mouse.move(x, y);
  }
}

/**
 * Moves the pointer off to an empty spot: the open card, if any, closes and uncovers what lies
 * under it, and the next rest is a real move (a pointer that does not move is no new intent).
 */
export async function leaveCard(page: Page): Promise<void> {
  await restOnNothing(page);
  await waitFor('the open card to close when the pointer leaves', () => readCard(page), (s) => s.cards === 0, { timeoutMs: 4_000 });
}

export async function hoverExpect(page: Page, selector: string, text: string | undefined, platformId: string): Promise<CardState> {
  await leaveCard(page);
  await rest(page, selector, text);
  return expectCard(page, platformId, `${selector}${text ? ` "${text}"` : ''}`);
}

export async function hoverExpectNone(page: Page, selector: string, text: string | undefined, why: string): Promise<void> {
  await leaveCard(page);
  await rest(page, selector, text);
  await expectNoCardAfterRest(page, why);
}

/** The page's DOM without China Lens's host, as markup. */
export function pageDom(page: Page): Promise<string> {
  return page.evaluate(() => {
    const copy = document.documentElement.cloneNode(true) as HTMLElement;
    copy.querySelectorAll('china-lens-card').forEach((e) => e.remove());
    return copy.outerHTML;
  });
}
