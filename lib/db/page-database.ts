/**
 * The database as extension pages (popup, catalogue page) use it: one connection per page. The
 * background seeds it; a page that opens before the first seed finishes simply sees rows arrive
 * through live queries.
 */
import { createDatabase, type ChinaLensDb } from './database';

let db: ChinaLensDb | undefined;
export function pageDatabase(): ChinaLensDb {
  db ??= createDatabase();
  return db;
}
