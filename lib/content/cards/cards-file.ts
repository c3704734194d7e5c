/** Where hover cards' code is built (entrypoints/cards.ts) and how it hands itself over. */
export const CARDS_FILE = '/cards.js';
export const CARDS_GLOBAL = '__chinaLensCards';
