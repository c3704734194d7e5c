/**
 * A translator in the language the settings ask for, for text the background shows (menu items,
 * address-bar suggestions). Read straight from storage: the background keeps no settings store.
 */
import { browser } from 'wxt/browser';
import { browserLanguage } from '../i18n/browser-language';
import { resolveLocale, type Locale } from '../i18n/locales';
import { createTranslator, type Translate } from '../i18n/translate';
import { SETTINGS_STORAGE_KEY } from '../settings/defaults';
import { parseSettings } from '../settings/schema';

export async function settingsLocale(): Promise<Locale> {
  const stored = (await browser.storage.local.get(SETTINGS_STORAGE_KEY))[SETTINGS_STORAGE_KEY] as { state?: unknown } | undefined;
  return resolveLocale(parseSettings(stored?.state).language, browserLanguage());
}

export async function settingsTranslator(): Promise<Translate> {
  return createTranslator(await settingsLocale());
}

/** Calls back when the language setting may have changed (any write of the settings key). */
export function onSettingsChanged(callback: () => void): () => void {
  const listener = (changes: Record<string, unknown>, area: string) => {
    if (area === 'local' && SETTINGS_STORAGE_KEY in changes) callback();
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
