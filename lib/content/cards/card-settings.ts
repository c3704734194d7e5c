/**
 * The settings a content script needs, read from browser.storage.local without Zod (which would
 * weigh more than everything else the page loads). Field by field it gives what
 * lib/settings/schema.ts parseSettings gives — a unit test holds the two together.
 */
import { CARD_SITES, DEFAULT_SETTINGS, type CardSite } from '../../settings/defaults';

export type CardSettings = typeof DEFAULT_SETTINGS;

const THEMES: readonly string[] = ['system', 'light', 'dark'];
const LANGUAGES: readonly string[] = ['auto', 'en', 'zh-CN', 'sv'];

/** @param stored the value under the 'settings' key: { state, version } as the store persists it */
export function readCardSettings(stored: unknown): CardSettings {
  const { state: rawState, version } = record(stored);
  const state = record(rawState);
  // Version 0 kept a flat `hoverCards` switch (lib/settings/schema.ts MIGRATIONS[0]); the store
  // rewrites it in the current shape on its next write.
  const v0 = !(typeof version === 'number' && version >= 1) && typeof state.hoverCards === 'boolean';
  const cards = v0 ? { enabled: state.hoverCards } : record(state.cards);
  const sites = record(cards.sites);
  const d = DEFAULT_SETTINGS;
  return {
    theme: THEMES.includes(state.theme as string) ? (state.theme as CardSettings['theme']) : d.theme,
    language: LANGUAGES.includes(state.language as string) ? (state.language as CardSettings['language']) : d.language,
    cards: {
      enabled: bool(cards.enabled, d.cards.enabled),
      delayMs: Number.isInteger(cards.delayMs) && (cards.delayMs as number) >= 0 && (cards.delayMs as number) <= 2000 ? (cards.delayMs as number) : d.cards.delayMs,
      mentions: bool(cards.mentions, d.cards.mentions),
      chip: bool(cards.chip, d.cards.chip),
      sites: Object.fromEntries(CARD_SITES.map((s) => [s, bool(sites[s], true)])) as Record<CardSite, boolean>,
    },
  };
}

/** Hover cards run on this site only when switched on globally and for the site. */
export function cardsOn(settings: CardSettings, site: CardSite): boolean {
  return settings.cards.enabled && settings.cards.sites[site];
}

/** The catalogue id of a page's platform, when hover cards may run there. */
export function cardSiteOf(platformId: string | null | undefined): CardSite | null {
  return (CARD_SITES as readonly string[]).includes(platformId ?? '') ? (platformId as CardSite) : null;
}

function record(value: unknown): Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
}

function bool(value: unknown, fallback: boolean): boolean {
  return typeof value === 'boolean' ? value : fallback;
}
