/**
 * The rows the popup reads from IndexedDB, as live queries: when the background finishes a seed
 * or another page pins a platform, the popup updates without reopening.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import type { GlossaryTerm, Platform, Source } from '@/lib/catalogue/schema';
import type { ChinaLensDb } from '@/lib/db/database';
import type { Pin, RecentView } from '@/lib/db/personal-schema';
import { listPins } from '@/lib/personal/pins';
import { listRecent } from '@/lib/personal/recent';

export interface PopupData {
  /** undefined while loading; empty until the background's first seed lands. */
  platforms: Platform[] | undefined;
  byId: Map<string, Platform>;
  sources: Map<string, Source>;
  glossary: GlossaryTerm[] | undefined;
  pins: Pin[] | undefined;
  recent: RecentView[] | undefined;
}

/** `initial` (read before the first render) shows at once; the live queries take over from it. */
export function usePopupData(db: ChinaLensDb, initial?: Pick<PopupData, 'platforms' | 'pins'>): PopupData {
  const platforms = useLiveQuery(() => db.platforms.toArray(), [db], initial?.platforms);
  const sourceRows = useLiveQuery(() => db.sources.toArray(), [db]);
  const glossary = useLiveQuery(() => db.glossary.toArray(), [db]);
  const pins = useLiveQuery(() => listPins(db), [db], initial?.pins);
  const recent = useLiveQuery(() => listRecent(db), [db]);
  const byId = useMemo(() => new Map((platforms ?? []).map((p) => [p.id, p])), [platforms]);
  const sources = useMemo(() => new Map((sourceRows ?? []).map((s) => [s.id, s])), [sourceRows]);
  return { platforms, byId, sources, glossary, pins, recent };
}
