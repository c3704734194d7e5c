/**
 * Figures disagree between sources (WeChat: 335 million in one article, over 1 billion in
 * another). We keep all of them; these helpers pick what to show first and group the rest.
 */
import type { Figure, Metric } from './schema';

/** "2021" sorts before "2021-06": a dated figure is newer than a bare year of the same year. */
export function compareAsOf(a: string, b: string): number {
  return a.localeCompare(b);
}

/** Newest first; ties keep catalogue order. */
export function newestFirst(figures: Figure[]): Figure[] {
  return figures
    .map((f, i) => ({ f, i }))
    .sort((x, y) => compareAsOf(y.f.asOf, x.f.asOf) || x.i - y.i)
    .map(({ f }) => f);
}

/** Per metric: the newest figure and the older or conflicting ones behind it. */
export function figuresByMetric(figures: Figure[]): { metric: Metric; newest: Figure; others: Figure[] }[] {
  const groups = new Map<Metric, Figure[]>();
  for (const f of figures) groups.set(f.metric, [...(groups.get(f.metric) ?? []), f]);
  return [...groups.entries()].map(([metric, list]) => {
    const [newest, ...others] = newestFirst(list);
    return { metric, newest: newest!, others };
  });
}

const AUDIENCE_METRICS: Metric[] = ['mau', 'dau', 'active-users', 'users', 'registered-users'];

/** The one figure a card shows: the newest audience figure, preferring monthly actives. */
export function headlineFigure(figures: Figure[]): Figure | undefined {
  const audience = figures.filter((f) => AUDIENCE_METRICS.includes(f.metric) && f.unit === 'people');
  return newestFirst(audience)[0];
}

/** Launch year: the newest source's claim (older claims stay listed as conflicts). */
export function launchYear(figures: Figure[]): Figure | undefined {
  return newestFirst(figures.filter((f) => f.metric === 'launch-year'))[0];
}
