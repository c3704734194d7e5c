/**
 * Opens the database, and when it cannot be opened (a newer or broken schema, a corrupt store),
 * rebuilds it from the bundle while keeping whatever pins, notes and recent views can be read.
 */
import Dexie from 'dexie';
import type { Catalogue } from '../catalogue/schema';
import { createDatabase, DATABASE_NAME, type ChinaLensDb } from './database';
import { noteSchema, pinSchema, recentViewSchema, type Note, type Pin, type RecentView } from './personal-schema';
import { seedCatalogue, type SeedOutcome } from './seed-catalogue';

export interface OpenResult {
  db: ChinaLensDb;
  seed: SeedOutcome;
  /** Set when the database had to be rebuilt; says why and how much personal data was kept. */
  rebuilt?: { reason: string; kept: { pins: number; notes: number; recent: number } };
}

export async function openOrRebuild(catalogue: Catalogue, name = DATABASE_NAME): Promise<OpenResult> {
  const db = createDatabase(name);
  try {
    await db.open();
    return { db, seed: await seedCatalogue(db, catalogue) };
  } catch (error) {
    db.close();
    const reason = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    const rescued = await rescuePersonalData(name);
    await Dexie.delete(name);
    const fresh = createDatabase(name);
    await fresh.open();
    // The person's rows go back before the seed: if seeding fails here too (a full disk), they are
    // already stored, and the next start re-seeds an open database instead of deleting it again.
    await fresh.transaction('rw', [fresh.pins, fresh.notes, fresh.recent], async () => {
      await fresh.pins.bulkPut(rescued.pins);
      await fresh.notes.bulkPut(rescued.notes);
      await fresh.recent.bulkPut(rescued.recent);
    });
    const seed = await seedCatalogue(fresh, catalogue);
    return {
      db: fresh,
      seed,
      rebuilt: { reason, kept: { pins: rescued.pins.length, notes: rescued.notes.length, recent: rescued.recent.length } },
    };
  }
}

/** Reads personal rows with raw IndexedDB at whatever version is on disk; keeps only valid rows. */
async function rescuePersonalData(name: string): Promise<{ pins: Pin[]; notes: Note[]; recent: RecentView[] }> {
  const empty = { pins: [] as Pin[], notes: [] as Note[], recent: [] as RecentView[] };
  const raw = await new Promise<IDBDatabase | null>((resolve) => {
    try {
      const request = indexedDB.open(name);
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => resolve(null);
      request.onblocked = () => resolve(null);
    } catch {
      resolve(null);
    }
  });
  if (!raw) return empty;
  const readAll = (store: string) =>
    new Promise<unknown[]>((resolve) => {
      try {
        if (!raw.objectStoreNames.contains(store)) return resolve([]);
        const request = raw.transaction(store, 'readonly').objectStore(store).getAll();
        request.onsuccess = () => resolve(request.result as unknown[]);
        request.onerror = () => resolve([]);
      } catch {
        resolve([]);
      }
    });
  // Keep a row if its known fields are valid; fields an older or newer release added are dropped.
  const keep = <T>(rows: unknown[], schema: { shape: object; safeParse: (v: unknown) => { success: boolean; data?: T } }) =>
    rows.flatMap((row) => {
      if (typeof row !== 'object' || row === null) return [];
      const known = Object.fromEntries(Object.keys(schema.shape).map((k) => [k, (row as Record<string, unknown>)[k]]));
      const parsed = schema.safeParse(known);
      return parsed.success ? [parsed.data as T] : [];
    });
  const result = {
    pins: keep<Pin>(await readAll('pins'), pinSchema),
    notes: keep<Note>(await readAll('notes'), noteSchema),
    recent: keep<RecentView>(await readAll('recent'), recentViewSchema),
  };
  raw.close();
  return result;
}
