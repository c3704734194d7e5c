/**
 * Opens the catalogue page at a route (a hash from lib/catalogue-page/routes). tabs.create and
 * tabs.update of the active tab need no permission. A new tab goes next to the one the person
 * was on, so it is where they look.
 */
import { browser, type Browser } from 'wxt/browser';
import { CATALOGUE_PAGE } from '../catalogue-page/routes';

export type Disposition = 'currentTab' | 'newForegroundTab' | 'newBackgroundTab';

type TabsApi = Pick<typeof browser.tabs, 'create' | 'update'>;

export function catalogueUrl(hash: string, getURL: (path: string) => string = browser.runtime.getURL as (path: string) => string): string {
  return getURL(CATALOGUE_PAGE) + hash;
}

export async function openCataloguePage(
  hash: string,
  options: { from?: Browser.tabs.Tab | undefined; disposition?: Disposition } = {},
  tabs: TabsApi = browser.tabs,
  getURL?: (path: string) => string,
): Promise<void> {
  const url = catalogueUrl(hash, getURL);
  const { from, disposition = 'newForegroundTab' } = options;
  if (disposition === 'currentTab') {
    await tabs.update({ url });
    return;
  }
  await tabs.create({
    url,
    active: disposition === 'newForegroundTab',
    ...(from?.index !== undefined && from.index >= 0 ? { index: from.index + 1 } : {}),
    ...(from?.windowId !== undefined && from.windowId >= 0 ? { windowId: from.windowId } : {}),
  });
}
