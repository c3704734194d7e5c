/**
 * Pinned platforms, kept in IndexedDB's personal tables (a catalogue re-seed never touches them).
 * The database is passed in so tests and every page use the same code.
 */
import type { ChinaLensDb } from '../db/database';
import type { Pin } from '../db/personal-schema';

// The schema (and Zod) loads on the first write, not with the popup's first script.
const schemas = () => import('../db/personal-schema');

export async function setPinned(db: ChinaLensDb, platformId: string, pinned: boolean, now = Date.now()): Promise<void> {
  if (pinned) await db.pins.put((await schemas()).pinSchema.parse({ platformId, pinnedAt: now }));
  else await db.pins.delete(platformId);
}

/** Newest pin first. */
export function listPins(db: ChinaLensDb): Promise<Pin[]> {
  return db.pins.orderBy('pinnedAt').reverse().toArray();
}
