/**
 * The person's pins, notes and recent views survive every way the database changes under them:
 * a database left by each earlier schema version (built here with raw IndexedDB exactly as that
 * version's code shaped it, so Dexie's own creation is not what is tested), a catalogue update
 * (a new data version re-seeds), and a database that fails to open (rebuilt).
 */
import Dexie from 'dexie';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Catalogue } from '@/lib/catalogue/schema';
import { SCHEMA_VERSIONS } from '@/lib/db/database';
import { openOrRebuild } from '@/lib/db/open-or-rebuild';
import { loadCatalogue } from './support/catalogue';

const catalogue = loadCatalogue();

/**
 * Every schema version ever released, frozen as it was (from `git log -p lib/db/database.ts`):
 * its stores in Dexie's notation, and a person's rows in that version's shape with how they read
 * today. A new version in SCHEMA_VERSIONS must be added here too (the first test says so), with
 * rows in its shape, so the next release is tested opening it.
 *
 * 1 — f1b4089 (the first release): catalogue tables, meta, and pins/notes/recent keyed by
 *     platformId. Unchanged since.
 */
const FROZEN_VERSIONS: Record<number, { stores: Record<string, string>; rows: Record<string, unknown[]>; current: { pins: unknown[]; notes: unknown[]; recent: unknown[] } }> = {
  1: {
    stores: {
      platforms: 'id, region, *categories',
      sources: 'id',
      glossary: 'id',
      market: 'id, topic',
      meta: 'key',
      pins: 'platformId, pinnedAt',
      notes: 'platformId, updatedAt',
      recent: 'platformId, viewedAt',
    },
    rows: {
      // What that release's catalogue left behind: a platform the catalogue has since dropped.
      platforms: [{ id: 'retired-platform', region: 'western', categories: ['social'], name: 'Retired' }],
      meta: [
        { key: 'catalogueVersion', value: 'release-1-catalogue' },
        { key: 'seededAt', value: '2026-01-01T00:00:00.000Z' },
      ],
      pins: [
        { platformId: 'weibo', pinnedAt: 1_700_000_000_000 },
        { platformId: 'x', pinnedAt: 1_700_000_000_100 },
        // A pin on a platform the catalogue no longer has is still the person's: kept.
        { platformId: 'retired-platform', pinnedAt: 1_700_000_000_200 },
      ],
      notes: [
        { platformId: 'weibo', text: 'Ask the agency about verified accounts', updatedAt: 1_700_000_001_000 },
        { platformId: 'xiaohongshu', text: '小红书：种草 budget for Q3\nsecond line', updatedAt: 1_700_000_002_000 },
        { platformId: 'retired-platform', text: 'x'.repeat(20_000), updatedAt: 1_700_000_003_000 },
      ],
      recent: [
        { platformId: 'zhihu', viewedAt: 1_700_000_004_000 },
        { platformId: 'x', viewedAt: 1_700_000_005_000 },
      ],
    },
    current: { pins: [], notes: [], recent: [] }, // filled below: version 1 rows read unchanged
  },
};
FROZEN_VERSIONS[1]!.current = { pins: FROZEN_VERSIONS[1]!.rows.pins!, notes: FROZEN_VERSIONS[1]!.rows.notes!, recent: FROZEN_VERSIONS[1]!.rows.recent! };

let names: string[] = [];
const freshName = () => {
  const name = `china-lens-upgrade-${Math.random().toString(36).slice(2)}`;
  names.push(name);
  return name;
};
afterEach(async () => {
  await Promise.all(names.map((n) => Dexie.delete(n)));
  names = [];
});

/** Dexie's store notation → raw IndexedDB: '++id' auto-increment, '&x' unique, '*x' multi-entry, '[a+b]' compound. */
function parseStore(spec: string) {
  const parts = spec.split(',').map((s) => s.trim());
  const keyPath = (s: string) => (s.startsWith('[') ? s.slice(1, -1).split('+') : s);
  const primary = parts[0]!;
  return {
    autoIncrement: primary.startsWith('++'),
    keyPath: keyPath(primary.replace(/^\+\+|^&/, '')),
    indexes: parts.slice(1).map((s) => {
      const name = s.replace(/^[&*]/, '');
      return { name, keyPath: keyPath(name), unique: s.startsWith('&'), multiEntry: s.startsWith('*') };
    }),
  };
}

/** Creates the database as the given schema version's code did (Dexie stores version × 10 natively). */
function createAsVersion(name: string, version: number, stores: Record<string, string>, rows: Record<string, unknown[]>): Promise<void> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(name, Math.round(version * 10));
    request.onupgradeneeded = () => {
      const db = request.result;
      for (const [store, spec] of Object.entries(stores)) {
        const { keyPath, autoIncrement, indexes } = parseStore(spec);
        const os = db.createObjectStore(store, { keyPath, autoIncrement });
        for (const index of indexes) os.createIndex(index.name, index.keyPath, { unique: index.unique, multiEntry: index.multiEntry });
      }
      for (const [store, list] of Object.entries(rows)) for (const row of list) request.transaction!.objectStore(store).put(row);
    };
    request.onsuccess = () => {
      request.result.close();
      resolve();
    };
    request.onerror = () => reject(request.error ?? new Error('open failed'));
  });
}

/** The same catalogue with one edit and a new version, as a data-only update would bring. */
function catalogueUpdate(version: string): Catalogue {
  return {
    ...catalogue,
    version,
    platforms: catalogue.platforms.map((p) => (p.id === 'weibo' ? { ...p, summary: `${p.summary} [${version}]` } : p)),
  };
}

const personal = async (db: Awaited<ReturnType<typeof openOrRebuild>>['db']) => ({
  pins: await db.pins.orderBy('platformId').toArray(),
  notes: await db.notes.orderBy('platformId').toArray(),
  recent: await db.recent.orderBy('platformId').toArray(),
});
const byId = (rows: unknown[]) => [...(rows as { platformId: string }[])].sort((a, b) => a.platformId.localeCompare(b.platformId));

describe('every earlier schema version opens with today’s code, keeping every pin, note and recent view', () => {
  it('every version in SCHEMA_VERSIONS is frozen here, unchanged (a released version is never edited)', () => {
    expect(Object.keys(SCHEMA_VERSIONS)).toEqual(Object.keys(FROZEN_VERSIONS));
    for (const [version, frozen] of Object.entries(FROZEN_VERSIONS)) expect(SCHEMA_VERSIONS[Number(version)]).toEqual(frozen.stores);
  });

  it.each(Object.entries(FROZEN_VERSIONS))('a database left by schema version %s', async (version, frozen) => {
    const name = freshName();
    await createAsVersion(name, Number(version), frozen.stores, frozen.rows);

    const { db, seed, rebuilt } = await openOrRebuild(catalogue, name);
    // Opened in place: a rebuild would drop any row today's schemas cannot read.
    expect(rebuilt).toBeUndefined();
    expect(seed).toBe('seeded');
    expect(await personal(db)).toEqual({ pins: byId(frozen.current.pins), notes: byId(frozen.current.notes), recent: byId(frozen.current.recent) });
    expect(await db.platforms.count()).toBe(catalogue.platforms.length);
    expect(await db.glossary.count()).toBe(catalogue.glossary.length);
    expect(await db.platforms.get('retired-platform')).toBeUndefined();
    expect((await db.meta.get('catalogueVersion'))?.value).toBe(catalogue.version);
    // The indexes today's code queries still answer.
    expect((await db.platforms.where('region').equals('chinese').count()) > 0).toBe(true);
    expect((await db.recent.orderBy('viewedAt').last())?.platformId).toBe('x');
    db.close();
  });
});

describe('a catalogue update re-seeds the catalogue and leaves the person’s data alone', () => {
  it('each new catalogue version replaces the catalogue; the same version is left as it is', async () => {
    const name = freshName();
    await createAsVersion(name, 1, FROZEN_VERSIONS[1]!.stores, FROZEN_VERSIONS[1]!.rows);
    const first = await openOrRebuild(catalogue, name);
    const before = await personal(first.db);
    first.db.close();

    for (const version of ['data-update-1', 'data-update-2']) {
      const next = await openOrRebuild(catalogueUpdate(version), name);
      expect(next.seed).toBe('seeded');
      expect((await next.db.platforms.get('weibo'))?.summary).toMatch(new RegExp(`\\[${version}\\]$`));
      expect(await next.db.platforms.count()).toBe(catalogue.platforms.length);
      expect(await personal(next.db)).toEqual(before);
      next.db.close();
    }
    const same = await openOrRebuild(catalogueUpdate('data-update-2'), name);
    expect(same.seed).toBe('up-to-date');
    expect(await personal(same.db)).toEqual(before);
    same.db.close();
  });
});

/**
 * Makes IndexedDB refuse to open one database, as Chromium does with a corrupt store
 * ("UnknownError: Internal error opening backing store"): a number of times, or until it is deleted.
 */
function failOpening(name: string, times: number | 'until-deleted') {
  const factory = indexedDB;
  const open = factory.open.bind(factory);
  const deleteDatabase = factory.deleteDatabase.bind(factory);
  let failing = true;
  const failures: string[] = [];
  factory.open = (n: string, version?: number) => {
    if (n !== name || !failing) return open(n, version);
    failures.push(n);
    if (failures.length === times) failing = false;
    const request = { error: new DOMException('Internal error opening backing store for indexedDB.open.', 'UnknownError') } as unknown as IDBOpenDBRequest & Record<string, unknown>;
    setTimeout(() => {
      const event = { type: 'error', target: request, preventDefault() {}, stopPropagation() {} };
      (request.onerror as ((e: unknown) => void) | null)?.(event);
    });
    return request;
  };
  factory.deleteDatabase = (n: string) => {
    if (n === name) failing = false;
    return deleteDatabase(n);
  };
  return {
    failures,
    restore() {
      factory.open = open;
      factory.deleteDatabase = deleteDatabase;
    },
  };
}

describe('a database that fails to open is rebuilt', () => {
  // Dexie itself retries Chromium's UnknownError three times before giving up.
  const DEXIE_ATTEMPTS = 4;

  it('a failure that passes on Dexie’s retry opens in place: no rebuild, nothing re-read', async () => {
    const name = freshName();
    const v1 = FROZEN_VERSIONS[1]!;
    await createAsVersion(name, 1, v1.stores, v1.rows);
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const broken = failOpening(name, 1);
    try {
      const { db, rebuilt } = await openOrRebuild(catalogue, name);
      expect(broken.failures).toHaveLength(1);
      expect(warn).toHaveBeenCalledWith('Dexie: Workaround for Chrome UnknownError on open()');
      expect(rebuilt).toBeUndefined();
      expect(await personal(db)).toEqual({ pins: byId(v1.current.pins), notes: byId(v1.current.notes), recent: byId(v1.current.recent) });
      db.close();
    } finally {
      broken.restore();
    }
  });

  it('when every open fails, it is rebuilt from the bundle with every pin, note and recent view read back', async () => {
    const name = freshName();
    const v1 = FROZEN_VERSIONS[1]!;
    await createAsVersion(name, 1, v1.stores, v1.rows);
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const broken = failOpening(name, DEXIE_ATTEMPTS);
    try {
      const { db, seed, rebuilt } = await openOrRebuild(catalogue, name);
      expect(broken.failures).toHaveLength(DEXIE_ATTEMPTS); // the failure really happened, every time Dexie tried
      expect(rebuilt?.reason).toMatch(/^UnknownError: Internal error opening backing store/);
      expect(rebuilt?.kept).toEqual({ pins: 3, notes: 3, recent: 2 });
      expect(seed).toBe('seeded');
      expect(await personal(db)).toEqual({ pins: byId(v1.current.pins), notes: byId(v1.current.notes), recent: byId(v1.current.recent) });
      expect(await db.platforms.count()).toBe(catalogue.platforms.length);
      db.close();
    } finally {
      broken.restore();
    }
  });

  it('when nothing can be read, it is rebuilt empty with the catalogue, and opens normally afterwards', async () => {
    const name = freshName();
    await createAsVersion(name, 1, FROZEN_VERSIONS[1]!.stores, FROZEN_VERSIONS[1]!.rows);
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const broken = failOpening(name, 'until-deleted');
    try {
      const { db, rebuilt } = await openOrRebuild(catalogue, name);
      expect(broken.failures).toHaveLength(DEXIE_ATTEMPTS + 1); // Dexie's opens, then the rescue's raw open
      expect(rebuilt?.kept).toEqual({ pins: 0, notes: 0, recent: 0 });
      expect(await db.platforms.count()).toBe(catalogue.platforms.length);
      await db.pins.put({ platformId: 'weibo', pinnedAt: 1 });
      db.close();
    } finally {
      broken.restore();
    }
    const again = await openOrRebuild(catalogue, name);
    expect(again.seed).toBe('up-to-date');
    expect(again.rebuilt).toBeUndefined();
    expect(await again.db.pins.toArray()).toEqual([{ platformId: 'weibo', pinnedAt: 1 }]);
    again.db.close();
  });

  it('a seed that fails (a full disk) loses nothing: the next start seeds and every pin and note is there', async () => {
    const name = freshName();
    const v1 = FROZEN_VERSIONS[1]!;
    await createAsVersion(name, 1, v1.stores, v1.rows);
    // Two platforms with one id make the catalogue's bulkAdd fail inside the seed, as a quota error would.
    const failing: Catalogue = { ...catalogue, version: 'will-fail', platforms: [...catalogue.platforms, catalogue.platforms[0]!] };
    await expect(openOrRebuild(failing, name)).rejects.toThrow(/ConstraintError|Key already exists/);

    const next = await openOrRebuild(catalogue, name);
    expect(next.seed).toBe('seeded');
    expect(await personal(next.db)).toEqual({ pins: byId(v1.current.pins), notes: byId(v1.current.notes), recent: byId(v1.current.recent) });
    expect(await next.db.platforms.count()).toBe(catalogue.platforms.length);
    next.db.close();
  });
});
