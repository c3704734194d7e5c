/**
 * A Dexie live query whose Dexie loads on first use (see lazy-db.ts): the value is `initial`
 * until the database answers, then follows every change, as Dexie's useLiveQuery does.
 */
import { useEffect, useState } from 'react';
import type { ChinaLensDb } from '../db/database';
import { loaderOf, type DbSource } from './lazy-db';

export function useLiveRows<T>(source: DbSource, query: (db: ChinaLensDb) => Promise<T>, deps: readonly unknown[], initial?: T): T | undefined {
  const [value, setValue] = useState<T | undefined>(initial);
  useEffect(() => {
    let live = true;
    let subscription: { unsubscribe(): void } | undefined;
    void Promise.all([loaderOf(source)(), import('dexie')])
      .then(([db, { liveQuery }]) => {
        if (!live) return;
        subscription = liveQuery(() => query(db)).subscribe({
          next: (rows) => setValue(() => rows),
          error: (e: unknown) => console.error('China Lens could not read its database', e),
        });
      })
      .catch((e: unknown) => console.error('China Lens could not open its database', e));
    return () => {
      live = false;
      subscription?.unsubscribe();
    };
    // The caller lists what the query reads, as with Dexie's useLiveQuery.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, deps);
  return value;
}
