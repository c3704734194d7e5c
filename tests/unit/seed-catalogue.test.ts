import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import type { Catalogue } from '@/lib/catalogue/schema';
import { createDatabase } from '@/lib/db/database';
import { openOrRebuild } from '@/lib/db/open-or-rebuild';
import { loadCatalogue } from './support/catalogue';

const catalogue = loadCatalogue();
let name = '';
const freshName = () => (name = `china-lens-test-${Math.random().toString(36).slice(2)}`);
afterEach(async () => {
  await Dexie.delete(name);
});

/** The same catalogue with one edit, as a new release would bring. */
function nextRelease(): Catalogue {
  const platforms = catalogue.platforms.map((p) => (p.id === 'weibo' ? { ...p, summary: `${p.summary} (updated)` } : p));
  return { ...catalogue, version: 'next-release-0001', platforms: platforms.filter((p) => p.id !== 'kaixin001') };
}

describe('seeding IndexedDB from the bundled catalogue', () => {
  it('fills every catalogue table on first open', async () => {
    const { db, seed } = await openOrRebuild(catalogue, freshName());
    expect(seed).toBe('seeded');
    expect(await db.platforms.count()).toBe(catalogue.platforms.length);
    expect(await db.sources.count()).toBe(catalogue.sources.length);
    expect(await db.glossary.count()).toBe(catalogue.glossary.length);
    expect(await db.market.count()).toBe(catalogue.market.length);
    expect((await db.platforms.get('weibo'))?.hanzi).toBe('微博');
    db.close();
  });

  it('does nothing when the stored version is the bundled one', async () => {
    (await openOrRebuild(catalogue, freshName())).db.close();
    const again = await openOrRebuild(catalogue, name);
    expect(again.seed).toBe('up-to-date');
    again.db.close();
  });

  it('a new catalogue version replaces the catalogue and keeps pins, notes and recent views', async () => {
    const first = await openOrRebuild(catalogue, freshName());
    await first.db.pins.put({ platformId: 'weibo', pinnedAt: 1 });
    await first.db.notes.put({ platformId: 'weibo', text: 'Ask the agency about verified accounts', updatedAt: 2 });
    await first.db.recent.put({ platformId: 'x', viewedAt: 3 });
    first.db.close();

    const second = await openOrRebuild(nextRelease(), name);
    expect(second.seed).toBe('seeded');
    expect((await second.db.platforms.get('weibo'))?.summary).toMatch(/\(updated\)$/);
    expect(await second.db.platforms.get('kaixin001')).toBeUndefined();
    expect(await second.db.pins.toArray()).toEqual([{ platformId: 'weibo', pinnedAt: 1 }]);
    expect((await second.db.notes.get('weibo'))?.text).toBe('Ask the agency about verified accounts');
    expect(await second.db.recent.count()).toBe(1);
    second.db.close();
  });
});

describe('a database that cannot be opened is rebuilt without losing the person’s data', () => {
  it('an outdated database whose keys cannot be upgraded is rebuilt, keeping valid pins and notes', async () => {
    // An early build keyed pins by an auto-increment id; changing a primary key cannot be upgraded
    // in place, so opening it fails and the database must be rebuilt from the bundle.
    const old = new Dexie(freshName());
    old.version(0.5).stores({ pins: '++id', notes: 'platformId' });
    await old.open();
    await old.table('pins').bulkAdd([
      { platformId: 'zhihu', pinnedAt: 10 },
      { platformId: 'BROKEN ID', pinnedAt: 'yesterday' },
    ]);
    await old.table('notes').put({ platformId: 'zhihu', text: 'Try a Zhihu Live talk', updatedAt: 11 });
    old.close();

    const { db, rebuilt } = await openOrRebuild(catalogue, name);
    expect(rebuilt?.reason).toMatch(/UpgradeError|primary key/i);
    expect(rebuilt?.kept).toEqual({ pins: 1, notes: 1, recent: 0 });
    expect(await db.platforms.count()).toBe(catalogue.platforms.length);
    expect(await db.pins.toArray()).toEqual([{ platformId: 'zhihu', pinnedAt: 10 }]);
    expect((await db.notes.get('zhihu'))?.text).toBe('Try a Zhihu Live talk');
    db.close();
  });

  it('a database left by a newer release still opens with the catalogue and the person’s data', async () => {
    const future = new Dexie(freshName());
    future.version(40).stores({ platforms: 'id', pins: 'platformId', notes: 'platformId', recent: 'platformId', extra: '++id' });
    await future.open();
    await future.table('pins').put({ platformId: 'weibo', pinnedAt: 7 });
    future.close();

    const { db } = await openOrRebuild(catalogue, name);
    expect(await db.platforms.count()).toBe(catalogue.platforms.length);
    expect(await db.pins.get('weibo')).toEqual({ platformId: 'weibo', pinnedAt: 7 });
    db.close();
  });

  it('recovers from a database whose stores do not match (missing catalogue tables)', async () => {
    const odd = new Dexie(freshName());
    odd.version(1).stores({ pins: 'platformId' });
    await odd.open();
    await odd.table('pins').put({ platformId: 'douyin', pinnedAt: 5 });
    odd.close();

    const { db } = await openOrRebuild(catalogue, name);
    expect(await db.platforms.count()).toBe(catalogue.platforms.length);
    expect(await db.pins.get('douyin')).toEqual({ platformId: 'douyin', pinnedAt: 5 });
    db.close();
  });

  it('a plain createDatabase() sees the seeded rows (extension pages read the same database)', async () => {
    (await openOrRebuild(catalogue, freshName())).db.close();
    const page = createDatabase(name);
    expect(await page.platforms.count()).toBe(catalogue.platforms.length);
    page.close();
  });
});
