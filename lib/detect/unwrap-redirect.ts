/**
 * Redirect wrappers that social sites put around outbound links. Unwrapping them tells us where a
 * link really goes (l.facebook.com/l.php?u=https://youtube.com/… is a YouTube link).
 */
import { parse } from 'tldts';

export interface Unwrapped {
  url: string;
  /** The wrapper's host, so the UI can say "this link went through l.facebook.com". */
  wrapper: string;
}

type Rule = { matches: (host: string, path: string) => boolean; params: string[] };

const RULES: Rule[] = [
  // Facebook's link shim, its mobile twin and Messenger's and Instagram's.
  {
    matches: (h, p) => ['l.facebook.com', 'lm.facebook.com', 'l.messenger.com'].includes(h) && (p === '/l.php' || p === '/'),
    params: ['u'],
  },
  { matches: (h) => h === 'l.instagram.com', params: ['u'] },
  // google.com/url?q=… and every country domain of Google.
  {
    matches: (h, p) => {
      if (p !== '/url') return false;
      const info = parse(h);
      return info.domainWithoutSuffix === 'google' && info.isIcann === true && (info.subdomain === '' || info.subdomain === 'www');
    },
    params: ['q', 'url'],
  },
  { matches: (h, p) => (h === 'www.youtube.com' || h === 'youtube.com' || h === 'm.youtube.com') && p === '/redirect', params: ['q'] },
  // Reddit and Quora send some outbound links through their own redirectors.
  { matches: (h) => h === 'out.reddit.com', params: ['url'] },
  { matches: (h, p) => (h === 'www.quora.com' || h === 'quora.com') && p === '/_/redirect', params: ['url', 'u'] },
];

export function unwrapRedirect(url: URL): Unwrapped | null {
  const host = url.hostname.toLowerCase();
  for (const rule of RULES) {
    if (!rule.matches(host, url.pathname)) continue;
    for (const name of rule.params) {
      const target = url.searchParams.get(name);
      if (target && /^https?:\/\//i.test(target)) return { url: target, wrapper: host };
    }
  }
  return null;
}
