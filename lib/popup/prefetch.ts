/**
 * The popup's first reads, started by a small classic script (entrypoints/popup-start.ts) that
 * runs while the HTML is parsed — before the module script with React and Dexie has been fetched
 * and evaluated. The page's address and the rows arrive while that code starts, so the first
 * render can show the answer at once. The database opens while the address is asked for; on a
 * catalogued site only the platform and its counterparts are then read. The module script picks them up with takePopupPrefetch().
 */
import { hostIndex } from 'virtual:china-lens/host-index';
import { detectPlatform } from '../detect/detect-platform';
import { activeTabUrl } from '../ui/active-tab';
import { readFirstRows, type FirstRows } from './first-rows';

export interface PopupPrefetch {
  url: Promise<string | undefined>;
  /** undefined when there is no seeded database yet, or plain IndexedDB failed. */
  rows: Promise<FirstRows | undefined>;
}

const GLOBAL = '__chinaLensPopupPrefetch';
type WithPrefetch = typeof globalThis & { [GLOBAL]?: PopupPrefetch };

export function startPopupPrefetch(): PopupPrefetch {
  const url = activeTabUrl().catch(() => undefined);
  const prefetch: PopupPrefetch = {
    url,
    rows: readFirstRows(url.then((u) => (u ? (detectPlatform(u, hostIndex)?.platformId ?? null) : null))).catch(() => undefined),
  };
  (globalThis as WithPrefetch)[GLOBAL] = prefetch;
  return prefetch;
}

/** What the start script began, once; undefined if it did not run (then the page reads itself). */
export function takePopupPrefetch(): PopupPrefetch | undefined {
  const g = globalThis as WithPrefetch;
  const prefetch = g[GLOBAL];
  delete g[GLOBAL];
  return prefetch;
}
