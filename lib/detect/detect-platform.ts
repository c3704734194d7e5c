/**
 * "Which catalogued platform is this URL?" Pure and synchronous; never throws on any input.
 *
 * The Public Suffix List decision is made when the host index is built (lib/catalogue/rules.ts
 * checks every catalogued host with tldts: each is a registrable domain or a subdomain of one).
 * At run time a host matches an entry only if it IS that entry or ends with "." + entry, walking
 * up one label at a time — so facebook.com.evil.example, notfacebook.com and
 * www.facebook.com@evil.example never match, and the content script need not carry the PSL.
 */
import type { HostIndex } from './host-index';
import { unwrapRedirect, type HostOwner } from './unwrap-redirect';

export interface Detection {
  platformId: string;
  /** The address that matched: the original, or the target of an unwrapped redirect. */
  url: string;
  host: string;
  /** Set when the URL was a redirect wrapper whose target matched: the wrapper's address. */
  unwrappedFrom?: string;
  /** True when the host is a short-link domain (youtu.be) that only redirects. */
  shortLink: boolean;
}

const MAX_URL_LENGTH = 8192;
const MAX_UNWRAP_DEPTH = 3;
const IPV4 = /^\d{1,3}(\.\d{1,3}){3}$/;

export function detectPlatform(input: unknown, index: HostIndex): Detection | null {
  try {
    return detect(input, index, 0);
  } catch {
    // A URL parser edge case must never break a page or a popup: treat it as unknown.
    return null;
  }
}

/** The platform that owns a host, ignoring paths (used by redirect rules). */
export function hostOwner(index: HostIndex): HostOwner {
  return (host) => matchHost(host, '/', index)?.[0];
}

function detect(input: unknown, index: HostIndex, depth: number): Detection | null {
  if (typeof input !== 'string' || input.length === 0 || input.length > MAX_URL_LENGTH) return null;
  if (!URL.canParse(input)) return null;
  const url = new URL(input);
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;

  if (depth < MAX_UNWRAP_DEPTH) {
    const wrapped = unwrapRedirect(url, hostOwner(index));
    if (wrapped) {
      const inner = detect(wrapped.url, index, depth + 1);
      // A wrapper pointing somewhere uncatalogued is a link to that somewhere, not to the
      // wrapper's own platform: say nothing rather than the wrong thing.
      return inner ? { ...inner, unwrappedFrom: input } : null;
    }
  }

  const host = url.hostname.replace(/\.$/, '');
  // IP addresses and punycode (possible homoglyphs) are never catalogued hosts.
  if (host.startsWith('[') || IPV4.test(host) || /(^|\.)xn--/.test(host)) return null;
  const hit = matchHost(host, url.pathname, index);
  return hit ? { platformId: hit[0], url: input, host, shortLink: hit[1] } : null;
}

/**
 * The platform of a host and path, without parsing or unwrapping an address: for a page's own
 * location, whose host and path the browser has already split.
 */
export function platformAtHost(host: string, path: string, index: HostIndex): string | null {
  return matchHost(host.replace(/\.$/, ''), path, index)?.[0] ?? null;
}

function matchHost(host: string, path: string, index: HostIndex): [string, boolean] | null {
  let candidate = host;
  for (;;) {
    const byPath = index.paths[candidate];
    if (byPath) {
      for (const [prefix, id] of byPath) {
        if (path === prefix || path.startsWith(prefix + '/')) return [id, index.short[candidate + prefix] === true];
      }
    }
    const id = index.hosts[candidate];
    if (id) return [id, index.short[candidate] === true];
    const dot = candidate.indexOf('.');
    if (dot === -1) break;
    candidate = candidate.slice(dot + 1);
  }
  const exact = index.exact[host];
  return exact ? [exact, false] : null;
}
