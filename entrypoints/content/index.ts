import { cardSiteIndex, matchPatterns } from 'virtual:china-lens/host-index';
import { cardSiteOf } from '@/lib/content/cards/card-settings';
import { loadCards } from '@/lib/content/cards/cards-loader';
import { startPage } from '@/lib/content/start-page';
import { platformAtHost } from '@/lib/detect/detect-platform';

export default defineContentScript({
  // Generated from the catalogue's hosts at build time, so hosts are typed once (in data/). Read
  // only when WXT writes the manifest (it imports this file server-side, SSR); the bundle every
  // page loads does not carry the list.
  matches: import.meta.env.SSR ? matchPatterns : [],
  runAt: 'document_idle',
  main(ctx) {
    // Every page this script runs on pays for it, so the load itself only asks to be called back
    // when the page is idle (nobody hovers a link while it is still loading). Then: is this a page
    // where hover cards run (Facebook, X, Quora)? There their code is imported (a separate file,
    // only on those sites) and started; everywhere the background is told the address, to mark
    // the toolbar button.
    ctx.requestIdleCallback(
      () => {
        const site = cardSiteOf(platformAtHost(location.hostname, location.pathname, cardSiteIndex));
        void startPage(ctx, site, loadCards);
      },
      { timeout: 1000 },
    );
  },
});
