import { CARDS_GLOBAL } from '@/lib/content/cards/cards-file';
import type { Cards } from '@/lib/content/cards/cards-loader';
import { startCards } from '@/lib/content/cards/start-cards';

// Hover cards' code, imported by the content script when a Facebook, X or Quora page is idle
// (lib/content/cards/cards-loader.ts explains why it is a separate file).
export default defineUnlistedScript(() => {
  const api: Cards = { startCards };
  (globalThis as Record<string, unknown>)[CARDS_GLOBAL] = api;
});
