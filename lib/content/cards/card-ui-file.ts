/** Where the card's drawing code is built (entrypoints/card-ui.ts) and how it hands itself over. */
export const CARD_UI_FILE = '/card-ui.js';
export const CARD_UI_GLOBAL = '__chinaLensCardUi';
