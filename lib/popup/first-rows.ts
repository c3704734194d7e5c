/**
 * The rows the popup's first answer needs, read with plain IndexedDB before Dexie and React have
 * loaded: the read then runs while the browser is still fetching and starting the popup's
 * script. On a catalogued site only the platform and its counterparts are read (a few rows, not
 * the whole catalogue); elsewhere every platform (the home view counts categories). Dexie stores
 * rows as they are, so these are the same objects its queries return; its live queries take over
 * after the first paint.
 */
import type { Platform } from '../catalogue/schema';
import type { Pin } from '../db/personal-schema';

/** lib/db/database.ts DATABASE_NAME (not imported: that module loads Dexie). A test holds them together. */
export const FIRST_ROWS_DATABASE = 'china-lens';

export interface FirstRows {
  /** Every platform, or (on a catalogued site) the platform and its counterparts. */
  platforms: Platform[];
  /** Newest pin first, as lib/personal/pins.ts listPins gives them. */
  pins: Pin[];
}

const done = <T>(request: IDBRequest<T>) =>
  new Promise<T>((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error('IndexedDB request failed'));
  });

/** The platform and its counterparts on the other side (lib/catalogue/equivalents.ts pairs them the same way). */
async function platformAndCounterparts(store: IDBObjectStore, id: string): Promise<Platform[] | undefined> {
  const self = await done(store.get(id) as IDBRequest<Platform | undefined>);
  if (!self) return undefined;
  if (self.region === 'western') {
    const chinese = await Promise.all(self.equivalents.map((e) => done(store.get(e.chinese) as IDBRequest<Platform | undefined>)));
    return [self, ...chinese.filter((p): p is Platform => p !== undefined)];
  }
  // Pairings are written on the Western side: any Western platform may name this one.
  const western = await done(store.index('region').getAll('western') as IDBRequest<Platform[]>);
  return [self, ...western.filter((w) => w.equivalents.some((e) => e.chinese === id))];
}

/**
 * Resolves with the rows, or undefined when there is no seeded database yet: the popup then waits
 * for Dexie's live queries as before. Never creates the database — Dexie must be the one to
 * create and upgrade it.
 *
 * `platformId` may still be on its way (the tab's address is asked for at the same time): the
 * database opens meanwhile.
 */
export function readFirstRows(
  platformId: string | null | Promise<string | null>,
  factory: IDBFactory = indexedDB,
  name = FIRST_ROWS_DATABASE,
): Promise<FirstRows | undefined> {
  return new Promise((resolve, reject) => {
    const open = factory.open(name);
    // No version asked for, so this fires only when the database does not exist: abort, which
    // leaves nothing behind.
    open.onupgradeneeded = () => open.transaction?.abort();
    open.onerror = () => (open.error?.name === 'AbortError' ? resolve(undefined) : reject(open.error ?? new Error('IndexedDB open failed')));
    open.onblocked = () => resolve(undefined);
    open.onsuccess = () => {
      const db = open.result;
      if (!db.objectStoreNames.contains('platforms') || !db.objectStoreNames.contains('pins')) {
        db.close();
        resolve(undefined);
        return;
      }
      Promise.resolve(platformId)
        .then((id) => {
          const tx = db.transaction(['platforms', 'pins'], 'readonly');
          const store = tx.objectStore('platforms');
          const all = () => done(store.getAll() as IDBRequest<Platform[]>);
          const platforms = id ? platformAndCounterparts(store, id).then((rows) => rows ?? all()) : all();
          return Promise.all([platforms, done(tx.objectStore('pins').getAll() as IDBRequest<Pin[]>)]);
        })
        // An empty catalogue (the first seed has not landed) is no answer: let the live queries wait for it.
        .then(([rows, pins]) => resolve(rows.length ? { platforms: rows, pins: pins.sort((a, b) => b.pinnedAt - a.pinnedAt) } : undefined), reject)
        .finally(() => db.close());
    };
  });
}
