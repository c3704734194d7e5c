/**
 * The catalogue command's logic, kept apart from process I/O so tests can run it directly.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { buildHostIndex } from '../detect/host-index';
import { detectPlatform } from '../detect/detect-platform';
import { equivalentsOf } from './equivalents';
import { formatProblems, readCatalogueDir } from './read-data-dir';
import { glossaryFileSchema, marketFileSchema, platformSchema, sourcesFileSchema, CATEGORIES, REGIONS } from './schema';

export interface CliContext {
  dataDir: string;
  readStdin: () => Promise<string>;
}
export interface CliResult {
  code: number;
  out: string;
  err: string;
}

const USAGE = `usage: npm run catalogue -- <command>
  validate            check every file in data/ (exit 1 with the problems)
  lookup <url>...     which platform each URL is (or one URL per line on standard input)
  stats [--json]      counts per region and category, figures without sources
  schema              write JSON Schemas for data files to lib/catalogue/schemas/`;

export async function runCatalogueCommand(args: string[], ctx: CliContext): Promise<CliResult> {
  const [command, ...rest] = args;
  if (command === 'schema') return writeJsonSchemas(join(ctx.dataDir, '..', 'lib', 'catalogue', 'schemas'));
  if (!command || !['validate', 'lookup', 'stats'].includes(command)) return { code: 2, out: '', err: USAGE };

  const result = readCatalogueDir(ctx.dataDir);
  if (!result.ok) {
    const n = result.problems.length;
    return { code: 1, out: '', err: `${n} problem${n === 1 ? '' : 's'} in the catalogue:\n${formatProblems(result.problems)}` };
  }
  const { catalogue } = result;

  if (command === 'validate') {
    const w = catalogue.platforms.filter((p) => p.region === 'western').length;
    return {
      code: 0,
      out: `catalogue ${catalogue.version} is valid: ${catalogue.platforms.length} platforms (${w} western, ${catalogue.platforms.length - w} chinese), ${catalogue.sources.length} sources, ${catalogue.glossary.length} glossary terms, ${catalogue.market.length} market facts, from ${result.files.length + 2} files`,
      err: '',
    };
  }

  if (command === 'lookup') {
    const urls = rest.length > 0 ? rest : (await ctx.readStdin()).split(/\r?\n/).map((l) => l.trim()).filter(Boolean);
    if (urls.length === 0) return { code: 2, out: '', err: 'lookup needs URLs as arguments or one per line on standard input' };
    const index = buildHostIndex(catalogue.platforms);
    const byId = new Map(catalogue.platforms.map((p) => [p.id, p]));
    const lines = urls.map((url) => {
      const hit = detectPlatform(url, index);
      const platform = hit ? byId.get(hit.platformId)! : null;
      return JSON.stringify({
        url,
        platform: platform ? { id: platform.id, name: platform.name, region: platform.region } : null,
        unwrapped: hit?.unwrappedFrom ? hit.url : null,
        equivalents: platform
          ? equivalentsOf(platform.id, catalogue).map((e) => ({ id: e.platform.id, name: e.platform.name, fit: e.fit }))
          : [],
      });
    });
    return { code: 0, out: lines.join('\n'), err: '' };
  }

  // stats
  const perRegion = Object.fromEntries(REGIONS.map((r) => [r, catalogue.platforms.filter((p) => p.region === r).length]));
  const perCategory = Object.fromEntries(
    CATEGORIES.map((c) => [c, catalogue.platforms.filter((p) => p.categories.includes(c)).length]).filter(([, n]) => n !== 0),
  );
  const figures = catalogue.platforms.flatMap((p) => p.figures);
  const sourceIds = new Set(catalogue.sources.map((s) => s.id));
  const unsourced = [...figures, ...catalogue.market].filter((f) => !sourceIds.has(f.sourceId)).length;
  const pairs = catalogue.platforms.reduce((n, p) => n + p.equivalents.length, 0);
  const stats = {
    version: catalogue.version,
    platforms: catalogue.platforms.length,
    perRegion,
    perCategory,
    pairs,
    figures: figures.length,
    marketFacts: catalogue.market.length,
    glossaryTerms: catalogue.glossary.length,
    sources: catalogue.sources.length,
    figuresWithoutSources: unsourced,
  };
  if (rest.includes('--json')) return { code: 0, out: JSON.stringify(stats, null, 2), err: '' };
  const pad = (s: string) => s.padEnd(26);
  const out = [
    `catalogue ${stats.version}`,
    `${pad('platforms')}${stats.platforms} (${REGIONS.map((r) => `${perRegion[r]} ${r}`).join(', ')})`,
    `${pad('pairs')}${pairs}`,
    `${pad('figures')}${figures.length}`,
    `${pad('market facts')}${stats.marketFacts}`,
    `${pad('glossary terms')}${stats.glossaryTerms}`,
    `${pad('sources')}${stats.sources}`,
    `${pad('figures without sources')}${unsourced}`,
    'per category:',
    ...Object.entries(perCategory).map(([c, n]) => `  ${pad(c)}${n}`),
  ].join('\n');
  return { code: 0, out, err: '' };
}

function writeJsonSchemas(dir: string): CliResult {
  mkdirSync(dir, { recursive: true });
  const schemas = { platform: platformSchema, sources: sourcesFileSchema, glossary: glossaryFileSchema, market: marketFileSchema };
  for (const [name, schema] of Object.entries(schemas)) {
    const json = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' });
    writeFileSync(join(dir, `${name}.schema.json`), JSON.stringify(json, null, 2) + '\n');
  }
  return { code: 0, out: `wrote ${Object.keys(schemas).length} JSON Schemas to ${dir}`, err: '' };
}
