/**
 * The hover card's "More": the full entry on the catalogue page, in a new tab next to the one the
 * card was on. tabs.create needs no permission.
 */
import { browser, type Browser } from 'wxt/browser';

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** catalogue.html#/platform/<id>: the catalogue page's route for one platform. */
export function catalogueEntryUrl(platformId: string, getURL: (path: string) => string = browser.runtime.getURL as (path: string) => string): string {
  return `${getURL('/catalogue.html')}#/platform/${platformId}`;
}

export async function openCatalogueEntry(platformId: string, sender?: Browser.runtime.MessageSender): Promise<{ ok: boolean }> {
  // Only a catalogue id can come through; anything else would be a page trying to steer the tab.
  if (!SLUG.test(platformId)) return { ok: false };
  const tab = sender?.tab;
  await browser.tabs.create({
    url: catalogueEntryUrl(platformId),
    active: true,
    ...(tab?.index !== undefined ? { index: tab.index + 1 } : {}),
    ...(tab?.windowId !== undefined ? { windowId: tab.windowId } : {}),
  });
  return { ok: true };
}
