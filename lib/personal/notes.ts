/**
 * Private notes on platforms, one per platform, in IndexedDB's personal tables. Clearing a note's
 * text removes it, so an empty note never shows up as "has a note".
 */
import type { ChinaLensDb } from '../db/database';
import type { Note } from '../db/personal-schema';

// The schema (and Zod) loads on the first write, not with the popup's first script.
const schemas = () => import('../db/personal-schema');

export const NOTE_MAX_LENGTH = 20_000;

export async function saveNote(db: ChinaLensDb, platformId: string, text: string, now = Date.now()): Promise<Note | null> {
  if (text.trim() === '') {
    await db.notes.delete(platformId);
    return null;
  }
  const note = (await schemas()).noteSchema.parse({ platformId, text: text.slice(0, NOTE_MAX_LENGTH), updatedAt: now });
  await db.notes.put(note);
  return note;
}

export async function readNote(db: ChinaLensDb, platformId: string): Promise<Note | null> {
  return (await db.notes.get(platformId)) ?? null;
}
