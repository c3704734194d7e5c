/**
 * Settings as stored in browser.storage.local under SETTINGS_STORAGE_KEY, as
 * { state: Settings, version }. Older shapes are upgraded by numbered migrations (see migrate).
 * Zod Mini (the same schemas, tree-shaken): the popup reads settings before its first paint, and
 * classic Zod would add some 70 KB of script to that path.
 */
import { z } from 'zod/mini';
import { LOCALES } from '../i18n/locales';
import { CARD_SITES, DEFAULT_SETTINGS, SETTINGS_VERSION } from './defaults';

z.config({ jitless: true });

const d = DEFAULT_SETTINGS;
export const settingsSchema = z.object({
  theme: z.catch(z.enum(['system', 'light', 'dark']), d.theme),
  language: z.catch(z.enum(['auto', ...LOCALES]), d.language),
  cards: z.catch(
    z.object({
      enabled: z.catch(z.boolean(), d.cards.enabled),
      delayMs: z.catch(z.number().check(z.int(), z.minimum(0), z.maximum(2000)), d.cards.delayMs),
      mentions: z.catch(z.boolean(), d.cards.mentions),
      chip: z.catch(z.boolean(), d.cards.chip),
      sites: z.catch(
        z.object(Object.fromEntries(CARD_SITES.map((s) => [s, z.catch(z.boolean(), true)])) as Record<(typeof CARD_SITES)[number], z.ZodMiniCatch<z.ZodMiniBoolean>>),
        d.cards.sites,
      ),
    }),
    d.cards,
  ),
});
export type Settings = z.infer<typeof settingsSchema>;

/** Anything read from storage becomes valid settings: unknown or broken fields fall back to defaults. */
export function parseSettings(value: unknown): Settings {
  const base = typeof value === 'object' && value !== null ? value : {};
  return settingsSchema.parse({ ...DEFAULT_SETTINGS, ...base, cards: { ...DEFAULT_SETTINGS.cards, ...((base as { cards?: object }).cards ?? {}) } });
}

/**
 * Numbered migrations: MIGRATIONS[n] turns a version-n state into version n+1. Version 0 is the
 * shape before settings were versioned (a flat object with `hoverCards: boolean`).
 */
export const MIGRATIONS: Record<number, (state: Record<string, unknown>) => Record<string, unknown>> = {
  0: (old) => {
    const { hoverCards, ...rest } = old;
    return typeof hoverCards === 'boolean' ? { ...rest, cards: { ...DEFAULT_SETTINGS.cards, enabled: hoverCards } } : rest;
  },
};

export function migrateSettings(state: unknown, fromVersion: number): Settings {
  let current = (typeof state === 'object' && state !== null ? state : {}) as Record<string, unknown>;
  for (let v = fromVersion; v < SETTINGS_VERSION; v++) current = MIGRATIONS[v]?.(current) ?? current;
  return parseSettings(current);
}
