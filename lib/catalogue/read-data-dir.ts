/**
 * Reads and validates data/ from disk (Node only: used by the build plugin, the CLI and tests).
 * Every problem names the file and the path of the field, so a maintainer can fix it at once.
 */
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { z } from 'zod';
import { findCrossFileProblems, type CatalogueProblem, type ParsedFiles } from './rules';
import {
  glossaryFileSchema,
  marketFileSchema,
  platformSchema,
  sourcesFileSchema,
  type Catalogue,
} from './schema';

export type ReadResult = { ok: true; catalogue: Catalogue; files: string[] } | { ok: false; problems: CatalogueProblem[] };

function listJson(dir: string): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const full = join(dir, name);
      if (statSync(full).isDirectory()) return listJson(full);
      return name.endsWith('.json') ? [full] : [];
    });
}

export function readCatalogueDir(dataDir: string): ReadResult {
  const problems: CatalogueProblem[] = [];
  const rel = (f: string) => relative(join(dataDir, '..'), f);

  function parse<S extends z.ZodType>(file: string, schema: S): z.infer<S> | undefined {
    let raw: unknown;
    try {
      raw = JSON.parse(readFileSync(file, 'utf8'));
    } catch (e) {
      problems.push({ file: rel(file), path: '', message: `not valid JSON: ${(e as Error).message}` });
      return undefined;
    }
    const result = schema.safeParse(raw);
    if (result.success) return result.data;
    for (const issue of result.error.issues)
      problems.push({ file: rel(file), path: issue.path.join('.'), message: issue.message });
    return undefined;
  }

  const platformFiles = listJson(join(dataDir, 'platforms'));
  const parsed: ParsedFiles = {
    platforms: [],
    sources: { file: 'data/sources/*.json', sources: [] },
    glossary: { file: rel(join(dataDir, 'glossary.json')), terms: [] },
    market: { file: rel(join(dataDir, 'market.json')), facts: [] },
  };
  for (const file of platformFiles) {
    const platform = parse(file, platformSchema);
    if (!platform) continue;
    const expected = `${platform.id}.json`;
    if (!file.endsWith(`/${platform.region}/${expected}`))
      problems.push({ file: rel(file), path: 'id', message: `file should be named platforms/${platform.region}/${expected}` });
    parsed.platforms.push({ file: rel(file), platform });
  }
  // Sources live in several files (one per topic) so contributors rarely edit the same file.
  const sourceFiles = listJson(join(dataDir, 'sources'));
  parsed.sources.sources = sourceFiles.flatMap((f) => parse(f, sourcesFileSchema)?.sources ?? []);
  parsed.glossary.terms = parse(join(dataDir, 'glossary.json'), glossaryFileSchema)?.terms ?? [];
  parsed.market.facts = parse(join(dataDir, 'market.json'), marketFileSchema)?.facts ?? [];

  if (problems.length === 0) problems.push(...findCrossFileProblems(parsed));
  if (problems.length > 0) return { ok: false, problems };

  const body = {
    platforms: parsed.platforms.map((p) => p.platform),
    sources: parsed.sources.sources,
    glossary: parsed.glossary.terms,
    market: parsed.market.facts,
  };
  // The version is a hash of the validated content: any edit to data/ re-seeds the database.
  const version = createHash('sha256').update(JSON.stringify(body)).digest('hex').slice(0, 16);
  return { ok: true, catalogue: { version, ...body }, files: [...platformFiles, ...sourceFiles].map(rel) };
}

export function formatProblems(problems: CatalogueProblem[]): string {
  return problems.map((p) => `${p.file}${p.path ? ` → ${p.path}` : ''}: ${p.message}`).join('\n');
}
