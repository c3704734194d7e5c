/**
 * One database for the background's lifetime, seeded from the bundle before first use. Every
 * handler awaits this, so a message arriving during a seed waits instead of reading half a table.
 */
import bundledCatalogue from 'virtual:china-lens/catalogue';
import type { ChinaLensDb } from '../db/database';
import { openOrRebuild } from '../db/open-or-rebuild';

let ready: Promise<ChinaLensDb> | undefined;

export function databaseReady(): Promise<ChinaLensDb> {
  ready ??= openOrRebuild(bundledCatalogue).then((result) => {
    if (result.rebuilt)
      console.warn(`China Lens rebuilt its database (${result.rebuilt.reason}); kept`, result.rebuilt.kept);
    return result.db;
  });
  ready.catch(() => {
    ready = undefined; // let the next caller try again rather than fail forever
  });
  return ready;
}
