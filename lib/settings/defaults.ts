/**
 * Settings defaults and storage key, with no Zod import: the content script reads settings too
 * and must stay light. The Zod schema in ./schema.ts validates the same shape everywhere else.
 */
export const SETTINGS_STORAGE_KEY = 'settings';
export const SETTINGS_VERSION = 1;

/** Sites where hover cards can run; ids are catalogue platform ids. */
export const CARD_SITES = ['facebook', 'x', 'quora'] as const;
export type CardSite = (typeof CARD_SITES)[number];

export const DEFAULT_SETTINGS = {
  theme: 'system' as 'system' | 'light' | 'dark',
  language: 'auto' as 'auto' | 'en' | 'zh-CN' | 'sv',
  cards: {
    enabled: true,
    delayMs: 300,
    mentions: true,
    chip: false,
    sites: { facebook: true, x: true, quora: true } as Record<CardSite, boolean>,
  },
};
