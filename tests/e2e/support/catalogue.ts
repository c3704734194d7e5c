/**
 * What the extension should show for a URL, worked out from the same catalogue and detection code
 * the build uses (lib/), so a spec states the behaviour ("badge = number of equivalents, title =
 * China Lens: X → Weibo, ...") and not a copy of the data that would go stale.
 */
import { join } from 'node:path';
import { equivalentsOf } from '../../../lib/catalogue/equivalents';
import { formatProblems, readCatalogueDir } from '../../../lib/catalogue/read-data-dir';
import type { Catalogue } from '../../../lib/catalogue/schema';
import { detectPlatform } from '../../../lib/detect/detect-platform';
import { buildHostIndex } from '../../../lib/detect/host-index';

export interface Expected {
  platformId: string;
  platformName: string;
  /** Names of the equivalents on the other side, best first. */
  equivalents: string[];
  badge: string;
  title: string;
}

let cached: Catalogue | undefined;

export function catalogue(): Catalogue {
  if (cached) return cached;
  const result = readCatalogueDir(join(import.meta.dirname, '../../../data'));
  if (!result.ok) throw new Error(`data/ does not load:\n${formatProblems(result.problems)}`);
  return (cached = result.catalogue);
}

export function expectedFor(url: string): Expected {
  const cat = catalogue();
  const detection = detectPlatform(url, buildHostIndex(cat.platforms));
  if (!detection) throw new Error(`the catalogue has no platform for ${url}`);
  const platform = cat.platforms.find((p) => p.id === detection.platformId)!;
  const equivalents = equivalentsOf(platform.id, cat).map((v) => v.platform.name);
  return {
    platformId: platform.id,
    platformName: platform.name,
    equivalents,
    badge: String(equivalents.length),
    title: `China Lens: ${platform.name} → ${equivalents.join(', ')}`,
  };
}
