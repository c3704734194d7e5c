import { resolve } from 'node:path';
import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';
import { chinaLensCatalogue } from './lib/catalogue/vite-plugin';

export default defineConfig({
  plugins: [WxtVitest(), chinaLensCatalogue(resolve(import.meta.dirname, 'data'))],
  test: {
    include: ['tests/unit/**/*.test.{ts,tsx}'],
    environment: 'happy-dom',
    setupFiles: ['tests/unit/setup.ts'],
    restoreMocks: true,
    // A timeout catches a hang, not slowness (speed lives in npm run bench): property tests with
    // thousands of runs and the 50 MB import refusal take seconds on a loaded 2-core machine.
    testTimeout: 30_000,
  },
});
