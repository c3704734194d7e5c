/**
 * The rows the popup reads from IndexedDB, as live queries: when the background finishes a seed
 * or another page pins a platform, the popup updates without reopening.
 */
import { useMemo } from 'react';
import type { GlossaryTerm, Platform, Source } from '@/lib/catalogue/schema';
import type { Pin, RecentView } from '@/lib/db/personal-schema';
import { listPins } from '@/lib/personal/pins';
import { listRecent } from '@/lib/personal/recent';
import type { DbSource } from '@/lib/popup/lazy-db';
import { useLiveRows } from '@/lib/popup/use-live-rows';

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
export function usePopupData(db: DbSource, initial?: Pick<PopupData, 'platforms' | 'pins'>): PopupData {
  const platforms = useLiveRows(db, (d) => d.platforms.toArray(), [db], initial?.platforms);
  const sourceRows = useLiveRows(db, (d) => d.sources.toArray(), [db]);
  const glossary = useLiveRows(db, (d) => d.glossary.toArray(), [db]);
  const pins = useLiveRows(db, (d) => listPins(d), [db], initial?.pins);
  const recent = useLiveRows(db, (d) => listRecent(d), [db]);
  const byId = useMemo(() => new Map((platforms ?? []).map((p) => [p.id, p])), [platforms]);
  const sources = useMemo(() => new Map((sourceRows ?? []).map((s) => [s.id, s])), [sourceRows]);
  return { platforms, byId, sources, glossary, pins, recent };
}
