/**
 * "Which catalogued platform is this URL?" Pure and synchronous; never throws on any input.
 * Decisions are made on the host's registrable domain (Public Suffix List via tldts), so
 * facebook.com.evil.example and notfacebook.com never match facebook.com.
 */
import { parse } from 'tldts';
import type { HostIndex } from './host-index';
import { unwrapRedirect } from './unwrap-redirect';

export interface Detection {
  platformId: string;
  /** The address that matched: the original, or the target of an unwrapped redirect. */
  url: string;
  host: string;
  /** Set when the URL was a redirect wrapper whose target matched. */
  unwrappedFrom?: string;
  /** True when the host is a short-link domain (youtu.be) that only redirects. */
  shortLink: boolean;
}

const MAX_URL_LENGTH = 8192;
const MAX_UNWRAP_DEPTH = 3;

export function detectPlatform(input: unknown, index: HostIndex): Detection | null {
  try {
    return detect(input, index, 0);
  } catch {
    // A URL parser or PSL edge case must never break a page or a popup: treat it as unknown.
    return null;
  }
}

function detect(input: unknown, index: HostIndex, depth: number): Detection | null {
  if (typeof input !== 'string' || input.length === 0 || input.length > MAX_URL_LENGTH) return null;
  if (!URL.canParse(input)) return null;
  const url = new URL(input);
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;

  if (depth < MAX_UNWRAP_DEPTH) {
    const wrapped = unwrapRedirect(url);
    if (wrapped) {
      const inner = detect(wrapped.url, index, depth + 1);
      // A wrapper pointing somewhere uncatalogued is still a link to that somewhere, not to
      // the wrapper's own platform: say nothing rather than the wrong thing.
      return inner ? { ...inner, unwrappedFrom: inner.unwrappedFrom ?? input } : null;
    }
  }

  const host = url.hostname.replace(/\.$/, '');
  const info = parse(host);
  if (info.isIp || !info.domain) return null;
  // Punycode hosts are never catalogued; an explicit check documents that homoglyphs stay out.
  if (host.split('.').some((label) => label.startsWith('xn--'))) return null;

  const path = url.pathname;
  let candidate = host;
  for (;;) {
    const byPath = index.paths[candidate];
    if (byPath) {
      for (const [prefix, id] of byPath) {
        if (prefix === '/' || path === prefix || path.startsWith(prefix + '/'))
          return { platformId: id, url: input, host, shortLink: index.short[candidate + prefix] === true };
      }
    }
    const id = index.hosts[candidate];
    if (id) return { platformId: id, url: input, host, shortLink: index.short[candidate] === true };
    if (candidate === info.domain) return null;
    const dot = candidate.indexOf('.');
    if (dot === -1) return null;
    candidate = candidate.slice(dot + 1);
  }
}
