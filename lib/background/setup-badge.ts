/**
 * The toolbar badge and title per tab: while a tab is on a catalogued platform, the badge counts
 * its equivalents and the title names them; when the tab leaves, both go back to the default.
 */
import { browser } from 'wxt/browser';
import { hostIndex } from 'virtual:china-lens/host-index';
import { equivalentsOf } from '../catalogue/equivalents';
import { detectPlatform } from '../detect/detect-platform';
import { databaseReady } from './database-ready';
import { settingsTranslator } from './settings-translator';

// MV3 Chromium has `action`; Firefox MV2 has `browserAction`. Same methods.
const action = browser.action ?? browser.browserAction;

const lastShown = new Map<number, string | null>();

export async function showPlatformOnTab(tabId: number, platformId: string | null): Promise<void> {
  if (lastShown.get(tabId) === platformId) return;
  lastShown.set(tabId, platformId);
  const t = await settingsTranslator();
  if (!platformId) {
    await Promise.all([action.setBadgeText({ tabId, text: '' }), action.setTitle({ tabId, title: t('badge.default') })]);
    return;
  }
  const db = await databaseReady();
  const platforms = await db.platforms.toArray();
  const platform = platforms.find((p) => p.id === platformId);
  if (!platform) return;
  const equivalents = equivalentsOf(platformId, { platforms });
  const title = equivalents.length
    ? t('badge.title', { platform: platform.name, equivalents: equivalents.map((e) => e.platform.name).join(', ') })
    : t('badge.titleNone', { platform: platform.name });
  await Promise.all([
    action.setBadgeText({ tabId, text: equivalents.length ? String(equivalents.length) : '' }),
    action.setBadgeBackgroundColor({ tabId, color: '#c8102e' }),
    action.setTitle({ tabId, title }),
  ]);
}

export function setUpBadge(): void {
  // A full navigation starts: if the new address is visible to us (catalogued hosts are) and
  // catalogued, show it now; otherwise clear, and the content script will confirm after load.
  browser.tabs.onUpdated.addListener((tabId, change, tab) => {
    if (change.status !== 'loading' && !change.url) return;
    const hit = tab.url ? detectPlatform(tab.url, hostIndex) : null;
    void showPlatformOnTab(tabId, hit?.platformId ?? null);
  });
  browser.tabs.onRemoved.addListener((tabId) => lastShown.delete(tabId));
}
