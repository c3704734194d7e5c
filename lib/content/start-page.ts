/**
 * What the content script does once the page is idle. On a hover-card site, cards start before
 * the page reports itself: their settings read is then already asked for when the report reaches
 * the background, so a page marked in the toolbar is a page whose cards listen (the e2e page
 * object waits for that report). When the cards' code cannot be loaded (the extension was
 * updated or removed underneath the page), the page is left alone and still reported.
 */
import type { PageContext } from './start-context';
import type { CardSite } from '../settings/defaults';
import type { Cards } from './cards/cards-loader';
import { reportPagePlatform } from './report-page-platform';

export async function startPage(ctx: PageContext, site: CardSite | null, loadCards: () => Promise<Cards>): Promise<void> {
  if (site) {
    try {
      const cards = await loadCards();
      if (ctx.isValid) cards.startCards(ctx, site);
    } catch {
      // No cards on this page; nothing of them was added to it.
    }
  }
  reportPagePlatform(ctx);
}
