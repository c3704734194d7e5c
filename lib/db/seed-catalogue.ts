/**
 * Puts the bundled catalogue into IndexedDB when the stored version differs, in one transaction,
 * replacing only catalogue tables.
 */
import type { Catalogue } from '../catalogue/schema';
import type { ChinaLensDb } from './database';

export type SeedOutcome = 'seeded' | 'up-to-date';

export async function seedCatalogue(db: ChinaLensDb, catalogue: Catalogue, now = Date.now()): Promise<SeedOutcome> {
  return db.transaction('rw', [db.platforms, db.sources, db.glossary, db.market, db.meta], async () => {
    const stored = await db.meta.get('catalogueVersion');
    if (stored?.value === catalogue.version) return 'up-to-date';
    await Promise.all([db.platforms.clear(), db.sources.clear(), db.glossary.clear(), db.market.clear()]);
    await Promise.all([
      db.platforms.bulkAdd(catalogue.platforms),
      db.sources.bulkAdd(catalogue.sources),
      db.glossary.bulkAdd(catalogue.glossary),
      db.market.bulkAdd(catalogue.market),
    ]);
    await db.meta.bulkPut([
      { key: 'catalogueVersion', value: catalogue.version },
      { key: 'seededAt', value: new Date(now).toISOString() },
    ]);
    return 'seeded';
  });
}
