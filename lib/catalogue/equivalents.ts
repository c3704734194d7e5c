/**
 * "What plays this platform's role on the other side?" Pairings are written once, in the Western
 * file; the Chinese side's counterparts are derived here. Best fit first, historical ones last.
 */
import type { Catalogue, Equivalent, Fit, Platform } from './schema';

export interface EquivalentView {
  platform: Platform;
  fit: Fit;
  pairing: Equivalent;
  western: Platform;
  chinese: Platform;
}

const FIT_RANK: Record<Fit, number> = { closest: 0, partial: 1, related: 2 };

export function equivalentsOf(id: string, catalogue: Pick<Catalogue, 'platforms'>): EquivalentView[] {
  const byId = new Map(catalogue.platforms.map((p) => [p.id, p]));
  const self = byId.get(id);
  if (!self) return [];
  const views: EquivalentView[] = [];
  if (self.region === 'western') {
    for (const e of self.equivalents) {
      const chinese = byId.get(e.chinese);
      if (chinese) views.push({ platform: chinese, fit: e.fit, pairing: e, western: self, chinese });
    }
  } else {
    for (const western of catalogue.platforms) {
      const e = western.equivalents.find((x) => x.chinese === id);
      if (e) views.push({ platform: western, fit: e.fit, pairing: e, western, chinese: self });
    }
  }
  // Stable order: fit, then current before historical, then catalogue order.
  return views
    .map((v, i) => ({ v, i }))
    .sort((a, b) => FIT_RANK[a.v.fit] - FIT_RANK[b.v.fit] || Number(a.v.pairing.historical) - Number(b.v.pairing.historical) || a.i - b.i)
    .map(({ v }) => v);
}
