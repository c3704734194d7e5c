/**
 * URL detection throughput over a large mixed list (real hosts, lookalikes, garbage), beside a
 * plain regex-list matcher run on the same list in the same process: the ratio is the figure.
 */
import { resolve } from 'node:path';
import type { BenchContext } from '../bench';
import { readCatalogueDir } from '../../lib/catalogue/read-data-dir';
import { buildHostIndex } from '../../lib/detect/host-index';
import { detectPlatform } from '../../lib/detect/detect-platform';

function mixedUrls(hosts: string[], n: number): string[] {
  const urls: string[] = [];
  let seed = 42;
  const rand = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
  const pick = <T>(a: T[]) => a[Math.floor(rand() * a.length)]!;
  const kinds = [
    (h: string) => `https://www.${h}/some/path?id=${Math.floor(rand() * 1e6)}`,
    (h: string) => `https://m.${h}/`,
    (h: string) => `https://${h}.evil.example/login`,
    (h: string) => `https://not${h}/`,
    (h: string) => `https://www.${h}@evil.example/`,
    () => `https://example${Math.floor(rand() * 1000)}.org/page`,
    () => 'about:blank',
    () => `garbage ${rand()}`,
    (h: string) => `https://l.facebook.com/l.php?u=${encodeURIComponent(`https://www.${h}/x`)}`,
  ];
  for (let i = 0; i < n; i++) urls.push(pick(kinds)(pick(hosts)));
  return urls;
}

/** The naive peer: one anchored regex per platform, tried in order. */
function regexMatcher(platforms: { id: string; hosts: string[] }[]) {
  const rules = platforms
    .filter((p) => p.hosts.length)
    .map((p) => ({
      id: p.id,
      re: new RegExp(`^https?://([a-z0-9-]+\\.)*(${p.hosts.map((h) => h.split('/')[0]!.replace(/\./g, '\\.')).join('|')})(/|$|\\?|#|:)`, 'i'),
    }));
  return (url: string) => rules.find((r) => r.re.test(url))?.id ?? null;
}

function time(fn: () => void, rounds = 5): number {
  const samples: number[] = [];
  for (let r = 0; r < rounds; r++) {
    const t0 = performance.now();
    fn();
    samples.push(performance.now() - t0);
  }
  return samples.sort((a, b) => a - b)[Math.floor(rounds / 2)]!;
}

export default async function bench({ print }: BenchContext) {
  const result = readCatalogueDir(resolve(import.meta.dirname, '../../data'));
  if (!result.ok) throw new Error('catalogue invalid: run npm run catalogue -- validate');
  const { platforms } = result.catalogue;
  const index = buildHostIndex(platforms);
  const urls = mixedUrls(platforms.flatMap((p) => p.hosts.map((h) => h.split('/')[0]!)), 100_000);
  const regex = regexMatcher(platforms);
  let sink = 0;
  const ours = time(() => urls.forEach((u) => (sink += detectPlatform(u, index) ? 1 : 0)));
  const peer = time(() => urls.forEach((u) => (sink += regex(u) ? 1 : 0)));
  print('detection.urls', urls.length, 'mixed URLs');
  print('detection.china-lens', (urls.length / ours) * 1000, 'URLs/s');
  print('detection.regex-list', (urls.length / peer) * 1000, 'URLs/s');
  print('detection.ratio (china-lens time / regex-list time)', ours / peer);
  if (sink < 0) console.log(sink);
}
