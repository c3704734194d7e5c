/**
 * Property-based checks of detection: whatever the string, detection never throws, and a random
 * host matches only when it is a catalogued host or a subdomain of one.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { detectPlatform } from '@/lib/detect/detect-platform';
import { loadCatalogue, loadHostIndex } from './support/catalogue';

const index = loadHostIndex();
const catalogue = loadCatalogue();
const coveringHosts = catalogue.platforms.flatMap((p) => [...p.hosts, ...p.shortHosts].map((h) => h.split('/')[0]!));
const exactHosts = new Set(catalogue.platforms.flatMap((p) => p.exactHosts));
const isCatalogued = (host: string) => exactHosts.has(host) || coveringHosts.some((h) => host === h || host.endsWith('.' + h));

const label = fc.stringMatching(/^[a-z0-9]([a-z0-9-]{0,10}[a-z0-9])?$/);
const randomHost = fc.array(label, { minLength: 1, maxLength: 4 }).chain((labels) =>
  fc.constantFrom('com', 'net', 'org', 'co.uk', 'de', 'cn', 'example').map((tld) => [...labels, tld].join('.')),
);

describe('detectPlatform properties', () => {
  it('never throws and returns null or a catalogued id, for any string', () => {
    const ids = new Set(catalogue.platforms.map((p) => p.id));
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.webUrl(), fc.string({ unit: 'grapheme' })), (s) => {
        const hit = detectPlatform(s, index);
        return hit === null || ids.has(hit.platformId);
      }),
      { numRuns: 3000 },
    );
  });

  it('a random host matches only if it is a catalogued host or one of its subdomains', () => {
    fc.assert(
      fc.property(randomHost, fc.webPath(), (host, path) => {
        const hit = detectPlatform(`https://${host}${path}`, index);
        if (hit) expect(isCatalogued(host)).toBe(true);
      }),
      { numRuns: 3000 },
    );
  });

  it('a catalogued host with a lookalike prefix, suffix or userinfo never matches', () => {
    const hosts = coveringHosts.filter((h) => !h.includes('/'));
    fc.assert(
      fc.property(fc.constantFrom(...hosts), label, (host, extra) => {
        for (const url of [`https://${extra}${host}/`, `https://${host}.${extra}.example/`, `https://${host}@${extra}.example/`]) {
          const hit = detectPlatform(url, index);
          // Some lookalikes are not even addresses ("xn--0" is no valid punycode label): those never match.
          const target = URL.canParse(url) ? new URL(url).hostname : null;
          if (target === null) expect(hit).toBeNull();
          else if (hit) expect(isCatalogued(target)).toBe(true);
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('a lookalike with an invalid punycode label (found by the property above) is not matched', () => {
    for (const url of ['https://alipay.com.xn--0.example/', 'https://xn--0alipay.com/', 'https://facebook.com.xn--.example/']) {
      expect(detectPlatform(url, index)).toBeNull();
    }
  });
});
