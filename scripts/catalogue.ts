/**
 * The maintainer's catalogue tool. Same lib code as the extension, so what it says is what ships.
 *   npm run catalogue -- validate
 *   npm run catalogue -- lookup <url>...      (or URLs one per line on standard input)
 *   npm run catalogue -- stats [--json]
 *   npm run catalogue -- schema               (writes JSON Schemas for editors)
 */
import { resolve } from 'node:path';
import { runCatalogueCommand } from '../lib/catalogue/cli';

const dataDir = resolve(import.meta.dirname, '..', 'data');
const readStdin = async () => {
  if (process.stdin.isTTY) return '';
  const chunks: Buffer[] = [];
  for await (const c of process.stdin) chunks.push(c as Buffer);
  return Buffer.concat(chunks).toString('utf8');
};

const { code, out, err } = await runCatalogueCommand(process.argv.slice(2), { dataDir, readStdin });
if (out) process.stdout.write(out.endsWith('\n') ? out : out + '\n');
if (err) process.stderr.write(err.endsWith('\n') ? err : err + '\n');
process.exitCode = code;
