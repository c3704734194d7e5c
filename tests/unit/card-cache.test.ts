import { describe, expect, it, vi } from 'vitest';
import { createCardCache } from '@/lib/content/cards/card-cache';

describe('the card cache', () => {
  it('asks once per platform, also while the first answer is on its way', async () => {
    const fetch = vi.fn(async (id: string) => ({ id }));
    const cache = createCardCache(fetch);
    const [a, b] = await Promise.all([cache.get('wechat'), cache.get('wechat')]);
    await cache.get('wechat');
    expect(a).toEqual({ id: 'wechat' });
    expect(b).toBe(a);
    expect(fetch).toHaveBeenCalledOnce();
    expect(cache.peek('wechat')).toBe(a);
  });

  it('keeps the most recently used, up to its size', async () => {
    const fetch = vi.fn(async (id: string) => ({ id }));
    const cache = createCardCache(fetch, 2);
    await cache.get('a');
    await cache.get('b');
    await cache.get('a');
    await cache.get('c');
    expect(cache.size).toBe(2);
    expect(cache.peek('a')).toBeDefined();
    expect(cache.peek('b')).toBeUndefined();
  });

  it('does not keep failures or empty answers: the next hover asks again', async () => {
    const fetch = vi.fn().mockRejectedValueOnce(new Error('background restarting')).mockResolvedValueOnce(null).mockResolvedValueOnce({ id: 'x' });
    const cache = createCardCache<{ id: string }>(fetch);
    await expect(cache.get('x')).rejects.toThrow();
    expect(await cache.get('x')).toBeNull();
    expect(await cache.get('x')).toEqual({ id: 'x' });
    expect(fetch).toHaveBeenCalledTimes(3);
  });
});
