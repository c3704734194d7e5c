/**
 * Two context-menu items:
 *  - on a link to a catalogued platform: "China Lens: Chinese equivalent of this site" opens the
 *    linked platform's entry (its equivalents, differences and notes);
 *  - on selected text: "Search China Lens for “…”" opens the catalogue's search for it.
 * The link item only appears on links to catalogued hosts (targetUrlPatterns from the same host
 * list as the content script), so it never offers an answer we do not have.
 */
import { browser, type Browser } from 'wxt/browser';
import { hostIndex, matchPatterns } from 'virtual:china-lens/host-index';
import { platformHash, searchHash } from '../catalogue-page/routes';
import { detectPlatform } from '../detect/detect-platform';
import type { HostIndex } from '../detect/host-index';
import type { Translate } from '../i18n/translate';
import { openCataloguePage } from './open-catalogue-page';
import { onSettingsChanged, settingsTranslator } from './settings-translator';

export const MENU_LINK = 'china-lens-link-equivalent';
export const MENU_SELECTION = 'china-lens-search-selection';

/** Longest selection sent to the search (a whole selected paragraph is not a query). */
export const MAX_SELECTION_QUERY = 100;

type ClickInfo = Pick<Browser.contextMenus.OnClickData, 'menuItemId' | 'linkUrl' | 'selectionText'>;
type MenusApi = Pick<typeof browser.contextMenus, 'create' | 'removeAll' | 'update' | 'onClicked'>;

export function menuItems(t: Translate, linkPatterns: string[] = matchPatterns): Browser.contextMenus.CreateProperties[] {
  return [
    { id: MENU_LINK, title: t('catalogue.menu.link'), contexts: ['link'], targetUrlPatterns: linkPatterns },
    // %s is the browser's placeholder for the selected text.
    { id: MENU_SELECTION, title: t('catalogue.menu.selection'), contexts: ['selection'] },
  ];
}

/** The catalogue route a click opens, or null for a click on something that is not ours. */
export function contextMenuTarget(info: ClickInfo, index: HostIndex = hostIndex): string | null {
  if (info.menuItemId === MENU_LINK && info.linkUrl) {
    const hit = detectPlatform(info.linkUrl, index);
    if (hit) return platformHash(hit.platformId);
    // Patterns matched but detection did not (a path of a shared host, such as google.com/
    // outside /maps): search for the host, which names the platform in most cases.
    try {
      return searchHash(new URL(info.linkUrl).hostname.replace(/^www\./, ''));
    } catch {
      return null;
    }
  }
  if (info.menuItemId === MENU_SELECTION && info.selectionText) {
    const query = info.selectionText.replace(/\s+/g, ' ').trim().slice(0, MAX_SELECTION_QUERY);
    return query ? searchHash(query) : null;
  }
  return null;
}

async function createMenus(menus: MenusApi): Promise<void> {
  const t = await settingsTranslator();
  await menus.removeAll();
  for (const item of menuItems(t)) menus.create(item);
}

export function setUpContextMenus(menus: MenusApi = browser.contextMenus, open = openCataloguePage): void {
  // Listeners first and synchronously: a click can be what wakes the service worker.
  menus.onClicked.addListener((info, tab) => {
    const hash = contextMenuTarget(info);
    if (hash) void open(hash, { from: tab });
  });
  // Menus persist across service-worker restarts in Chromium but not across Firefox restarts
  // (MV2 background page); rebuilding at every start covers both, and removeAll first means no
  // "duplicate id" error.
  void createMenus(menus).catch((e: unknown) => console.warn('China Lens could not create its context menus', e));
  onSettingsChanged(() => {
    void settingsTranslator().then((t) => {
      for (const item of menuItems(t)) void menus.update(item.id!, { title: item.title! });
    });
  });
}
