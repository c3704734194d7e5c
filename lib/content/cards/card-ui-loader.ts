/**
 * The card's drawing code (DOM, CSS, Floating UI: card-layer.ts and what it imports) is a separate
 * file, /card-ui.js, fetched from the extension the first time a card or the chip is needed. So
 * the script every Facebook, X and Quora page loads at start carries only what decides whether
 * there is anything to show. A dynamic import() from a content script runs in the content
 * script's own isolated world; the file hands its API over on that world's global object, which
 * the page cannot see.
 */
import { browser } from 'wxt/browser';
import type { createCardLayer } from './card-layer';
import { CARD_UI_FILE, CARD_UI_GLOBAL } from './card-ui-file';

export interface CardUi {
  createCardLayer: typeof createCardLayer;
}

let loading: Promise<CardUi> | null = null;

export function loadCardUi(): Promise<CardUi> {
  loading ??= import(/* @vite-ignore */ (browser.runtime.getURL as (path: string) => string)(CARD_UI_FILE)).then(() => {
    const ui = (globalThis as Record<string, unknown>)[CARD_UI_GLOBAL] as CardUi | undefined;
    if (!ui) throw new Error(`${CARD_UI_FILE} loaded without its API`);
    return ui;
  });
  // A failed load (extension updated underneath) may be retried by the next card.
  loading.catch(() => (loading = null));
  return loading;
}
