import { hostIndex, matchPatterns } from 'virtual:china-lens/host-index';
import { cardSiteOf } from '@/lib/content/cards/card-settings';
import { startCards } from '@/lib/content/cards/start-cards';
import { reportPagePlatform } from '@/lib/content/report-page-platform';
import { detectPlatform } from '@/lib/detect/detect-platform';

export default defineContentScript({
  // Generated from the catalogue's hosts at build time, so hosts are typed once (in data/). Read
  // only when WXT writes the manifest (it imports this file server-side, SSR); the bundle every
  // page loads does not carry the list.
  matches: import.meta.env.SSR ? matchPatterns : [],
  runAt: 'document_idle',
  main(ctx) {
    reportPagePlatform(ctx);
    // Hover cards run on Facebook, X and Quora only; elsewhere nothing of them starts. They start
    // when the page is idle: nobody hovers a link while the page is still loading.
    const site = cardSiteOf(detectPlatform(location.href, hostIndex)?.platformId);
    if (site) ctx.requestIdleCallback(() => startCards(ctx, site), { timeout: 1000 });
  },
});
