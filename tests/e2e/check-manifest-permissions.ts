/**
 * Checks the built manifests against README's "Permissions, and why" table, so the two cannot
 * drift: every permission the manifest asks for has a row in README, every row names one the
 * manifest asks for, and host access is exactly the catalogued hosts — the same list the content
 * script matches, generated from data/ — never `<all_urls>` or a host wildcard.
 *
 *   node --import tsx tests/e2e/check-manifest-permissions.ts .output/chrome-mv3 .output/firefox-mv2
 *
 * The pure part (readmePermissions, manifestPermissionProblems) is also run by Vitest against the
 * manifest wxt.config.ts writes (tests/unit/manifest-permissions.test.ts).
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { readCatalogueDir, formatProblems } from '../../lib/catalogue/read-data-dir';
import { toMatchPatterns } from '../../lib/detect/host-index';

/** The first cell of README's host row; the row's text says why, this says which. */
export const HOST_ROW = 'host access to catalogued hosts only';

export interface ReadmePermissions {
  /** API permissions, from rows whose first cell is one `code` word (`storage`, `activeTab` …). */
  api: string[];
  /** Whether README justifies host access to the catalogued hosts (and nothing wider). */
  catalogueHosts: boolean;
}

/** Reads the table under "## Permissions, and why". Throws if the section or table is missing. */
export function readmePermissions(readme: string): ReadmePermissions {
  const start = readme.search(/^## Permissions, and why\s*$/m);
  if (start < 0) throw new Error('README has no "## Permissions, and why" section');
  const rest = readme.slice(start).split('\n').slice(1);
  const end = rest.findIndex((line) => line.startsWith('## '));
  const rows = (end < 0 ? rest : rest.slice(0, end))
    .filter((line) => line.startsWith('|'))
    .map((line) => line.split('|')[1]!.trim())
    .filter((cell) => cell !== '' && cell !== 'permission' && !/^-+$/.test(cell));
  if (rows.length === 0) throw new Error('README "Permissions, and why" has no table rows');
  const api: string[] = [];
  let catalogueHosts = false;
  for (const cell of rows) {
    const single = /^`([A-Za-z.]+)`$/.exec(cell);
    if (single) api.push(single[1]!);
    else if (cell.startsWith(HOST_ROW)) catalogueHosts = true;
    else throw new Error(`README permissions table: cannot read the row "${cell}" (a \`permission\` or "${HOST_ROW} …")`);
  }
  return { api: api.sort(), catalogueHosts };
}

/** The match patterns the catalogue's hosts give: what the content script and host access use. */
export function catalogueMatchPatterns(dataDir: string): string[] {
  const result = readCatalogueDir(dataDir);
  if (!result.ok) throw new Error(formatProblems(result.problems));
  const platforms = result.catalogue.platforms;
  return toMatchPatterns(
    platforms.flatMap((p) => [...p.hosts, ...p.shortHosts]),
    platforms.flatMap((p) => p.exactHosts),
  );
}

interface ManifestLike {
  manifest_version?: number;
  permissions?: string[];
  optional_permissions?: string[];
  host_permissions?: string[];
  optional_host_permissions?: string[];
  content_scripts?: { matches?: string[] }[];
  web_accessible_resources?: (string | { resources: string[]; matches?: string[] })[];
}

const isHostPattern = (p: string) => p.includes('://') || p === '<all_urls>';
const sameSet = (a: string[], b: string[]) => a.length === b.length && [...a].sort().every((x, i) => x === [...b].sort()[i]);
const difference = (a: string[], b: string[]) => a.filter((x) => !b.includes(x));

/**
 * Every way the manifest differs from what README justifies; [] when it matches. MV2 lists host
 * patterns among `permissions`; MV3 in `host_permissions`: both are read.
 */
export function manifestPermissionProblems(manifest: ManifestLike, readme: ReadmePermissions, cataloguePatterns: string[]): string[] {
  const problems: string[] = [];
  const all = [...(manifest.permissions ?? []), ...(manifest.host_permissions ?? [])];
  const api = all.filter((p) => !isHostPattern(p));
  const hosts = all.filter(isHostPattern);

  const unjustified = difference(api, readme.api);
  if (unjustified.length) problems.push(`permissions not justified in README: ${unjustified.join(', ')}`);
  const unused = difference(readme.api, api);
  if (unused.length) problems.push(`README justifies permissions the manifest does not ask for: ${unused.join(', ')}`);
  for (const key of ['optional_permissions', 'optional_host_permissions'] as const)
    if (manifest[key]?.length) problems.push(`${key} not justified in README: ${manifest[key].join(', ')}`);

  // One named host (with or without its subdomains), whole site: `*://x.com/*`, `*://*.x.com/*`.
  const broad = hosts.filter((p) => !/^\*:\/\/(\*\.)?[a-z0-9-]+(\.[a-z0-9-]+)+\/\*$/.test(p));
  if (broad.length) problems.push(`host access wider than a catalogued host: ${broad.slice(0, 5).join(', ')}`);
  if (hosts.length && !readme.catalogueHosts) problems.push('host access is asked for but README has no "host access to catalogued hosts only" row');
  if (!hosts.length && readme.catalogueHosts) problems.push('README justifies host access the manifest does not ask for');
  if (hosts.length && !sameSet(hosts, cataloguePatterns)) {
    const extra = difference(hosts, cataloguePatterns);
    const missing = difference(cataloguePatterns, hosts);
    problems.push(`host access is not the catalogued hosts: extra ${extra.slice(0, 5).join(', ') || 'none'}; missing ${missing.slice(0, 5).join(', ') || 'none'}`);
  }

  const scripts = manifest.content_scripts ?? [];
  if (scripts.length === 0) problems.push('no content script');
  scripts.forEach((script, i) => {
    if (!sameSet(script.matches ?? [], hosts)) {
      const extra = difference(script.matches ?? [], hosts);
      const missing = difference(hosts, script.matches ?? []);
      problems.push(`content_scripts[${i}].matches differ from host access: extra ${extra.slice(0, 5).join(', ') || 'none'}; missing ${missing.slice(0, 5).join(', ') || 'none'}`);
    }
  });

  for (const entry of manifest.web_accessible_resources ?? []) {
    if (typeof entry === 'string') continue; // MV2: no matches; resources are reachable by any page that knows the extension's id
    const wider = difference(entry.matches ?? [], hosts);
    if (wider.length) problems.push(`web_accessible_resources ${entry.resources.join(', ')} exposed beyond host access: ${wider.slice(0, 5).join(', ')}`);
  }
  return problems;
}

function main(dirs: string[]) {
  const root = resolve(import.meta.dirname, '../..');
  const readme = readmePermissions(readFileSync(join(root, 'README.md'), 'utf8'));
  const patterns = catalogueMatchPatterns(join(root, 'data'));
  let failed = false;
  for (const dir of dirs) {
    const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as ManifestLike;
    const problems = manifestPermissionProblems(manifest, readme, patterns);
    const api = [...(manifest.permissions ?? []), ...(manifest.host_permissions ?? [])].filter((p) => !isHostPattern(p));
    if (problems.length) {
      failed = true;
      console.error(`${dir}/manifest.json (MV${manifest.manifest_version}):\n  ${problems.join('\n  ')}`);
    } else {
      console.log(`${dir}/manifest.json (MV${manifest.manifest_version}): permissions ${api.join(', ')} and ${patterns.length} catalogued host patterns, as README justifies; content script matches the same hosts`);
    }
  }
  if (failed) process.exit(1);
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  const dirs = process.argv.slice(2);
  if (dirs.length === 0) {
    console.error('usage: check-manifest-permissions.ts <build dir>…');
    process.exit(2);
  }
  main(dirs);
}
