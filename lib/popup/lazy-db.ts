/**
 * The popup's database, loaded (Dexie with it, about a quarter of the popup's script) only when
 * first asked for: the first answer comes from plain IndexedDB (first-rows.ts), so Dexie loads
 * just after the first paint, for the live queries and the writes.
 */
import type { ChinaLensDb } from '../db/database';

export type LoadDb = () => Promise<ChinaLensDb>;

/** Components take the database itself (tests, other pages) or how to load it (the popup). */
export type DbSource = ChinaLensDb | LoadDb;

export function loaderOf(source: DbSource): LoadDb {
  return typeof source === 'function' ? source : () => Promise.resolve(source);
}

export function lazyPageDatabase(): LoadDb {
  let loading: Promise<ChinaLensDb> | undefined;
  return () => (loading ??= import('../db/page-database').then((m) => m.pageDatabase()));
}
