/**
 * The IndexedDB database (Dexie). Catalogue tables are replaced wholesale by a re-seed; the
 * person's own tables (pins, notes, recent) are never touched by one.
 * Only the background and extension pages open it; content scripts ask the background.
 */
import Dexie, { type EntityTable } from 'dexie';
import type { GlossaryTerm, MarketFact, Platform, Source } from '../catalogue/schema';
import type { Note, Pin, RecentView } from './personal-schema';

export const DATABASE_NAME = 'china-lens';

export interface MetaRow {
  key: 'catalogueVersion' | 'seededAt';
  value: string;
}

export type ChinaLensDb = Dexie & {
  platforms: EntityTable<Platform, 'id'>;
  sources: EntityTable<Source, 'id'>;
  glossary: EntityTable<GlossaryTerm, 'id'>;
  market: EntityTable<MarketFact, 'id'>;
  meta: EntityTable<MetaRow, 'key'>;
  pins: EntityTable<Pin, 'platformId'>;
  notes: EntityTable<Note, 'platformId'>;
  recent: EntityTable<RecentView, 'platformId'>;
};

export const CATALOGUE_TABLES = ['platforms', 'sources', 'glossary', 'market', 'meta'] as const;
export const PERSONAL_TABLES = ['pins', 'notes', 'recent'] as const;

/** Schema versions, oldest first. A new version is appended, never edited (tests open old shapes). */
export const SCHEMA_VERSIONS: Record<number, Record<string, string>> = {
  1: {
    platforms: 'id, region, *categories',
    sources: 'id',
    glossary: 'id',
    market: 'id, topic',
    meta: 'key',
    pins: 'platformId, pinnedAt',
    notes: 'platformId, updatedAt',
    recent: 'platformId, viewedAt',
  },
};

export function createDatabase(name = DATABASE_NAME): ChinaLensDb {
  const db = new Dexie(name) as ChinaLensDb;
  for (const [version, stores] of Object.entries(SCHEMA_VERSIONS)) db.version(Number(version)).stores(stores);
  return db;
}
