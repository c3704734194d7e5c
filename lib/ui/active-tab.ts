import { browser } from 'wxt/browser';

/**
 * The address of the tab the person was looking at when they opened the popup. activeTab grants
 * it on the click; in a test that opens popup.html in a background tab, the active tab is the site.
 */
export async function activeTabUrl(): Promise<string | undefined> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.url;
}
