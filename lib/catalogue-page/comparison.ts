/**
 * "How do these platforms differ, aspect by aspect?" One Western platform beside up to three
 * Chinese ones. Difference aspects come from the catalogue's pairings (written per pair, so an
 * aspect may be described for one Chinese platform and not another); an aspect named the same
 * way in several pairings becomes one row.
 */
import { equivalentsOf } from '../catalogue/equivalents';
import type { Equivalent, Platform } from '../catalogue/schema';
import { MAX_COMPARED } from './routes';

export interface ComparedChinese {
  platform: Platform;
  /** The catalogue's pairing with the Western platform, when there is one. */
  pairing?: Equivalent;
}

export interface AspectRow {
  aspect: string;
  /** What the Western side is like, once per distinct wording across the pairings. */
  western: string[];
  /** Per Chinese column (same order as `chinese`): its side, or undefined when not described. */
  chinese: (string | undefined)[];
}

export interface Comparison {
  western: Platform;
  chinese: ComparedChinese[];
  aspects: AspectRow[];
}

const key = (aspect: string) => aspect.trim().toLowerCase().replace(/\s+/g, ' ');

export function buildComparison(westernId: string, chineseIds: string[], platforms: Platform[]): Comparison | null {
  const byId = new Map(platforms.map((p) => [p.id, p]));
  const western = byId.get(westernId);
  if (!western || western.region !== 'western') return null;
  const chinese: ComparedChinese[] = [...new Set(chineseIds)]
    .map((id) => byId.get(id))
    .filter((p): p is Platform => p !== undefined && p.region === 'chinese')
    .slice(0, MAX_COMPARED)
    .map((platform) => {
      const pairing = western.equivalents.find((e) => e.chinese === platform.id);
      return pairing ? { platform, pairing } : { platform };
    });

  const rows = new Map<string, AspectRow>();
  chinese.forEach(({ pairing }, column) => {
    for (const d of pairing?.differences ?? []) {
      const k = key(d.aspect);
      let row = rows.get(k);
      if (!row) {
        row = { aspect: d.aspect, western: [], chinese: chinese.map(() => undefined) };
        rows.set(k, row);
      }
      if (!row.western.includes(d.western)) row.western.push(d.western);
      row.chinese[column] = d.chinese;
    }
  });
  // Aspects several columns describe first: those are the ones a side-by-side is for.
  const aspects = [...rows.values()]
    .map((row, i) => ({ row, i, n: row.chinese.filter(Boolean).length }))
    .sort((a, b) => b.n - a.n || a.i - b.i)
    .map(({ row }) => row);
  return { western, chinese, aspects };
}

/** The Chinese platforms a comparison starts with: the best current pairings, best fit first. */
export function suggestedChinese(westernId: string, platforms: Platform[]): string[] {
  return equivalentsOf(westernId, { platforms })
    .filter((e) => !e.pairing.historical)
    .slice(0, MAX_COMPARED)
    .map((e) => e.platform.id);
}
