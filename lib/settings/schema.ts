/**
 * Settings as stored in browser.storage.local under SETTINGS_STORAGE_KEY, as
 * { state: Settings, version }. Older shapes are upgraded by numbered migrations (see migrate).
 */
import { z } from 'zod';
import { LOCALES } from '../i18n/locales';
import { CARD_SITES, DEFAULT_SETTINGS, SETTINGS_VERSION } from './defaults';

z.config({ jitless: true });

const d = DEFAULT_SETTINGS;
export const settingsSchema = z.object({
  theme: z.enum(['system', 'light', 'dark']).catch(d.theme),
  language: z.enum(['auto', ...LOCALES]).catch(d.language),
  cards: z
    .object({
      enabled: z.boolean().catch(d.cards.enabled),
      delayMs: z.number().int().min(0).max(2000).catch(d.cards.delayMs),
      mentions: z.boolean().catch(d.cards.mentions),
      chip: z.boolean().catch(d.cards.chip),
      sites: z
        .object(Object.fromEntries(CARD_SITES.map((s) => [s, z.boolean().catch(true)])) as Record<(typeof CARD_SITES)[number], z.ZodCatch<z.ZodBoolean>>)
        .catch(d.cards.sites),
    })
    .catch(d.cards),
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
