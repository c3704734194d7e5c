import { resolve } from 'node:path';
import { defineConfig } from 'wxt';
import { readCatalogueDir } from './lib/catalogue/read-data-dir';
import { chinaLensCatalogue } from './lib/catalogue/vite-plugin';
import { cardUiWebAccessibleResources } from './lib/content/cards/card-ui-resources';
import { startContextPlugin } from './lib/content/start-context-vite-plugin';
import { toMatchPatterns } from './lib/detect/host-index';

const GECKO_ID = 'china-lens@china-lens.app';

function cataloguePlatforms() {
  const result = readCatalogueDir(resolve(import.meta.dirname, 'data'));
  return result.ok ? result.catalogue.platforms : [];
}

// See README ("Permissions") for why each one is needed.
export default defineConfig({
  modules: ['@wxt-dev/module-react'],
  vite: () => ({
    plugins: [chinaLensCatalogue(resolve(import.meta.dirname, 'data')), startContextPlugin()],
  }),
  manifest: ({ browser, manifestVersion }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: ['storage', 'activeTab', 'contextMenus'],
    // The catalogued hosts only — the same list the content script matches, so no new warning.
    // It lets the background read a tab's address on those hosts, so the badge follows in-app
    // navigation (Chromium reports a pushState as "loading" without the address otherwise).
    host_permissions: (() => {
      const platforms = cataloguePlatforms();
      return toMatchPatterns(
        platforms.flatMap((p) => [...p.hosts, ...p.shortHosts]),
        platforms.flatMap((p) => p.exactHosts),
      );
    })(),
    // "cn weibo" in the address bar; a manifest key, no permission.
    omnibox: { keyword: 'cn' },
    // Hover cards' code, imported by the content script when the page is idle, and the card's
    // drawing code, imported on the first card: on the card sites only
    // (lib/content/cards/cards-loader.ts, card-ui-loader.ts). An invalid catalogue fails the build
    // in the catalogue plugin with its own message.
    web_accessible_resources: cardUiWebAccessibleResources(manifestVersion, cataloguePlatforms()),
    // A shortcut that opens the toolbar popup (the reserved command name differs by manifest version).
    commands: {
      [manifestVersion === 2 ? '_execute_browser_action' : '_execute_action']: {
        suggested_key: { default: 'Alt+Shift+L' },
      },
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: GECKO_ID,
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
  // `npm run zip` / `npm run zip:firefox` write the store files to .output/. For Firefox WXT also
  // writes the sources archive addons.mozilla.org asks for: what `npm ci && npm run build:firefox`
  // needs, nothing more. WXT already leaves out node_modules, dot folders (.git, .wxt, .ci,
  // tests/e2e/.certs), *.test.* files and .output; tests, benchmarks and screenshots are not
  // needed to build (README "Publish").
  zip: {
    artifactTemplate: '{{name}}-{{version}}-{{browser}}-{{manifestVersion}}.zip',
    sourcesTemplate: '{{name}}-{{version}}-sources.zip',
    excludeSources: ['.output/**', 'tests/**', 'docs/**', 'scripts/bench/**', 'scripts/bench.ts', 'BENCHMARKS.md', 'stats.html', '**/*.log'],
  },
});
