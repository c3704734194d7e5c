/** Seeding the catalogue into IndexedDB (fake-indexeddb in Node): first seed and a no-op re-check. */
import 'fake-indexeddb/auto';
import { resolve } from 'node:path';
import Dexie from 'dexie';
import type { BenchContext } from '../bench';
import { readCatalogueDir } from '../../lib/catalogue/read-data-dir';
import { openOrRebuild } from '../../lib/db/open-or-rebuild';

export default async function bench({ print }: BenchContext) {
  const result = readCatalogueDir(resolve(import.meta.dirname, '../../data'));
  if (!result.ok) throw new Error('catalogue invalid');
  const firsts: number[] = [];
  const repeats: number[] = [];
  for (let i = 0; i < 5; i++) {
    const name = `bench-${i}`;
    let t0 = performance.now();
    const { db } = await openOrRebuild(result.catalogue, name);
    firsts.push(performance.now() - t0);
    db.close();
    t0 = performance.now();
    const again = await openOrRebuild(result.catalogue, name);
    repeats.push(performance.now() - t0);
    again.db.close();
    await Dexie.delete(name);
  }
  const median = (a: number[]) => a.sort((x, y) => x - y)[Math.floor(a.length / 2)]!;
  print('seeding.platforms', result.catalogue.platforms.length);
  print('seeding.first (median of 5)', median(firsts), 'ms');
  print('seeding.up-to-date check (median of 5)', median(repeats), 'ms');
}
