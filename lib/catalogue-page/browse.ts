/**
 * "Which platforms does the browse view show, in what order?" Filters by category and region and
 * sorts by name, by audience size or by launch year. Platforms without the figure a sort needs go
 * last (in name order), so a sort never hides anything.
 */
import { headlineFigure, launchYear } from '../catalogue/figures';
import type { Category, Platform, Region } from '../catalogue/schema';
import type { BrowseFilters, BrowseSort } from './routes';

type Browsable = Pick<Platform, 'id' | 'name' | 'region' | 'categories' | 'figures'>;

const byName = (a: Browsable, b: Browsable) => a.name.localeCompare(b.name, 'en', { sensitivity: 'base' }) || a.id.localeCompare(b.id);

/** The number a sort orders by (bigger first), or undefined when the platform has none. */
export function sortValue(p: Browsable, sort: BrowseSort): number | undefined {
  if (sort === 'users') return headlineFigure(p.figures)?.value;
  if (sort === 'launch') {
    const f = launchYear(p.figures);
    return f ? f.value : undefined;
  }
  return undefined;
}

export function matchesFilters(p: Browsable, filters: Omit<BrowseFilters, 'sort'>): boolean {
  return (!filters.category || p.categories.includes(filters.category)) && (!filters.region || p.region === filters.region);
}

export function sortPlatforms<T extends Browsable>(platforms: T[], sort: BrowseSort): T[] {
  if (sort === 'name' || sort === 'relevance') return [...platforms].sort(byName);
  return [...platforms].sort((a, b) => {
    const va = sortValue(a, sort);
    const vb = sortValue(b, sort);
    if (va === undefined || vb === undefined) return va === vb ? byName(a, b) : va === undefined ? 1 : -1;
    return vb - va || byName(a, b);
  });
}

export function browsePlatforms<T extends Browsable>(platforms: T[], filters: BrowseFilters): T[] {
  return sortPlatforms(
    platforms.filter((p) => matchesFilters(p, filters)),
    filters.sort,
  );
}

/** How many platforms each category (within the chosen region) has: for the filter list. */
export function categoryCounts(platforms: Browsable[], region?: Region): Map<Category, number> {
  const counts = new Map<Category, number>();
  for (const p of platforms) {
    if (region && p.region !== region) continue;
    for (const c of p.categories) counts.set(c, (counts.get(c) ?? 0) + 1);
  }
  return counts;
}
