/**
 * What the content script does once the page is idle: on a hover-card site, hover cards' code is
 * imported and started before the page reports its address (the e2e page object takes the report
 * as the sign that cards listen); elsewhere only the report; in a tab not yet shown, nothing until
 * it is shown; and when the code cannot be had (the extension was updated underneath the page)
 * the page is still reported, with no error thrown.
 */
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Cards } from '@/lib/content/cards/cards-loader';
import { ContentScriptContext } from '@/lib/content/start-context';
import { startPage } from '@/lib/content/start-page';

const contexts: ContentScriptContext[] = [];
afterEach(() => contexts.splice(0).forEach((c) => c.abort()));

function setup() {
  const ctx = new ContentScriptContext('content');
  contexts.push(ctx);
  const events: string[] = [];
  fakeBrowser.runtime.onMessage.addListener((message: unknown) => {
    const { type, data } = message as { type: string; data: { url: string } };
    events.push(`${type} ${data.url}`);
  });
  const startCards = vi.fn<Cards['startCards']>((_ctx, site) => void events.push(`cards ${site}`));
  return { ctx, events, startCards };
}

describe('the content script at idle', () => {
  it('on a card site, starts hover cards with the page’s context, then reports the page', async () => {
    const { ctx, events, startCards } = setup();
    await startPage(ctx, 'facebook', () => Promise.resolve({ startCards }));
    await vi.waitFor(() => expect(events).toHaveLength(2));
    expect(events).toEqual(['cards facebook', `pageDetected ${location.href}`]);
    expect(startCards).toHaveBeenCalledWith(ctx, 'facebook');
  });

  it('elsewhere, loads no hover-card code and only reports the page', async () => {
    const { ctx, events } = setup();
    const load = vi.fn<() => Promise<Cards>>();
    await startPage(ctx, null, load);
    await vi.waitFor(() => expect(events).toEqual([`pageDetected ${location.href}`]));
    expect(load).not.toHaveBeenCalled();
  });

  it('when hover cards’ code cannot be loaded, reports the page and throws nothing', async () => {
    const { ctx, events } = setup();
    await expect(startPage(ctx, 'x', () => Promise.reject(new TypeError('Failed to fetch dynamically imported module')))).resolves.toBeUndefined();
    await vi.waitFor(() => expect(events).toEqual([`pageDetected ${location.href}`]));
  });

  it('in a tab not yet shown, waits until it is shown — then starts cards and reports the page', async () => {
    const { ctx, events, startCards } = setup();
    let visibility: DocumentVisibilityState = 'hidden';
    const visible = vi.spyOn(document, 'visibilityState', 'get').mockImplementation(() => visibility);
    const load = vi.fn(() => Promise.resolve({ startCards }));
    try {
      const started = startPage(ctx, 'x', load);
      await new Promise((r) => setTimeout(r, 20));
      expect(load).not.toHaveBeenCalled();
      expect(events).toEqual([]);
      document.dispatchEvent(new Event('visibilitychange')); // still hidden: nothing yet
      await new Promise((r) => setTimeout(r, 0));
      expect(load).not.toHaveBeenCalled();
      visibility = 'visible';
      document.dispatchEvent(new Event('visibilitychange'));
      await started;
      await vi.waitFor(() => expect(events).toEqual(['cards x', `pageDetected ${location.href}`]));
      expect(load).toHaveBeenCalledOnce();
    } finally {
      visible.mockRestore();
    }
  });

  it('never starts in a tab closed or left behind by an extension update before it was shown', async () => {
    const { ctx, events, startCards } = setup();
    const visible = vi.spyOn(document, 'visibilityState', 'get').mockReturnValue('hidden');
    const load = vi.fn(() => Promise.resolve({ startCards }));
    try {
      void startPage(ctx, 'facebook', load);
      ctx.abort();
      visible.mockReturnValue('visible');
      document.dispatchEvent(new Event('visibilitychange'));
      await new Promise((r) => setTimeout(r, 20));
      expect(load).not.toHaveBeenCalled();
      expect(events).toEqual([]);
    } finally {
      visible.mockRestore();
    }
  });

  it('starts no cards when the extension went away while their code was loading', async () => {
    const { ctx, events, startCards } = setup();
    await startPage(ctx, 'quora', () => {
      ctx.abort();
      return Promise.resolve({ startCards });
    });
    expect(startCards).not.toHaveBeenCalled();
    expect(events).toEqual([]);
  });
});
