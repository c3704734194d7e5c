import Dexie from 'dexie';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { equivalentsOf } from '@/lib/catalogue/equivalents';
import type { Catalogue } from '@/lib/catalogue/schema';
import { createDatabase, DATABASE_NAME, type ChinaLensDb } from '@/lib/db/database';
import { seedCatalogue } from '@/lib/db/seed-catalogue';
import { listPins, setPinned } from '@/lib/personal/pins';
import { FIRST_ROWS_DATABASE, readFirstRows } from '@/lib/popup/first-rows';
import { loadCatalogue } from './support/catalogue';

let catalogue: Catalogue;
let db: ChinaLensDb;
let name: string;
let n = 0;
beforeAll(() => {
  catalogue = loadCatalogue();
});
beforeEach(async () => {
  name = `first-rows-test-${n++}`;
  db = createDatabase(name);
  await db.open();
});
afterEach(async () => {
  db.close();
  await Dexie.delete(name);
});

const ids = (rows: { id: string }[]) => rows.map((r) => r.id).sort();

describe("the popup's first read (plain IndexedDB, before Dexie loads)", () => {
  it('reads the database Dexie writes', () => {
    expect(FIRST_ROWS_DATABASE).toBe(DATABASE_NAME);
  });

  it('on a Western platform: it and its Chinese equivalents, exactly as Dexie stores them, with the pins newest first', async () => {
    await seedCatalogue(db, catalogue);
    await setPinned(db, 'weibo', true, 1);
    await setPinned(db, 'x', true, 2);
    const rows = (await readFirstRows('x', indexedDB, name))!;
    const expected = equivalentsOf('x', catalogue).map((v) => v.platform.id);
    expect(expected.length).toBeGreaterThan(0);
    expect(ids(rows.platforms)).toEqual(['x', ...expected].sort());
    expect(rows.platforms.find((p) => p.id === 'x')).toEqual(await db.platforms.get('x'));
    expect(rows.pins).toEqual(await listPins(db));
    // The popup's answer from these rows is the one from the whole catalogue.
    expect(equivalentsOf('x', { platforms: rows.platforms }).map((v) => v.platform.id)).toEqual(expected);
  });

  it('on a Chinese platform: it and every Western platform that names it, in the same order as from the whole catalogue', async () => {
    await seedCatalogue(db, catalogue);
    const rows = (await readFirstRows(Promise.resolve('zhihu'), indexedDB, name))!;
    const expected = equivalentsOf('zhihu', catalogue).map((v) => v.platform.id);
    expect(expected).toContain('quora');
    expect(equivalentsOf('zhihu', { platforms: rows.platforms }).map((v) => v.platform.id)).toEqual(expected);
    expect(rows.platforms.length).toBeLessThan(catalogue.platforms.length);
  });

  it('elsewhere (or on an id it does not know): every platform', async () => {
    await seedCatalogue(db, catalogue);
    expect(ids((await readFirstRows(null, indexedDB, name))!.platforms)).toEqual(ids(catalogue.platforms));
    expect(ids((await readFirstRows('not-a-platform', indexedDB, name))!.platforms)).toEqual(ids(catalogue.platforms));
  });

  it('before the first seed it gives no rows, and it never creates a database Dexie has not', async () => {
    expect(await readFirstRows('x', indexedDB, name)).toBeUndefined();
    const missing = `${name}-missing`;
    expect(await readFirstRows('x', indexedDB, missing)).toBeUndefined();
    expect(await Dexie.exists(missing)).toBe(false);
  });
});
