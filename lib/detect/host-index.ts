/**
 * The compact index the content script carries: host → platform, and host → path prefixes for
 * platforms that live under a path of a shared host (google.com/maps). Built at build time from
 * the catalogue; it holds no catalogue text, only what detection needs.
 */
import type { Platform } from '../catalogue/schema';

export interface HostIndex {
  /** Exact host (or host whose subdomains it covers) → platform id. */
  hosts: Record<string, string>;
  /** Host → [path prefix, platform id], longest prefix first. */
  paths: Record<string, [string, string][]>;
  /** Hosts that only redirect (youtu.be): detection says so. */
  short: Record<string, true>;
  /** Hosts that match only exactly (www.google.com), consulted when nothing else matched. */
  exact: Record<string, string>;
}

export function buildHostIndex(platforms: Pick<Platform, 'id' | 'hosts' | 'shortHosts' | 'exactHosts'>[]): HostIndex {
  const index: HostIndex = { hosts: {}, paths: {}, short: {}, exact: {} };
  const add = (entry: string, id: string) => {
    const slash = entry.indexOf('/');
    if (slash === -1) {
      index.hosts[entry] = id;
      return;
    }
    const host = entry.slice(0, slash);
    const prefix = entry.slice(slash).replace(/\/+$/, '') || '/';
    (index.paths[host] ??= []).push([prefix, id]);
  };
  for (const p of platforms) {
    p.hosts.forEach((h) => add(h, p.id));
    p.exactHosts.forEach((h) => (index.exact[h] = p.id));
    p.shortHosts.forEach((h) => {
      add(h, p.id);
      index.short[h] = true;
    });
  }
  for (const list of Object.values(index.paths)) list.sort((a, b) => b[0].length - a[0].length);
  return index;
}

/**
 * The part of a host index that can decide whether a page is on one of these platforms: their
 * entries, and every entry on a host above or below one of theirs (facebook.com/messages is
 * Messenger, not Facebook). A page's host matches only entries on itself or its parents, so for
 * pages on these platforms the answer is the full index's; for any other page it is none.
 */
export function hostIndexFor(index: HostIndex, platformIds: readonly string[]): HostIndex {
  const ids = new Set(platformIds);
  const own = [...Object.entries(index.hosts), ...Object.entries(index.exact)]
    .filter(([, id]) => ids.has(id))
    .map(([h]) => h)
    .concat(Object.entries(index.paths).flatMap(([h, list]) => (list.some(([, id]) => ids.has(id)) ? [h] : [])));
  const related = (host: string) => own.some((o) => host === o || host.endsWith('.' + o) || o.endsWith('.' + host));
  const pick = <T>(record: Record<string, T>) => Object.fromEntries(Object.entries(record).filter(([h]) => related(h.split('/')[0]!)));
  return { hosts: pick(index.hosts), paths: pick(index.paths), short: pick(index.short), exact: pick(index.exact) };
}

/**
 * Browser match patterns for the content script, derived from the same host entries so hosts
 * are typed once. Each host gets its bare form and every subdomain.
 */
export function toMatchPatterns(hosts: string[], exactHosts: string[] = []): string[] {
  const bare = new Set(hosts.map((h) => h.split('/')[0]!));
  const covered = (h: string) => [...bare].some((b) => h === b || h.endsWith('.' + b));
  const exact = [...new Set(exactHosts.filter((h) => !covered(h)))].sort();
  return [...[...bare].sort().flatMap((h) => [`*://${h}/*`, `*://*.${h}/*`]), ...exact.map((h) => `*://${h}/*`)];
}
