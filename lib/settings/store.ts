/**
 * The settings store (Zustand), persisted in browser.storage.local so every context — popup,
 * catalogue page, content scripts in open tabs — sees a change at once through storage events.
 */
import { browser } from 'wxt/browser';
import { create } from 'zustand';
import { persist, type PersistStorage, type StorageValue } from 'zustand/middleware';
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
   * What is stored, upgraded and validated (./schema.ts). The schema, and Zod with it, loads
   * beside the storage read rather than in the page's first script: the popup's first paint
   * waits for neither.
   */
  async getItem(name) {
    const [stored, { migrateSettings }] = await Promise.all([browser.storage.local.get(name), import('./schema')]);
    const value = stored[name] as Partial<StorageValue<unknown>> | undefined;
    if (typeof value !== 'object' || value === null) return null;
    return { state: migrateSettings(value.state, value.version ?? SETTINGS_VERSION), version: SETTINGS_VERSION };
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
