import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { catalogueEntryUrl, openCatalogueEntry } from '@/lib/background/open-catalogue-entry';

describe('"More" on a card', () => {
  it('opens the catalogue page on the platform, next to the tab the card was on', async () => {
    const create = vi.spyOn(fakeBrowser.tabs, 'create');
    const result = await openCatalogueEntry('xiaohongshu', { tab: { id: 7, index: 3, windowId: 2 } as never });
    expect(result).toEqual({ ok: true });
    expect(create).toHaveBeenCalledWith({ url: catalogueEntryUrl('xiaohongshu'), active: true, index: 4, windowId: 2 });
    expect(catalogueEntryUrl('xiaohongshu')).toMatch(/\/catalogue\.html#\/platform\/xiaohongshu$/);
  });

  it('opens nothing for something that is not a catalogue id', async () => {
    const create = vi.spyOn(fakeBrowser.tabs, 'create');
    expect(await openCatalogueEntry('../popup.html?x=1')).toEqual({ ok: false });
    expect(await openCatalogueEntry('https://evil.example/')).toEqual({ ok: false });
    expect(create).not.toHaveBeenCalled();
  });
});
