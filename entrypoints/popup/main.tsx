import { createRoot } from 'react-dom/client';
import { browser } from 'wxt/browser';
import { hostIndex } from 'virtual:china-lens/host-index';
import { loadFirstData, type FirstData } from '@/components/popup/first-data';
import { PopupApp } from '@/components/popup/PopupApp';
import { pageDatabase } from '@/lib/db/page-database';
import { catalogueEntryPath } from '@/lib/popup/catalogue-link';
import { detectPlatform } from '@/lib/detect/detect-platform';
import { followSettingsChanges, useSettings } from '@/lib/settings/store';
import { activeTabUrl } from '@/lib/ui/active-tab';

const detect = (url: string) => detectPlatform(url, hostIndex)?.platformId ?? null;
const catalogueHref = (id: string) => browser.runtime.getURL(catalogueEntryPath(id) as '/catalogue.html');
const db = pageDatabase();

// Read the page's address and the rows while settings load and React starts, and render once
// both are in: the popup then opens on the answer, in the chosen theme and language. If either
// never answers, render anyway (the app shows its loading state) rather than stay blank.
const first = loadFirstData(db, activeTabUrl);
const hydrated = new Promise<void>((resolve) => {
  if (useSettings.persist.hasHydrated()) resolve();
  else useSettings.persist.onFinishHydration(() => resolve());
});
const GIVE_UP_MS = 400;
const ready = Promise.race([
  Promise.all([hydrated, first.catch(() => undefined)]).then(([, data]) => data),
  new Promise<undefined>((resolve) => setTimeout(resolve, GIVE_UP_MS)),
]);

void ready.then((initial: FirstData | undefined) => {
  followSettingsChanges();
  createRoot(document.getElementById('root')!).render(
    <PopupApp db={db} pageUrl={() => first.then((d) => d.url, activeTabUrl)} detect={detect} catalogueHref={catalogueHref} initial={initial} />,
  );
});
