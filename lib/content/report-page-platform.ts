/**
 * Tells the background which address this page is at, once the page is idle and after every
 * in-app navigation (X, Facebook and YouTube change the address without reloading); the
 * background works out the platform. One message per change of address, never a repeat.
 */
import type { PageContext } from './start-context';
import { sendMessage } from '../messaging/send-message';

export function reportPagePlatform(ctx: PageContext, location: Location = window.location): void {
  let lastUrl = '';
  const report = (url: string) => {
    if (url === lastUrl || ctx.isInvalid) return;
    lastUrl = url;
    sendMessage('pageDetected', { url }).catch(() => {
      // The background may be restarting after an update; the next navigation reports again.
    });
  };
  report(location.href);
  ctx.addEventListener(window, 'wxt:locationchange', ({ newUrl }) => report(newUrl.href));
}
