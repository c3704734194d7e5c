/**
 * Build-time: WXT's content-script wrapper (the code that calls entrypoints/content's main)
 * gets China Lens's context class (start-context.ts, which says why) in place of WXT's own.
 * Only that wrapper's import is redirected; everything else, start-context.ts included, gets
 * WXT's module.
 */
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';

const WXT_CONTEXT = 'wxt/utils/content-script-context';
/** How WXT names its content-script wrapper module (resolveVirtualModules in WXT's Vite builder). */
const WRAPPER = '\0virtual:wxt-content-script-isolated-world-entrypoint?';

export function startContextPlugin(): Plugin {
  const replacement = fileURLToPath(new URL('./start-context.ts', import.meta.url));
  return {
    name: 'china-lens-start-context',
    enforce: 'pre',
    resolveId(source, importer) {
      if (source === WXT_CONTEXT && importer?.startsWith(WRAPPER)) return replacement;
      return undefined;
    },
  };
}
