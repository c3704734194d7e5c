/**
 * "Which catalogued platform does this link element really go to?" The address alone is not
 * always enough: X wraps every outbound link in t.co, whose address says nothing, and puts the
 * real address in the link itself — in its text ("https://" hidden, the tail cut with "…"), its
 * title or data attributes on older markup (data-expanded-url), or its aria-label on link cards
 * ("youtube.com Video title"). Wrappers that carry the target in the address (l.facebook.com,
 * Quora's /_/redirect) are unwrapped by detectPlatform itself.
 */
import { detectPlatform, type Detection } from './detect-platform';
import type { HostIndex } from './host-index';

/** Short-link hosts whose addresses hide the destination; the link's own markup names it. */
const OPAQUE_SHORTENERS = new Set(['t.co']);

/** Attributes, in order of trust, where sites put the expanded address of a short link. */
const EXPANDED_ATTRIBUTES = ['data-expanded-url', 'data-full-url', 'data-url', 'title'];

/** Something shaped like an address: a host with a dot, optionally a scheme and a path. */
const ADDRESS = /^(https?:\/\/)?([a-z0-9-]+\.)+[a-z]{2,}(:\d+)?([/?#]\S*)?$/i;

export interface LinkLike {
  getAttribute(name: string): string | null;
  textContent: string | null;
}

/**
 * @param link an <a> element (or anything shaped like one in tests)
 * @param baseUrl the page's address, to resolve relative hrefs
 */
export function linkDestination(link: LinkLike, index: HostIndex, baseUrl: string): Detection | null {
  const raw = link.getAttribute('href');
  if (!raw) return null;
  let href: URL;
  try {
    href = new URL(raw, baseUrl);
  } catch {
    return null;
  }
  if (!OPAQUE_SHORTENERS.has(href.hostname.toLowerCase())) return detectPlatform(href.href, index);
  for (const candidate of expandedAddresses(link)) {
    const hit = detectPlatform(candidate, index);
    if (hit) return { ...hit, unwrappedFrom: href.href };
  }
  return null;
}

/** Addresses a short link's markup offers, best first, each with a scheme. */
export function expandedAddresses(link: LinkLike): string[] {
  const out: string[] = [];
  const add = (value: string | null | undefined) => {
    const address = asAddress(value);
    if (address && !out.includes(address)) out.push(address);
  };
  for (const name of EXPANDED_ATTRIBUTES) add(link.getAttribute(name));
  const text = link.textContent ?? '';
  add(text.replace(/\s+/g, ''));
  for (const source of [text, link.getAttribute('aria-label') ?? '']) for (const token of source.split(/\s+/)) add(token);
  return out;
}

function asAddress(value: string | null | undefined): string | null {
  if (!value) return null;
  // X cuts long addresses with an ellipsis; the host before it is what matters.
  const trimmed = value.trim().replace(/(…|\.\.\.)$/, '');
  if (trimmed.length > 2048 || !ADDRESS.test(trimmed)) return null;
  return /^https?:\/\//i.test(trimmed) ? trimmed : 'https://' + trimmed;
}
