import { describe, expect, it } from 'vitest';
import { runCatalogueCommand } from '@/lib/catalogue/cli';
import { DATA_DIR } from './support/catalogue';

const run = (args: string[], stdin = '') => runCatalogueCommand(args, { dataDir: DATA_DIR, readStdin: async () => stdin });

describe('npm run catalogue', () => {
  it('validate says the catalogue is valid and counts it', async () => {
    const { code, out } = await run(['validate']);
    expect(code).toBe(0);
    expect(out).toMatch(/^catalogue [0-9a-f]{16} is valid: \d+ platforms \(\d+ western, \d+ chinese\)/);
  });

  it('lookup answers one JSON line per URL, with equivalents and unwrapped targets', async () => {
    const { code, out } = await run([
      'lookup',
      'https://x.com/jack',
      'https://l.facebook.com/l.php?u=https%3A%2F%2Fwww.zhihu.com%2Fquestion%2F1',
      'https://example.org/',
    ]);
    expect(code).toBe(0);
    const [x, wrapped, none] = out.split('\n').map((l) => JSON.parse(l));
    expect(x.platform).toEqual({ id: 'x', name: expect.any(String), region: 'western' });
    expect(x.equivalents[0]).toEqual({ id: 'weibo', name: 'Weibo', fit: 'closest' });
    expect(wrapped.platform.id).toBe('zhihu');
    expect(wrapped.unwrapped).toBe('https://www.zhihu.com/question/1');
    expect(wrapped.equivalents.map((e: { id: string }) => e.id)).toContain('quora');
    expect(none).toEqual({ url: 'https://example.org/', platform: null, unwrapped: null, equivalents: [] });
  });

  it('lookup reads URLs from standard input when given none', async () => {
    const { out } = await run(['lookup'], 'https://www.youtube.com/watch?v=1\n\nhttps://weibo.com/u/2\n');
    expect(out.split('\n').map((l) => JSON.parse(l).platform.id)).toEqual(['youtube', 'weibo']);
  });

  it('stats --json counts regions and reports zero unsourced figures', async () => {
    const { code, out } = await run(['stats', '--json']);
    expect(code).toBe(0);
    const stats = JSON.parse(out);
    expect(stats.perRegion.western + stats.perRegion.chinese).toBe(stats.platforms);
    expect(stats.figuresWithoutSources).toBe(0);
    expect(stats.perCategory.messaging).toBeGreaterThan(0);
  });

  it('an unknown command prints usage and exits 2', async () => {
    const { code, err } = await run(['frobnicate']);
    expect(code).toBe(2);
    expect(err).toContain('usage: npm run catalogue');
  });
});
