import { createCardLayer } from '@/lib/content/cards/card-layer';
import { CARD_UI_GLOBAL } from '@/lib/content/cards/card-ui-file';
import type { CardUi } from '@/lib/content/cards/card-ui-loader';

// The hover card's drawing code, imported by the content script on the first card
// (lib/content/cards/card-ui-loader.ts explains why it is a separate file).
export default defineUnlistedScript(() => {
  const api: CardUi = { createCardLayer };
  (globalThis as Record<string, unknown>)[CARD_UI_GLOBAL] = api;
});
