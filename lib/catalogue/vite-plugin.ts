/**
 * Build-time bridge from data/ to the bundles. Validates the catalogue with the same code as the
 * CLI and tests, and fails the build with file and field when anything is wrong. Exposes:
 *   virtual:china-lens/catalogue   the full validated catalogue (background seeds IndexedDB from it)
 *   virtual:china-lens/host-index  only what the content script needs to decide
 */
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';
import { buildHostIndex, hostIndexFor, toMatchPatterns } from '../detect/host-index';
import { buildMentionIndex } from '../detect/mention-index';
import { CARD_SITES } from '../settings/defaults';
import { formatProblems, readCatalogueDir } from './read-data-dir';

const CATALOGUE = 'virtual:china-lens/catalogue';
const HOST_INDEX = 'virtual:china-lens/host-index';

function allFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => {
    const f = join(dir, n);
    return statSync(f).isDirectory() ? allFiles(f) : [f];
  });
}

export function catalogueModules(dataDir: string) {
  const result = readCatalogueDir(dataDir);
  if (!result.ok) throw new Error(`The catalogue in data/ is invalid:\n${formatProblems(result.problems)}`);
  const { catalogue } = result;
  const allHosts = catalogue.platforms.flatMap((p) => [...p.hosts, ...p.shortHosts]);
  const hostIndex = buildHostIndex(catalogue.platforms);
  return {
    catalogue,
    hostIndex,
    cardSiteIndex: hostIndexFor(hostIndex, CARD_SITES),
    mentionIndex: buildMentionIndex(catalogue.platforms),
    matchPatterns: toMatchPatterns(allHosts, catalogue.platforms.flatMap((p) => p.exactHosts)),
  };
}

export function chinaLensCatalogue(dataDir: string): Plugin {
  return {
    name: 'china-lens-catalogue',
    resolveId(id) {
      if (id === CATALOGUE || id === HOST_INDEX) return '\0' + id;
      return undefined;
    },
    load(id) {
      if (id !== '\0' + CATALOGUE && id !== '\0' + HOST_INDEX) return undefined;
      for (const f of allFiles(dataDir)) this.addWatchFile(f);
      let mods: ReturnType<typeof catalogueModules>;
      try {
        mods = catalogueModules(dataDir);
      } catch (e) {
        this.error((e as Error).message);
      }
      if (id === '\0' + CATALOGUE) return `export default ${JSON.stringify(mods.catalogue)};`;
      return [
        `export const catalogueVersion = ${JSON.stringify(mods.catalogue.version)};`,
        `export const hostIndex = ${JSON.stringify(mods.hostIndex)};`,
        `export const mentionIndex = ${JSON.stringify(mods.mentionIndex)};`,
        // The same as text, for the content script: a string costs next to nothing when the page
        // loads (an object literal is compiled and built there); each is parsed when the pointer
        // first rests on a link or on text.
        `export const hostIndexJson = ${JSON.stringify(JSON.stringify(mods.hostIndex))};`,
        `export const mentionIndexJson = ${JSON.stringify(JSON.stringify(mods.mentionIndex))};`,
        // What the content script needs at start: is this page one where hover cards run?
        `export const cardSiteIndex = ${JSON.stringify(mods.cardSiteIndex)};`,
        `export const matchPatterns = ${JSON.stringify(mods.matchPatterns)};`,
      ].join('\n');
    },
  };
}
