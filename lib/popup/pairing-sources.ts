/**
 * The sources behind what the detail panel says about a pairing, in the order they matter: the
 * pairing itself, then the Chinese side's marketing notes and entry, then the Western side, then
 * figures. Each source once; ids with no row are dropped rather than shown as bare ids.
 */
import type { EquivalentView } from '../catalogue/equivalents';
import type { Source } from '../catalogue/schema';

export function pairingSourceIds(view: Pick<EquivalentView, 'pairing' | 'western' | 'chinese'>): string[] {
  const { pairing, western, chinese } = view;
  return [
    ...new Set([
      ...pairing.sourceIds,
      ...chinese.marketing.flatMap((m) => m.sourceIds),
      ...chinese.sourceIds,
      ...western.sourceIds,
      ...chinese.figures.map((f) => f.sourceId),
      ...western.figures.map((f) => f.sourceId),
    ]),
  ];
}

export function pairingSources(view: Pick<EquivalentView, 'pairing' | 'western' | 'chinese'>, sources: Map<string, Source>): Source[] {
  return pairingSourceIds(view).flatMap((id) => {
    const s = sources.get(id);
    return s ? [s] : [];
  });
}
