/** The browser's UI language, which the "auto" language setting follows. */
import { browser } from 'wxt/browser';

export function browserLanguage(): string | undefined {
  try {
    return browser.i18n.getUILanguage();
  } catch {
    // Outside an extension page (component tests) there is no browser.i18n.
    return globalThis.navigator?.language;
  }
}
