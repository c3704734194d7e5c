import { resolve } from 'node:path';
import { defineConfig } from 'wxt';
import { chinaLensCatalogue } from './lib/catalogue/vite-plugin';

const GECKO_ID = 'china-lens@china-lens.app';

// See README ("Permissions") for why each one is needed.
export default defineConfig({
  modules: ['@wxt-dev/module-react'],
  vite: () => ({
    plugins: [chinaLensCatalogue(resolve(import.meta.dirname, 'data'))],
  }),
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: ['storage', 'activeTab'],
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
  zip: {
    artifactTemplate: '{{name}}-{{version}}-{{browser}}-mv{{manifestVersion}}.zip',
    sourcesTemplate: '{{name}}-{{version}}-sources.zip',
    excludeSources: ['.output/**', 'tests/e2e/.certs/**', '**/*.log', 'tests/e2e/artifacts/**'],
  },
});
