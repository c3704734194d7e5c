/**
 * npm run bench: runs every scripts/bench/*.bench.ts in name order and prints one figure per line
 * ("name: value unit"), then writes the figures, the machine and the issues' targets to
 * BENCHMARKS.md. Figures are for comparing within one run (ratios), not absolute truths: these
 * machines are noisy.
 *   npm run bench                      all benches; writes BENCHMARKS.md
 *   npm run bench -- detection         only benches whose file name contains "detection"
 *                                      (a filtered run leaves BENCHMARKS.md alone unless --out is given)
 *   npm run bench -- --extension DIR   page and popup measurements on another unpacked extension too
 *                                      (repeatable); a BENCH-ABOUT.md in DIR or two folders up (a WXT
 *                                      project's root) is quoted in BENCHMARKS.md as its provenance
 *   npm run bench -- --out FILE        write the report to FILE instead
 * The bench never downloads or builds another project: extra extensions are folders you provide.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { cpus, totalmem } from 'node:os';
import { describeExtension, fmt, load, markdown, whatItMeasures, type Figure, type SideBySide } from './bench/support/report';

export interface BenchContext {
  args: string[];
  /** Extra unpacked extension folders to measure beside China Lens (--extension DIR, repeatable). */
  extensions: string[];
  print: (name: string, value: number | string, unit?: string) => void;
  /**
   * The same measurements for several browser set-ups, side by side: printed one row per line
   * ("name.row: a / b / c unit") and written to BENCHMARKS.md as one table.
   */
  table: (table: Omit<SideBySide, 'bench'>) => void;
  /** A short name for an extension folder (its manifest's name and version). */
  label: (dir: string) => string;
}

const ROOT = resolve(import.meta.dirname, '..');
const args = process.argv.slice(2);
const extensions: string[] = [];
const filters: string[] = [];
let out: string | undefined;
for (let i = 0; i < args.length; i++) {
  if (args[i] === '--extension' && args[i + 1]) extensions.push(resolve(args[++i]!));
  else if (args[i] === '--out' && args[i + 1]) out = resolve(args[++i]!);
  else if (!args[i]!.startsWith('--')) filters.push(args[i]!);
}
if (!out && filters.length === 0) out = join(ROOT, 'BENCHMARKS.md');

const dir = join(import.meta.dirname, 'bench');
const files = readdirSync(dir)
  .filter((f) => f.endsWith('.bench.ts'))
  .filter((f) => filters.length === 0 || filters.some((x) => f.includes(x)))
  .sort();

const started = new Date();
const loadStart = load();
console.log(`# China Lens benchmarks — ${started.toISOString()} — node ${process.version}, ${cpus().length} cores (${cpus()[0]?.model ?? 'unknown'}), ${Math.round(totalmem() / 2 ** 30)} GiB — load ${loadStart}`);
const figures: Figure[] = [];
const tables: SideBySide[] = [];
const about: Record<string, string> = {};
let bench = '';
const ctx: BenchContext = {
  args,
  extensions,
  print: (name, value, unit = '') => {
    figures.push({ bench, name, value, unit });
    console.log(`${name}: ${typeof value === 'number' ? (Number.isInteger(value) ? value : value.toFixed(value < 10 ? 3 : 1)) : value}${unit ? ' ' + unit : ''}`);
  },
  table: (t) => {
    tables.push({ bench, ...t });
    console.log(`${t.name}: ${t.columns.join(' / ')}`);
    for (const r of t.rows) console.log(`${t.name}.${r.label}: ${r.values.map(fmt).join(' / ')}${r.unit ? ' ' + r.unit : ''}`);
  },
  label: (d) => describeExtension(d).name,
};
for (const file of files) {
  bench = file.replace('.bench.ts', '');
  about[bench] = whatItMeasures(readFileSync(join(dir, file), 'utf8'));
  console.log(`## ${bench}`);
  const mod = (await import(pathToFileURL(join(dir, file)).href)) as { default: (ctx: BenchContext) => Promise<void> };
  await mod.default(ctx);
}
const loadEnd = load();
console.log(`# load at end ${loadEnd}`);
if (out) {
  const command = `${process.env.CHINA_LENS_EXTENSION ? `CHINA_LENS_EXTENSION=${process.env.CHINA_LENS_EXTENSION} ` : ''}npm run bench${args.length ? ' -- ' + args.join(' ') : ''}`;
  const chinaLens = resolve(process.env.CHINA_LENS_EXTENSION ?? join(ROOT, '.output/chrome-mv3'));
  writeFileSync(out, markdown({ started, finished: new Date(), loadStart, loadEnd, command, root: ROOT, chinaLens, extensions }, figures, tables, about) + '\n');
  console.log(`# written to ${out}`);
}
