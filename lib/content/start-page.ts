/**
 * What the content script does once the page is idle. On a hover-card site, cards start before
 * the page reports itself: their settings read is then already asked for when the report reaches
 * the background, so a page marked in the toolbar is a page whose cards listen (the e2e page
 * object waits for that report). When the cards' code cannot be loaded (the extension was
 * updated or removed underneath the page), the page is left alone and still reported.
 *
 * A page opened in a background tab (a link opened in a new tab, a restored session) waits until
 * it is first shown: nobody hovers in a tab they have not looked at, and a person who opens
 * twenty posts from X at once should not pay for twenty sets of hover cards. Its toolbar mark
 * waits with it, which nobody can see before the tab is shown either.
 */
import type { PageContext } from './start-context';
import type { CardSite } from '../settings/defaults';
import type { Cards } from './cards/cards-loader';
import { reportPagePlatform } from './report-page-platform';

export async function startPage(ctx: PageContext, site: CardSite | null, loadCards: () => Promise<Cards>, doc: Document = document): Promise<void> {
  if (site) {
    await shown(ctx, doc);
    try {
      const cards = await loadCards();
      if (ctx.isValid) cards.startCards(ctx, site);
    } catch {
      // No cards on this page; nothing of them was added to it.
    }
  }
  if (ctx.isValid) reportPagePlatform(ctx);
}

/** Resolves once the document is visible (at once if it is); never, if the context ends first. */
function shown(ctx: PageContext, doc: Document): Promise<void> {
  if (doc.visibilityState !== 'hidden') return Promise.resolve();
  return new Promise((resolve) => {
    const onChange = () => {
      if (doc.visibilityState === 'hidden') return;
      stop();
      resolve();
    };
    const stop = () => doc.removeEventListener('visibilitychange', onChange);
    doc.addEventListener('visibilitychange', onChange);
    ctx.onInvalidated(stop);
  });
}
