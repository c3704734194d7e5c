/**
 * The popup's first reads, started by a small classic script (entrypoints/popup-start.ts) that
 * runs while the HTML is parsed — before the module script with React and Dexie has been fetched
 * and evaluated. The page's address and the rows arrive while that code starts, so the first
 * render can show the answer at once. The database opens while the address is asked for; on a
 * catalogued site only the platform and its counterparts are then read. The module script picks them up with takePopupPrefetch().
 *
 * With the rows and the settings (language and theme) in, the start script draws the answer
 * itself in plain DOM (./first-answer-dom.ts) while React is still starting; React then renders
 * over it with the same markup.
 */
import { hostIndex } from 'virtual:china-lens/host-index';
import { browser } from 'wxt/browser';
import { readCardSettings } from '../content/cards/card-settings';
import { detectPlatform } from '../detect/detect-platform';
import { browserLanguage } from '../i18n/browser-language';
import { resolveLocale } from '../i18n/locales';
import { pageTranslator, registerPageMessages } from '../i18n/page-messages';
import { SETTINGS_STORAGE_KEY } from '../settings/defaults';
import { appliedTheme } from '../settings/theme';
import { activeTabUrl } from '../ui/active-tab';
import { markAnswerShown } from './answer-mark';
import { drawFirstAnswer } from './first-answer-dom';
import { readFirstRows, type FirstRows } from './first-rows';
import { POPUP_DICTIONARIES } from './popup-messages';

export interface PopupPrefetch {
  url: Promise<string | undefined>;
  /** undefined when there is no seeded database yet, or plain IndexedDB failed. */
  rows: Promise<FirstRows | undefined>;
}

const GLOBAL = '__chinaLensPopupPrefetch';
type WithPrefetch = typeof globalThis & { [GLOBAL]?: PopupPrefetch };

/**
 * The answer in plain DOM, in the chosen language and theme (set on <html> as the React view's
 * useTranslation and useAppliedTheme set them, so React changes nothing when it takes over).
 * Anything missing or failing draws nothing: React shows the popup as before.
 */
async function drawWhenReady(platformId: Promise<string | null>, rows: Promise<FirstRows | undefined>): Promise<void> {
  const [id, first, stored] = await Promise.all([
    platformId,
    rows,
    browser.storage.local.get(SETTINGS_STORAGE_KEY).then((r) => readCardSettings(r[SETTINGS_STORAGE_KEY])),
  ]);
  if (!id || !first) return;
  if (document.readyState === 'loading') await new Promise((resolve) => document.addEventListener('DOMContentLoaded', resolve, { once: true }));
  const root = document.getElementById('root');
  if (!root) return;
  const locale = resolveLocale(stored.language, browserLanguage());
  registerPageMessages(...POPUP_DICTIONARIES);
  const html = document.documentElement;
  html.lang = locale;
  html.dataset.theme = appliedTheme(stored.theme);
  const t = pageTranslator(locale);
  if (!drawFirstAnswer(root, { platformId: id, platforms: first.platforms, pins: first.pins, t })) return;
  document.title = t('popup.title');
  markAnswerShown();
}

export function startPopupPrefetch(): PopupPrefetch {
  const url = activeTabUrl().catch(() => undefined);
  const platformId = url.then((u) => (u ? (detectPlatform(u, hostIndex)?.platformId ?? null) : null));
  const prefetch: PopupPrefetch = {
    url,
    rows: readFirstRows(platformId).catch(() => undefined),
  };
  (globalThis as WithPrefetch)[GLOBAL] = prefetch;
  drawWhenReady(platformId, prefetch.rows).catch((e: unknown) => console.warn('China Lens could not draw the first answer early', e));
  return prefetch;
}

/** What the start script began, once; undefined if it did not run (then the page reads itself). */
export function takePopupPrefetch(): PopupPrefetch | undefined {
  const g = globalThis as WithPrefetch;
  const prefetch = g[GLOBAL];
  delete g[GLOBAL];
  return prefetch;
}
