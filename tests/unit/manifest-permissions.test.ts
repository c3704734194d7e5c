/**
 * The permissions the extension asks for are exactly the ones README justifies: checked here
 * against the manifest wxt.config.ts writes (Chrome MV3 and Firefox MV2), and after each build
 * against the built manifest.json by .ci/run (tests/e2e/check-manifest-permissions.ts, same rules).
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { matchPatterns } from 'virtual:china-lens/host-index';
import { describe, expect, it } from 'vitest';
import config from '@/wxt.config';
import { catalogueMatchPatterns, manifestPermissionProblems, readmePermissions } from '../e2e/check-manifest-permissions';
import { DATA_DIR } from './support/catalogue';

const README = readFileSync(resolve(import.meta.dirname, '../../README.md'), 'utf8');
const readme = readmePermissions(README);
const patterns = catalogueMatchPatterns(DATA_DIR);

type ManifestFn = (env: { browser: string; manifestVersion: 2 | 3; mode: string; command: 'build' | 'serve' }) => Record<string, unknown>;

/**
 * The manifest as WXT assembles it: the config's manifest, host access moved into `permissions`
 * for MV2 (as WXT does), and the content script's matches (entrypoints/content reads the same
 * virtual module at build time).
 */
interface BuiltManifest {
  manifest_version: 2 | 3;
  permissions: string[];
  host_permissions?: string[];
  content_scripts: { matches: string[] }[];
  web_accessible_resources?: (string | { resources: string[]; matches?: string[] })[];
}

function manifestFor(browser: 'chrome' | 'firefox', manifestVersion: 2 | 3): BuiltManifest {
  const m = (config.manifest as ManifestFn)({ browser, manifestVersion, mode: 'production', command: 'build' });
  const permissions = m.permissions as string[];
  const hosts = m.host_permissions as string[];
  const content_scripts = [{ matches: [...matchPatterns] }];
  const web_accessible_resources = m.web_accessible_resources as BuiltManifest['web_accessible_resources'];
  return manifestVersion === 2
    ? { manifest_version: 2, permissions: [...permissions, ...hosts], content_scripts, web_accessible_resources }
    : { manifest_version: 3, permissions, host_permissions: hosts, content_scripts, web_accessible_resources };
}

describe('README justifies every permission, and only those', () => {
  it('reads the README table: storage, activeTab, contextMenus and the catalogued hosts', () => {
    expect(readme).toEqual({ api: ['activeTab', 'contextMenus', 'storage'], catalogueHosts: true });
  });

  it.each([
    ['chrome', 3],
    ['firefox', 2],
  ] as const)('%s MV%i asks for exactly that set; host access is the catalogued hosts the content script matches', (browser, mv) => {
    const manifest = manifestFor(browser, mv);
    expect(manifestPermissionProblems(manifest, readme, patterns)).toEqual([]);
    const all = [...manifest.permissions, ...(manifest.host_permissions ?? [])];
    expect(all).not.toContain('<all_urls>');
    expect(all).not.toContain('*://*/*');
    expect(all).not.toContain('tabs');
    expect(all.filter((p) => p.includes('://'))).toEqual(patterns);
    expect(all).toContain('*://x.com/*');
  });
});

describe('the check fails when manifest and README drift apart', () => {
  const good = manifestFor('chrome', 3);
  const hosts = good.host_permissions!;

  it('a permission README does not justify', () => {
    expect(manifestPermissionProblems({ ...good, permissions: ['storage', 'activeTab', 'contextMenus', 'tabs'] }, readme, patterns)).toEqual([
      'permissions not justified in README: tabs',
    ]);
  });

  it('<all_urls> or *://*/* host access, even if the content script matched it too', () => {
    for (const wide of ['<all_urls>', '*://*/*', '*://*.com/*']) {
      const problems = manifestPermissionProblems({ ...good, host_permissions: [...hosts, wide], content_scripts: [{ matches: [...hosts, wide] }] }, readme, patterns);
      expect(problems[0]).toBe(`host access wider than a catalogued host: ${wide}`);
    }
  });

  it('content script matches that differ from host access', () => {
    expect(manifestPermissionProblems({ ...good, content_scripts: [{ matches: [...hosts, '*://example.org/*'] }] }, readme, patterns)).toEqual([
      'content_scripts[0].matches differ from host access: extra *://example.org/*; missing none',
    ]);
  });

  it('a README row for a permission the manifest does not ask for, and a row it cannot read', () => {
    const withTabs = README.replace('| `storage` |', '| `tabs` | lists tabs |\n| `storage` |');
    expect(manifestPermissionProblems(good, readmePermissions(withTabs), patterns)).toEqual([
      'README justifies permissions the manifest does not ask for: tabs',
    ]);
    expect(() => readmePermissions(README.replace('| `storage` |', '| storage and more |'))).toThrow(/cannot read the row "storage and more"/);
  });
});
