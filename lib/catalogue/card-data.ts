/**
 * The small answer a hover card (or the badge) needs for one platform, built from catalogue rows.
 */
import type { CardData } from '../messaging/protocol';
import { equivalentsOf } from './equivalents';
import { headlineFigure } from './figures';
import type { Platform, Source } from './schema';

export function buildCardData(id: string, platforms: Platform[], sources: Pick<Source, 'id' | 'publisher'>[]): CardData | null {
  const platform = platforms.find((p) => p.id === id);
  if (!platform) return null;
  const equivalents = equivalentsOf(id, { platforms });
  const best = equivalents.find((e) => e.pairing.differences.length > 0);
  const figure = headlineFigure(platform.figures);
  const source = figure && sources.find((s) => s.id === figure.sourceId);
  return {
    id: platform.id,
    name: platform.name,
    ...(platform.hanzi ? { hanzi: platform.hanzi } : {}),
    region: platform.region,
    summary: platform.summary,
    equivalents: equivalents.map((e) => ({
      id: e.platform.id,
      name: e.platform.name,
      ...(e.platform.hanzi ? { hanzi: e.platform.hanzi } : {}),
      ...(e.platform.pinyin ? { pinyin: e.platform.pinyin } : {}),
      fit: e.fit,
      why: e.pairing.why,
      historical: e.pairing.historical,
    })),
    ...(best ? { keyDifference: { ...best.pairing.differences[0]!, pairedWith: best.platform.id } } : {}),
    ...(figure
      ? {
          headlineFigure: {
            metric: figure.metric,
            value: figure.value,
            unit: figure.unit,
            qualifier: figure.qualifier,
            asOf: figure.asOf,
            source: source?.publisher ?? figure.sourceId,
          },
        }
      : {}),
  };
}
