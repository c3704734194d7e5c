/**
 * The settings store (Zustand), persisted in browser.storage.local so every context — popup,
 * catalogue page, content scripts in open tabs — sees a change at once through storage events.
 */
import { browser } from 'wxt/browser';
import { create } from 'zustand';
import { persist, type PersistStorage } from 'zustand/middleware';
import { readCardSettings } from '../content/cards/card-settings';
import { DEFAULT_SETTINGS, SETTINGS_STORAGE_KEY, SETTINGS_VERSION, type CardSite } from './defaults';
import type { Settings } from './schema';

export interface SettingsActions {
  setTheme: (theme: Settings['theme']) => void;
  setLanguage: (language: Settings['language']) => void;
  setCards: (patch: Partial<Omit<Settings['cards'], 'sites'>>) => void;
  setCardSite: (site: CardSite, on: boolean) => void;
  reset: () => void;
}

const extensionStorage: PersistStorage<Settings> = {
  /**
   * What is stored, upgraded and validated field by field without Zod: the reader the content
   * script uses, which a property test holds equal to ./schema.ts migrateSettings for any stored
   * value. The popup's first paint waits for this read, and Zod would weigh on it.
   */
  async getItem(name) {
    const value: unknown = (await browser.storage.local.get(name))[name];
    if (typeof value !== 'object' || value === null) return null;
    return { state: readCardSettings(value), version: SETTINGS_VERSION };
  },
  async setItem(name, value) {
    await browser.storage.local.set({ [name]: value });
  },
  async removeItem(name) {
    await browser.storage.local.remove(name);
  },
};

export const useSettings = create<Settings & SettingsActions>()(
  persist(
    (set) => ({
      ...DEFAULT_SETTINGS,
      setTheme: (theme) => set({ theme }),
      setLanguage: (language) => set({ language }),
      setCards: (patch) => set((s) => ({ cards: { ...s.cards, ...patch } })),
      setCardSite: (site, on) => set((s) => ({ cards: { ...s.cards, sites: { ...s.cards.sites, [site]: on } } })),
      reset: () => set({ ...DEFAULT_SETTINGS }),
    }),
    {
      name: SETTINGS_STORAGE_KEY,
      version: SETTINGS_VERSION,
      storage: extensionStorage,
      partialize: ({ theme, language, cards }) => ({ theme, language, cards }),
      // getItem has already upgraded and validated the stored state.
      merge: (persisted, current) => ({ ...current, ...(persisted as Settings) }),
    },
  ),
);

/** Keeps this context's store in step with changes made in another context. */
export function followSettingsChanges(): () => void {
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area === 'local' && SETTINGS_STORAGE_KEY in changes) void useSettings.persist.rehydrate();
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
