import { createRoot } from 'react-dom/client';
import '@/components/shared/theme.css';
import '@/components/shared/shared.css';
import '@/components/catalogue/catalogue.css';
import { CatalogueApp } from '@/components/catalogue/CatalogueApp';
import { createRouterStore } from '@/lib/catalogue-page/router-store';
import { pageDatabase } from '@/lib/db/page-database';
import { useSettings } from '@/lib/settings/store';
import { DICTIONARIES } from '@/lib/i18n/messages';
import { registerPageMessages } from '@/lib/i18n/page-messages';

registerPageMessages(...DICTIONARIES);

// Render once stored settings are in, so the first paint has the chosen theme and language; if
// storage never answers, render with the defaults rather than stay blank.
const hydrated = new Promise<void>((resolve) => {
  if (useSettings.persist.hasHydrated()) resolve();
  else useSettings.persist.onFinishHydration(() => resolve());
  setTimeout(resolve, 500);
});

void hydrated.then(() => {
  createRoot(document.getElementById('root')!).render(<CatalogueApp db={pageDatabase()} router={createRouterStore(window)} />);
});
