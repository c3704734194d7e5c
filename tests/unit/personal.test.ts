import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createDatabase, type ChinaLensDb } from '@/lib/db/database';
import { seedCatalogue } from '@/lib/db/seed-catalogue';
import { readNote, saveNote } from '@/lib/personal/notes';
import { listPins, setPinned } from '@/lib/personal/pins';
import { listRecent, recordView } from '@/lib/personal/recent';
import { loadCatalogue } from './support/catalogue';

let db: ChinaLensDb;
let n = 0;
beforeEach(async () => {
  db = createDatabase(`personal-test-${n++}`);
  await db.open();
});
afterEach(async () => {
  db.close();
  await db.delete();
});

describe('pins', () => {
  it('pins and unpins, newest first', async () => {
    await setPinned(db, 'x', true, 1);
    await setPinned(db, 'weibo', true, 2);
    expect((await listPins(db)).map((p) => p.platformId)).toEqual(['weibo', 'x']);
    await setPinned(db, 'x', false);
    expect((await listPins(db)).map((p) => p.platformId)).toEqual(['weibo']);
  });

  it('refuses an id that is not a platform id', async () => {
    await expect(setPinned(db, 'Not An Id', true)).rejects.toThrow();
    expect(await listPins(db)).toEqual([]);
  });
});

describe('notes', () => {
  it('saves, replaces and, when emptied, removes a note', async () => {
    await saveNote(db, 'weibo', 'Ask the agency about blue V', 10);
    expect(await readNote(db, 'weibo')).toEqual({ platformId: 'weibo', text: 'Ask the agency about blue V', updatedAt: 10 });
    await saveNote(db, 'weibo', 'Second thought', 20);
    expect((await readNote(db, 'weibo'))?.text).toBe('Second thought');
    await saveNote(db, 'weibo', '   ');
    expect(await readNote(db, 'weibo')).toBeNull();
  });
});

describe('recent', () => {
  it('moves a viewed entry to the top and keeps only the newest', async () => {
    await recordView(db, 'a', 1, 3);
    await recordView(db, 'b', 2, 3);
    await recordView(db, 'c', 3, 3);
    await recordView(db, 'a', 4, 3);
    await recordView(db, 'd', 5, 3);
    expect((await listRecent(db)).map((r) => r.platformId)).toEqual(['d', 'a', 'c']);
    expect(await db.recent.count()).toBe(3);
  });
});

describe('personal data and catalogue updates', () => {
  it('pins, notes and recent views survive a re-seed with a new catalogue version', async () => {
    const catalogue = loadCatalogue();
    await seedCatalogue(db, catalogue);
    await setPinned(db, 'x', true);
    await saveNote(db, 'x', 'Launch on Weibo first');
    await recordView(db, 'zhihu');
    expect(await seedCatalogue(db, { ...catalogue, version: catalogue.version + '-next' })).toBe('seeded');
    expect((await listPins(db)).map((p) => p.platformId)).toEqual(['x']);
    expect((await readNote(db, 'x'))?.text).toBe('Launch on Weibo first');
    expect((await listRecent(db)).map((r) => r.platformId)).toEqual(['zhihu']);
  });
});
