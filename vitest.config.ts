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
  },
});
