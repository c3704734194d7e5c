/**
 * What the figures panel shows for a pairing: one bar per audience measure per platform (the
 * newest figure of each), other headline facts (launch year, revenue) as lines, and every older or
 * conflicting figure kept for "show all", each with its as-of date and source.
 *
 * A measure whose newest figure is far older than the platform's newest audience figure (Weibo's
 * 2014 "active users" beside its 2023 monthly actives) is history, not the current picture: it
 * goes with the older figures rather than drawing a bar.
 */
import { figuresByMetric } from '../catalogue/figures';
import type { Figure, Metric, Platform, Source } from '../catalogue/schema';

export interface FigureRow {
  platform: Pick<Platform, 'id' | 'name'>;
  figure: Figure;
  source?: Source;
}

export interface FigurePanel {
  bars: FigureRow[];
  facts: FigureRow[];
  others: FigureRow[];
}

const AUDIENCE: Metric[] = ['mau', 'dau', 'active-users', 'users', 'registered-users'];
/** How many years older than the newest audience figure a measure may be and still get a bar. */
export const STALE_AFTER_YEARS = 2;

const year = (asOf: string) => Number(asOf.slice(0, 4));

export function figurePanel(platforms: Platform[], sources: Map<string, Source>): FigurePanel {
  const panel: FigurePanel = { bars: [], facts: [], others: [] };
  const row = (platform: Platform, figure: Figure): FigureRow => {
    const source = sources.get(figure.sourceId);
    return { platform: { id: platform.id, name: platform.name }, figure, ...(source ? { source } : {}) };
  };
  for (const platform of platforms) {
    const groups = figuresByMetric(platform.figures).sort(
      (a, b) => rank(a.metric) - rank(b.metric),
    );
    const isAudience = (f: Figure) => AUDIENCE.includes(f.metric) && f.unit === 'people';
    const latestAudience = Math.max(...groups.filter((g) => isAudience(g.newest)).map((g) => year(g.newest.asOf)));
    for (const { newest, others } of groups) {
      if (!isAudience(newest)) panel.facts.push(row(platform, newest));
      else if (year(newest.asOf) >= latestAudience - STALE_AFTER_YEARS) panel.bars.push(row(platform, newest));
      else panel.others.push(row(platform, newest));
      panel.others.push(...others.map((f) => row(platform, f)));
    }
  }
  return panel;
}

function rank(metric: Metric): number {
  const i = AUDIENCE.indexOf(metric);
  return i === -1 ? AUDIENCE.length : i;
}
