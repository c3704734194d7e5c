import Dexie from 'dexie';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createCardAnswers } from '@/lib/background/card-answers';
import { buildCardData } from '@/lib/catalogue/card-data';
import type { ChinaLensDb } from '@/lib/db/database';
import { openOrRebuild } from '@/lib/db/open-or-rebuild';
import { loadCatalogue } from './support/catalogue';

const catalogue = loadCatalogue();
const name = `card-answers-${Math.random().toString(36).slice(2)}`;
let db: ChinaLensDb;

beforeAll(async () => {
  db = (await openOrRebuild(catalogue, name)).db;
});
afterAll(async () => {
  db.close();
  await Dexie.delete(name);
});

describe("the background's card answers, read row by row from IndexedDB", () => {
  it('are what the whole catalogue gives, for every platform', async () => {
    const answer = createCardAnswers(async () => db);
    for (const p of catalogue.platforms) expect(await answer(p.id), p.id).toEqual(buildCardData(p.id, catalogue.platforms, catalogue.sources));
  });

  it('an unknown platform is no card', async () => {
    expect(await createCardAnswers(async () => db)('no-such-platform')).toBeNull();
  });

  it('each platform is read once per background lifetime', async () => {
    const answer = createCardAnswers(async () => db);
    const get = vi.spyOn(db.platforms, 'get');
    await answer('instagram');
    await answer('instagram');
    await Promise.all([answer('wechat'), answer('wechat')]);
    expect(get).toHaveBeenCalledTimes(2);
  });

  it('a failed read is asked again next time', async () => {
    const open = vi.fn<() => Promise<ChinaLensDb>>().mockRejectedValueOnce(new Error('seeding failed')).mockResolvedValue(db);
    const answer = createCardAnswers(open);
    await expect(answer('youtube')).rejects.toThrow('seeding failed');
    expect((await answer('youtube'))?.name).toBe('YouTube');
  });
});
