/**
 * Build-time: the script every catalogued page loads at start (entrypoints/content) gets China
 * Lens's own context (start-context.ts, which says why) in place of WXT's, and a wxt/browser that
 * touches the extension API on first use instead of when evaluated (lazy-browser.ts). Only the
 * content script's build is changed; cards.js, card-ui.js, pages and the background get WXT's
 * modules.
 */
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';

const WXT_CONTEXT = 'wxt/utils/content-script-context';
const WXT_BROWSER = 'wxt/browser';
/** How WXT names its content-script wrapper module (resolveVirtualModules in WXT's Vite builder). */
const WRAPPER = 'virtual:wxt-content-script-isolated-world-entrypoint?';

function inputsOf(input: unknown): string[] {
  if (typeof input === 'string') return [input];
  if (Array.isArray(input)) return input.filter((i): i is string => typeof i === 'string');
  if (input && typeof input === 'object') return Object.values(input).filter((i): i is string => typeof i === 'string');
  return [];
}

export function startContextPlugin(): Plugin {
  const context = fileURLToPath(new URL('./start-context.ts', import.meta.url));
  const lazyBrowser = fileURLToPath(new URL('./lazy-browser.ts', import.meta.url));
  let contentBuild = false;
  return {
    name: 'china-lens-start-context',
    enforce: 'pre',
    options(options) {
      // Vite gives the input as an absolute path: <root>/virtual:wxt-…?<entrypoint>.
      contentBuild = inputsOf(options.input).some((i) => i.includes(WRAPPER));
      return null;
    },
    resolveId(source, importer) {
      if (source === WXT_CONTEXT && importer?.startsWith('\0' + WRAPPER)) return context;
      if (contentBuild && source === WXT_BROWSER && importer !== lazyBrowser) return lazyBrowser;
      return undefined;
    },
  };
}
