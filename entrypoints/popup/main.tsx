import { createRoot } from 'react-dom/client';
import { hostIndex } from 'virtual:china-lens/host-index';
import { PopupApp } from '@/components/popup/PopupApp';
import { pageDatabase } from '@/lib/db/page-database';
import { detectPlatform } from '@/lib/detect/detect-platform';
import { followSettingsChanges, useSettings } from '@/lib/settings/store';
import { activeTabUrl } from '@/lib/ui/active-tab';

const detect = (url: string) => detectPlatform(url, hostIndex)?.platformId ?? null;

// Render once stored settings are in, so the first paint already has the chosen theme and
// language; if storage never answers, render with the defaults rather than stay blank.
const hydrated = new Promise<void>((resolve) => {
  if (useSettings.persist.hasHydrated()) resolve();
  else useSettings.persist.onFinishHydration(() => resolve());
  setTimeout(resolve, 500);
});

void hydrated.then(() => {
  followSettingsChanges();
  createRoot(document.getElementById('root')!).render(<PopupApp db={pageDatabase()} pageUrl={activeTabUrl} detect={detect} />);
});
