/**
 * The stand-in sites: which hosts the local HTTPS server answers for. Everything that maps hosts
 * to it (certificate names, Chromium's resolver rules, Firefox's PAC script) is derived from
 * these two lists so they cannot drift apart.
 */

/** Hosts with a folder under tests/e2e/pages/<host>/. */
export const STAND_IN_HOSTS = [
  'www.facebook.com',
  'facebook.com',
  'x.com',
  'www.quora.com',
  'www.zhihu.com',
  'www.youtube.com',
  'www.weibo.com',
  'example.org',
] as const;
export type StandInHost = (typeof STAND_IN_HOSTS)[number];

/**
 * Registrable domains of the stand-in hosts. Each is mapped bare and with every subdomain
 * (`x.com` and `*.x.com`: the wildcard form does not cover the bare one), so a page's request to
 * a sibling such as l.facebook.com reaches the stand-in server (which answers 404) instead of the
 * real internet.
 */
export const STAND_IN_DOMAINS = [...new Set(STAND_IN_HOSTS.map(registrableDomain))];

function registrableDomain(host: string): string {
  // Every stand-in host is a two-label domain or www.<two labels>; no public-suffix list needed.
  return host.split('.').slice(-2).join('.');
}

/** True when the stand-in server (not the recorder) should receive requests for this host. */
export function isStandInHost(host: string): boolean {
  const h = host.toLowerCase().replace(/\.$/, '');
  return STAND_IN_DOMAINS.some((d) => h === d || h.endsWith('.' + d));
}
