/**
 * What the content script does when a page loads: decide, from a small index, whether hover
 * cards run on this page (the same answer as full detection), and start a context that posts
 * nothing to the page and leaves the extension API alone until the page is idle.
 */
import { cardSiteIndex } from 'virtual:china-lens/host-index';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cardSiteOf } from '@/lib/content/cards/card-settings';
import { ContentScriptContext } from '@/lib/content/start-context';
import { detectPlatform, platformAtHost } from '@/lib/detect/detect-platform';
import { hostIndexFor } from '@/lib/detect/host-index';
import { loadHostIndex } from './support/catalogue';

const full = loadHostIndex();

describe('is this a hover-card page? (the small index the content script starts with)', () => {
  const small = hostIndexFor(full, ['facebook', 'x', 'quora']);
  const cardSite = (url: string) => {
    const u = new URL(url);
    return cardSiteOf(platformAtHost(u.hostname, u.pathname, small));
  };

  it.each([
    ['https://www.facebook.com/', 'facebook'],
    ['https://m.facebook.com/groups/1/', 'facebook'],
    ['https://x.com/home', 'x'],
    ['https://mobile.twitter.com/someone', 'x'],
    ['https://www.quora.com/What-is-WeChat', 'quora'],
    ['https://fb.com/', 'facebook'],
    // Facebook's Messenger lives under its host: a different platform, no cards.
    ['https://www.facebook.com/messages/t/1', null],
    ['https://www.messenger.com/', null],
    ['https://www.youtube.com/watch?v=1', null],
    ['https://www.zhihu.com/question/1', null],
    ['https://notfacebook.com/', null],
    ['https://facebook.com.evil.example/', null],
    ['https://www.facebook.com./', 'facebook'],
  ])('%s → %s', (url, site) => {
    expect(cardSite(url)).toBe(site);
  });

  it('gives the full index’s answer for every catalogued host, its subdomains and paths', () => {
    const hosts = [...Object.keys(full.hosts), ...Object.keys(full.exact), ...Object.keys(full.paths)];
    const paths = ['/', ...new Set(Object.values(full.paths).flatMap((l) => l.map(([p]) => p + '/x')))];
    const differ: string[] = [];
    let checked = 0;
    for (const host of hosts) {
      for (const h of [host, `www.${host}`, `m.${host}`]) {
        for (const path of paths) {
          const url = `https://${h}${path}`;
          if (cardSite(url) !== cardSiteOf(detectPlatform(url, full)?.platformId)) differ.push(url);
          checked++;
        }
      }
    }
    expect(differ).toEqual([]);
    expect(checked).toBeGreaterThan(1000);
  });

  it('is what the build gives the content script, and a small part of the full index', () => {
    expect(cardSiteIndex).toEqual(small);
    expect(JSON.stringify(small).length).toBeLessThan(JSON.stringify(full).length / 20);
  });
});

describe('the content script context (China Lens’s own: no message to the page, no extension API touched at start)', () => {
  const contexts: ContentScriptContext[] = [];
  afterEach(() => {
    contexts.splice(0).forEach((c) => c.abort());
    vi.unstubAllGlobals();
  });
  /** The extension API as Chromium gives it to a content script: only `chrome`, with this runtime. */
  const extensionApi = (runtime: object) => {
    vi.stubGlobal('browser', undefined);
    vi.stubGlobal('chrome', { runtime });
  };

  it('posts nothing to the page', () => {
    const posted = vi.spyOn(window, 'postMessage');
    const heard = vi.fn();
    window.addEventListener('message', heard);
    contexts.push(new ContentScriptContext('content'));
    expect(posted).not.toHaveBeenCalled();
    expect(heard).not.toHaveBeenCalled();
    window.removeEventListener('message', heard);
  });

  it('does not touch the extension API when created (about 0.7 ms in Chromium), only when asked if it is still valid', () => {
    let reads = 0;
    extensionApi({ get id() { reads++; return 'china-lens'; } });
    const ctx = new ContentScriptContext('content');
    contexts.push(ctx);
    expect(reads).toBe(0);
    expect(ctx.isValid).toBe(true);
    expect(reads).toBeGreaterThan(0);
    extensionApi({}); // the extension was updated or removed underneath the page
    const stopped = vi.fn();
    ctx.onInvalidated(stopped);
    expect(ctx.isValid).toBe(false);
    expect(stopped).toHaveBeenCalledOnce();
  });

  it('tells of in-app navigation once per new address, and no more once invalidated', () => {
    vi.useFakeTimers();
    extensionApi({ id: 'china-lens' });
    const start = location.href;
    try {
      const ctx = new ContentScriptContext('content');
      contexts.push(ctx);
      const seen: string[] = [];
      ctx.addEventListener(window, 'wxt:locationchange', ({ newUrl, oldUrl }) => seen.push(`${oldUrl.pathname} → ${newUrl.pathname}`));
      history.pushState(null, '', '/explore');
      vi.advanceTimersByTime(1000);
      vi.advanceTimersByTime(1000);
      history.pushState(null, '', '/home');
      vi.advanceTimersByTime(1000);
      expect(seen).toEqual([`${new URL(start).pathname} → /explore`, '/explore → /home']);
      ctx.abort();
      history.pushState(null, '', '/notifications');
      vi.advanceTimersByTime(2000);
      expect(seen).toHaveLength(2);
    } finally {
      history.replaceState(null, '', start);
      vi.useRealTimers();
    }
  });

  it('does nothing to the page when created: no event, no listener (each costs in a fresh isolated world)', () => {
    const dispatched = vi.spyOn(document, 'dispatchEvent');
    const listened = vi.spyOn(document, 'addEventListener');
    // jsdom has no requestIdleCallback.
    const idle = vi.fn(() => 1);
    vi.stubGlobal('requestIdleCallback', idle);
    try {
      const ctx = new ContentScriptContext('content');
      contexts.push(ctx);
      ctx.requestIdleCallback(() => undefined);
      expect(dispatched).not.toHaveBeenCalled();
      expect(listened).not.toHaveBeenCalled();
      expect(idle).toHaveBeenCalledOnce();
    } finally {
      dispatched.mockRestore();
      listened.mockRestore();
    }
  });

  it('skips its idle callback once invalidated, and runs it otherwise', () => {
    const callbacks: IdleRequestCallback[] = [];
    vi.stubGlobal('requestIdleCallback', (cb: IdleRequestCallback) => callbacks.push(cb));
    extensionApi({ id: 'china-lens' });
    const kept = new ContentScriptContext('content');
    const dropped = new ContentScriptContext('another');
    contexts.push(kept, dropped);
    const ran: string[] = [];
    kept.requestIdleCallback(() => ran.push('kept'));
    dropped.requestIdleCallback(() => ran.push('dropped'));
    dropped.abort();
    callbacks.forEach((cb) => cb({ didTimeout: false, timeRemaining: () => 10 }));
    expect(ran).toEqual(['kept']);
  });

  it('a copy whose extension is gone ends quietly: it does not stop a live copy on the same page', () => {
    extensionApi({ id: 'china-lens' });
    const live = new ContentScriptContext('content');
    const orphan = new ContentScriptContext('content');
    contexts.push(live, orphan);
    expect(live.isValid).toBe(true);
    extensionApi({}); // what the orphaned copy sees when its page goes idle
    expect(orphan.isValid).toBe(false);
    extensionApi({ id: 'china-lens' });
    expect(live.signal.aborted).toBe(false);
  });

  it('still stops an older copy of the same script when a newer one starts (on its first use), and only that', () => {
    const older = new ContentScriptContext('content');
    const other = new ContentScriptContext('another');
    contexts.push(older, other);
    const stopped = vi.fn();
    older.onInvalidated(stopped);
    other.onInvalidated(() => undefined);
    expect(older.signal.aborted).toBe(false);
    const newer = new ContentScriptContext('content');
    contexts.push(newer);
    expect(stopped).not.toHaveBeenCalled();
    void newer.signal; // its first use, when its page is idle
    expect(stopped).toHaveBeenCalledOnce();
    expect(older.signal.aborted).toBe(true);
    expect(other.signal.aborted).toBe(false);
  });
});
