/**
 * Hover cards' code (start-cards.ts and what it pulls in: hover-cards, the host and mention
 * indexes, the settings reader, messaging) is a separate file, /cards.js, that the content script
 * imports when a Facebook, X or Quora page is idle. The script every catalogued page loads at
 * start then only decides whether this is such a page. Like /card-ui.js (card-ui-loader.ts), the
 * import runs in the content script's isolated world and the file hands its API over on that
 * world's global object, which the page cannot see.
 */
import { browser } from 'wxt/browser';
import { CARDS_FILE, CARDS_GLOBAL } from './cards-file';
import type { startCards } from './start-cards';

export interface Cards {
  startCards: typeof startCards;
}

/** Rejects, never throws, when the file cannot be had (the extension was updated or removed underneath the page). */
export async function loadCards(): Promise<Cards> {
  await import(/* @vite-ignore */ (browser.runtime.getURL as (path: string) => string)(CARDS_FILE));
  const cards = (globalThis as Record<string, unknown>)[CARDS_GLOBAL] as Cards | undefined;
  if (!cards) throw new Error(`${CARDS_FILE} loaded without its API`);
  return cards;
}
