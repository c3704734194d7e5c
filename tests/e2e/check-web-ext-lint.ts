/**
 * Reads `web-ext lint --output json` and fails on any error, and on any warning not listed with a
 * reason in tests/e2e/web-ext-lint-allowed.json. Notices are printed, never fatal.
 *
 *   npx web-ext lint --source-dir .output/firefox-mv2 --output json > lint.json
 *   node --import tsx tests/e2e/check-web-ext-lint.ts lint.json .output/firefox-mv2
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

interface LintMessage {
  _type: 'error' | 'warning' | 'notice';
  code: string;
  message: string;
  description?: string;
  file?: string;
  line?: number;
  column?: number;
}
interface LintReport {
  summary: { errors: number; warnings: number; notices: number };
  errors: LintMessage[];
  warnings: LintMessage[];
  notices: LintMessage[];
}
interface Allowed {
  code: string;
  file: string;
  context?: string;
  reason: string;
}

const [reportFile, sourceDir = '.output/firefox-mv2'] = process.argv.slice(2);
if (!reportFile) {
  console.error('usage: check-web-ext-lint.ts <web-ext-lint.json> [source-dir]');
  process.exit(2);
}

const raw = readFileSync(reportFile, 'utf8');
// web-ext may print a line or two before the JSON; the report is the last {...} block.
const report = JSON.parse(raw.slice(raw.indexOf('{'))) as LintReport;
const { allowed } = JSON.parse(readFileSync(join(import.meta.dirname, 'web-ext-lint-allowed.json'), 'utf8')) as { allowed: Allowed[] };
for (const a of allowed) if (!a.reason?.trim()) throw new Error(`web-ext-lint-allowed.json: entry for ${a.code} has no reason`);

const sourceCache = new Map<string, string[]>();
function around(m: LintMessage): string {
  if (!m.file) return '';
  const path = resolve(sourceDir, m.file);
  if (!existsSync(path)) return '';
  if (!sourceCache.has(path)) sourceCache.set(path, readFileSync(path, 'utf8').split('\n'));
  const lines = sourceCache.get(path)!;
  if (!m.line) return lines.join('\n');
  const line = lines[m.line - 1] ?? '';
  const col = (m.column ?? 1) - 1;
  return line.slice(Math.max(0, col - 300), col + 300);
}

function allowance(m: LintMessage): Allowed | undefined {
  return allowed.find(
    (a) => a.code === m.code && new RegExp(a.file).test(m.file ?? '') && (!a.context || new RegExp(a.context).test(around(m))),
  );
}

const where = (m: LintMessage) => `${m.file ?? '?'}${m.line ? `:${m.line}` : ''}${m.column ? `:${m.column}` : ''}`;
let failed = 0;
for (const m of report.errors) {
  failed++;
  console.log(`✗ error ${m.code} at ${where(m)}: ${m.message}`);
}
const used = new Set<Allowed>();
for (const m of report.warnings) {
  const a = allowance(m);
  if (a) {
    used.add(a);
    console.log(`  allowed warning ${m.code} at ${where(m)} — ${a.reason.length > 90 ? a.reason.slice(0, 87) + '...' : a.reason}`);
  } else {
    failed++;
    console.log(`✗ warning ${m.code} at ${where(m)}: ${m.message}${m.description ? `\n    ${m.description}` : ''}`);
  }
}
for (const m of report.notices) console.log(`  notice ${m.code} at ${where(m)}: ${m.message}`);
for (const a of allowed) if (!used.has(a)) console.log(`  (allowance no longer needed? ${a.code} ${a.file})`);
console.log(
  `web-ext lint: ${report.summary.errors} errors, ${report.summary.warnings} warnings (${report.summary.warnings - (failed - report.errors.length)} allowed), ${report.summary.notices} notices`,
);
process.exit(failed ? 1 : 0);
