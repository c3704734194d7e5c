/**
 * Tells the background which platform this page is, at start and after every in-app navigation
 * (X, Facebook and YouTube change the address without reloading). One message per change of
 * address, never a repeat for the same one.
 */
import { hostIndex } from 'virtual:china-lens/host-index';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { detectPlatform } from '../detect/detect-platform';
import { sendMessage } from '../messaging/send-message';

export function reportPagePlatform(ctx: ContentScriptContext, location: Location = window.location): void {
  let lastUrl = '';
  const report = (url: string) => {
    if (url === lastUrl || ctx.isInvalid) return;
    lastUrl = url;
    const platformId = detectPlatform(url, hostIndex)?.platformId ?? null;
    sendMessage('pageDetected', { url, platformId }).catch(() => {
      // The background may be restarting after an update; the next navigation reports again.
    });
  };
  report(location.href);
  ctx.addEventListener(window, 'wxt:locationchange', ({ newUrl }) => report(newUrl.href));
}
