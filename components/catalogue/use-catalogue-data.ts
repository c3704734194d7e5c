/**
 * Everything the catalogue page reads from IndexedDB, as live queries: a seed finishing, a pin
 * set in the popup or a note saved in another tab shows up here without a reload. The catalogue
 * is small (about a hundred platforms), so the page holds all of it and filters in memory.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { createContext, useContext, useMemo } from 'react';
import type { GlossaryTerm, MarketFact, Platform, Source } from '@/lib/catalogue/schema';
import type { ChinaLensDb } from '@/lib/db/database';
import type { Note, Pin } from '@/lib/db/personal-schema';

export interface CatalogueData {
  db: ChinaLensDb;
  /** undefined while the first read is under way. */
  platforms: Platform[] | undefined;
  byId: Map<string, Platform>;
  sources: Map<string, Source>;
  glossary: GlossaryTerm[] | undefined;
  market: MarketFact[] | undefined;
  pins: Pin[] | undefined;
  pinned: Set<string>;
  notes: Note[] | undefined;
  catalogueVersion: string | undefined;
}

export function useCatalogueRows(db: ChinaLensDb): CatalogueData {
  const platforms = useLiveQuery(() => db.platforms.toArray(), [db]);
  const sourceRows = useLiveQuery(() => db.sources.toArray(), [db]);
  const glossary = useLiveQuery(() => db.glossary.toArray(), [db]);
  const market = useLiveQuery(() => db.market.toArray(), [db]);
  const pins = useLiveQuery(() => db.pins.orderBy('pinnedAt').reverse().toArray(), [db]);
  const notes = useLiveQuery(() => db.notes.toArray(), [db]);
  const version = useLiveQuery(() => db.meta.get('catalogueVersion'), [db]);
  const byId = useMemo(() => new Map((platforms ?? []).map((p) => [p.id, p])), [platforms]);
  const sources = useMemo(() => new Map((sourceRows ?? []).map((s) => [s.id, s])), [sourceRows]);
  const pinned = useMemo(() => new Set((pins ?? []).map((p) => p.platformId)), [pins]);
  return { db, platforms, byId, sources, glossary, market, pins, pinned, notes, catalogueVersion: version?.value };
}

export const CatalogueDataContext = createContext<CatalogueData | null>(null);

export function useCatalogueData(): CatalogueData {
  const data = useContext(CatalogueDataContext);
  if (!data) throw new Error('useCatalogueData outside CatalogueDataContext');
  return data;
}
