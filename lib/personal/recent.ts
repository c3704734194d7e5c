/**
 * Recently viewed platforms: the popup's "Recent" list. Viewing again moves an entry to the top;
 * only the newest RECENT_KEEP are kept, so the table cannot grow without bound.
 */
import type { ChinaLensDb } from '../db/database';
import type { RecentView } from '../db/personal-schema';

// The schema (and Zod) loads on the first write, not with the popup's first script.
const schemas = () => import('../db/personal-schema');

export const RECENT_KEEP = 12;

export async function recordView(db: ChinaLensDb, platformId: string, now = Date.now(), keep = RECENT_KEEP): Promise<void> {
  const row = (await schemas()).recentViewSchema.parse({ platformId, viewedAt: now });
  await db.transaction('rw', db.recent, async () => {
    await db.recent.put(row);
    const stale = await db.recent.orderBy('viewedAt').reverse().offset(keep).primaryKeys();
    if (stale.length) await db.recent.bulkDelete(stale);
  });
}

/** Newest first. */
export function listRecent(db: ChinaLensDb, limit = RECENT_KEEP): Promise<RecentView[]> {
  return db.recent.orderBy('viewedAt').reverse().limit(limit).toArray();
}
