/**
 * What the content script does when a page loads: decide, from a small index, whether hover
 * cards run on this page (the same answer as full detection), and start WXT's context without
 * posting a message to the page.
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

describe('the content script context (WXT’s, started without a message to the page)', () => {
  const contexts: ContentScriptContext[] = [];
  afterEach(() => contexts.splice(0).forEach((c) => c.abort()));

  it('posts nothing to the page', () => {
    const posted = vi.spyOn(window, 'postMessage');
    const heard = vi.fn();
    window.addEventListener('message', heard);
    contexts.push(new ContentScriptContext('content'));
    expect(posted).not.toHaveBeenCalled();
    expect(heard).not.toHaveBeenCalled();
    window.removeEventListener('message', heard);
  });

  it('still stops an older copy of the same script when a newer one starts, and only that', () => {
    const older = new ContentScriptContext('content');
    const other = new ContentScriptContext('another');
    contexts.push(older, other);
    const stopped = vi.fn();
    older.onInvalidated(stopped);
    expect(older.signal.aborted).toBe(false);
    contexts.push(new ContentScriptContext('content'));
    expect(stopped).toHaveBeenCalledOnce();
    expect(older.signal.aborted).toBe(true);
    expect(other.signal.aborted).toBe(false);
  });
});
