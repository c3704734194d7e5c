import { cardSiteIndex, matchPatterns } from 'virtual:china-lens/host-index';
import { cardSiteOf } from '@/lib/content/cards/card-settings';
import { startCards } from '@/lib/content/cards/start-cards';
import { reportPagePlatform } from '@/lib/content/report-page-platform';
import { platformAtHost } from '@/lib/detect/detect-platform';

export default defineContentScript({
  // Generated from the catalogue's hosts at build time, so hosts are typed once (in data/). Read
  // only when WXT writes the manifest (it imports this file server-side, SSR); the bundle every
  // page loads does not carry the list.
  matches: import.meta.env.SSR ? matchPatterns : [],
  runAt: 'document_idle',
  main(ctx) {
    // Every page this script runs on pays for it, so the load itself does only this: is this a
    // page where hover cards run (Facebook, X, Quora)? Everything else waits until the page is
    // idle (nobody hovers a link while it is still loading); the background reads the address to
    // mark the toolbar button, and hover cards read their settings and start listening.
    const site = cardSiteOf(platformAtHost(location.hostname, location.pathname, cardSiteIndex));
    ctx.requestIdleCallback(
      () => {
        // Cards first: their settings read is then already asked for when the page's report
        // reaches the background, so a page marked in the toolbar is a page whose cards listen.
        if (site) startCards(ctx, site);
        reportPagePlatform(ctx);
      },
      { timeout: 1000 },
    );
  },
});
