/**
 * npm run bench: runs every scripts/bench/*.bench.ts in name order and prints one figure per line
 * ("name: value unit"). Figures are for comparing within one run (ratios), not absolute truths:
 * these machines are noisy.
 *   npm run bench                      all benches
 *   npm run bench -- detection         only benches whose file name contains "detection"
 *   npm run bench -- --extension DIR   page and popup measurements on another unpacked extension too
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { cpus, totalmem } from 'node:os';

export interface BenchContext {
  args: string[];
  /** Extra unpacked extension folders to measure beside China Lens (--extension DIR, repeatable). */
  extensions: string[];
  print: (name: string, value: number | string, unit?: string) => void;
}

const args = process.argv.slice(2);
const extensions: string[] = [];
const filters: string[] = [];
for (let i = 0; i < args.length; i++) {
  if (args[i] === '--extension' && args[i + 1]) extensions.push(args[++i]!);
  else if (!args[i]!.startsWith('--')) filters.push(args[i]!);
}

const dir = join(import.meta.dirname, 'bench');
const files = readdirSync(dir)
  .filter((f) => f.endsWith('.bench.ts'))
  .filter((f) => filters.length === 0 || filters.some((x) => f.includes(x)))
  .sort();

console.log(`# China Lens benchmarks — ${new Date().toISOString()} — node ${process.version}, ${cpus().length} cores (${cpus()[0]?.model ?? 'unknown'}), ${Math.round(totalmem() / 2 ** 30)} GiB`);
const ctx: BenchContext = {
  args,
  extensions,
  print: (name, value, unit = '') =>
    console.log(`${name}: ${typeof value === 'number' ? (Number.isInteger(value) ? value : value.toFixed(value < 10 ? 3 : 1)) : value}${unit ? ' ' + unit : ''}`),
};
for (const file of files) {
  console.log(`## ${file.replace('.bench.ts', '')}`);
  const mod = (await import(pathToFileURL(join(dir, file)).href)) as { default: (ctx: BenchContext) => Promise<void> };
  await mod.default(ctx);
}
