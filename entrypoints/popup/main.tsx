import { createRoot } from 'react-dom/client';
import { browser } from 'wxt/browser';
import { hostIndex } from 'virtual:china-lens/host-index';
import { loadFirstData, type FirstData } from '@/components/popup/first-data';
import { PopupApp } from '@/components/popup/PopupApp';
import { registerPageMessages } from '@/lib/i18n/page-messages';
import { catalogueEntryPath } from '@/lib/popup/catalogue-link';
import { lazyPageDatabase } from '@/lib/popup/lazy-db';
import { POPUP_DICTIONARIES } from '@/lib/popup/popup-messages';
import { takePopupPrefetch } from '@/lib/popup/prefetch';
import { detectPlatform } from '@/lib/detect/detect-platform';
import { followSettingsChanges, useSettings } from '@/lib/settings/store';
import { activeTabUrl } from '@/lib/ui/active-tab';

registerPageMessages(...POPUP_DICTIONARIES);

const detect = (url: string) => detectPlatform(url, hostIndex)?.platformId ?? null;
const catalogueHref = (id: string) => browser.runtime.getURL(catalogueEntryPath(id) as '/catalogue.html');
// Dexie loads after the first paint, with the live queries (lib/popup/lazy-db.ts).
const db = lazyPageDatabase();

// The page's address and the rows, read while settings load and React starts — begun by
// popup-start.js before this module even loaded (lib/popup/prefetch.ts) — and render once both
// are in: the popup then opens on the answer, in the chosen theme and language. Without a seeded
// database yet (or without the start script) Dexie reads them. If either never answers, render
// anyway (the app shows its loading state) rather than stay blank.
const prefetch = takePopupPrefetch();
const first: Promise<FirstData> = prefetch
  ? Promise.all([prefetch.url, prefetch.rows]).then(([url, rows]) => (rows ? { url, ...rows } : loadFirstData(db, () => Promise.resolve(url))))
  : loadFirstData(db, activeTabUrl);
const hydrated = new Promise<void>((resolve) => {
  if (useSettings.persist.hasHydrated()) resolve();
  else useSettings.persist.onFinishHydration(() => resolve());
});
const GIVE_UP_MS = 400;
const ready = Promise.race([
  Promise.all([hydrated, first.catch(() => undefined)]).then(([, data]) => data),
  new Promise<undefined>((resolve) => setTimeout(resolve, GIVE_UP_MS)),
]);

// When the start script has drawn the answer in plain DOM (lib/popup/first-answer-dom.ts), React
// takes over after that has been painted: rendering at once would hold the main thread through the
// popup's first frame, and the answer would reach the screen no sooner. A hidden page may never
// get an animation frame, hence the time limit.
const FIRST_FRAME_LIMIT_MS = 100;
const afterFirstFrame = () =>
  new Promise<void>((resolve) => {
    requestAnimationFrame(() => setTimeout(resolve, 0));
    setTimeout(resolve, FIRST_FRAME_LIMIT_MS);
  });

void ready.then(async (initial: FirstData | undefined) => {
  if (document.querySelector('[data-first-draw]')) await afterFirstFrame();
  followSettingsChanges();
  createRoot(document.getElementById('root')!).render(
    <PopupApp db={db} pageUrl={() => first.then((d) => d.url, activeTabUrl)} detect={detect} catalogueHref={catalogueHref} initial={initial} />,
  );
});
