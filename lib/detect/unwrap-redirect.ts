/**
 * Redirect wrappers that social sites put around outbound links. Unwrapping them tells us where a
 * link really goes (l.facebook.com/l.php?u=https://youtube.com/… is a YouTube link).
 */
export interface Unwrapped {
  url: string;
  /** The wrapper's host, so the UI can say "this link went through l.facebook.com". */
  wrapper: string;
}

/** Which catalogued platform owns a host (from the host index), without the path. */
export type HostOwner = (host: string) => string | undefined;

type Rule = { matches: (host: string, path: string, owner: HostOwner) => boolean; params: string[] };

const RULES: Rule[] = [
  // Facebook's link shim (l., lm., and /l.php on www., m., web. and the rest), its "you are
  // leaving Facebook" warning page (/flx/warn/), and Messenger's and Instagram's shims.
  { matches: (h, p) => (h === 'l.facebook.com' || h === 'lm.facebook.com' || h === 'l.messenger.com') && (p === '/l.php' || p === '/'), params: ['u'] },
  { matches: (h, p) => isOn(h, 'facebook.com') && (p === '/l.php' || p === '/flx/warn/' || p === '/flx/warn'), params: ['u'] },
  { matches: (h) => h === 'l.instagram.com', params: ['u'] },
  // google.com/url?q=… on every Google country domain the catalogue lists (the catalogue decides).
  { matches: (h, p, owner) => p === '/url' && owner(h) === 'google' && (h.split('.')[0] === 'www' || owner(h.replace(/^www\./, '')) === 'google'), params: ['q', 'url'] },
  { matches: (h, p) => (h === 'www.youtube.com' || h === 'youtube.com' || h === 'm.youtube.com') && p === '/redirect', params: ['q'] },
  // Reddit and Quora send some outbound links through their own redirectors.
  { matches: (h) => h === 'out.reddit.com', params: ['url'] },
  // Quora's redirector answers on every language and Space subdomain (fr.quora.com, x.quora.com).
  { matches: (h, p) => isOn(h, 'quora.com') && p === '/_/redirect', params: ['url', 'u'] },
];

function isOn(host: string, domain: string): boolean {
  return host === domain || host.endsWith('.' + domain);
}

export function unwrapRedirect(url: URL, owner: HostOwner): Unwrapped | null {
  const host = url.hostname.toLowerCase();
  for (const rule of RULES) {
    if (!rule.matches(host, url.pathname, owner)) continue;
    for (const name of rule.params) {
      const target = url.searchParams.get(name);
      if (target && /^https?:\/\//i.test(target)) return { url: target, wrapper: host };
    }
  }
  return null;
}
