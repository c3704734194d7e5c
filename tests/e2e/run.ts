/**
 * China Lens end-to-end tests in real browsers: every tests/e2e/specs/*.spec.ts, in Debian's
 * Chromium and Firefox ESR, with the built extension against local stand-ins of the catalogued
 * sites. See tests/e2e/README.md.
 *
 *   npm run test:e2e                         both browsers, all specs
 *   npm run test:e2e -- --browser=firefox    one browser
 *   npm run test:e2e -- --grep=popup         tests whose "spec › name" matches
 *   npm run test:e2e -- --serial             one browser after the other (default: side by side)
 *
 * Prints one line per test and closes with "e2e: N passed, M failed"; exits 1 on any failure.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Page } from 'puppeteer-core';
import { makeCertificate, type Certificate } from './support/certs';
import { openExtensionPage } from './support/extension';
import { BROWSERS, type BrowserName, type E2E, type E2ETest } from './support/fixture';
import { startSession, type Session } from './support/session';

const ROOT = resolve(import.meta.dirname, '../..');
const E2E_DIR = import.meta.dirname;
const SPECS_DIR = join(E2E_DIR, 'specs');
const PAGES_DIR = join(E2E_DIR, 'pages');
const ARTIFACTS = join(E2E_DIR, 'artifacts');
// E2E_CHROMIUM_EXTENSION / E2E_FIREFOX_EXTENSION point at another unpacked build (then nothing is built).
const OUTPUT: Record<BrowserName, { dir: string; build: string }> = {
  chromium: { dir: resolve(process.env.E2E_CHROMIUM_EXTENSION ?? join(ROOT, '.output/chrome-mv3')), build: 'build' },
  firefox: { dir: resolve(process.env.E2E_FIREFOX_EXTENSION ?? join(ROOT, '.output/firefox-mv2')), build: 'build:firefox' },
};
const DEFAULT_TIMEOUT_MS = 30_000;
const NETWORK_TEST = 'network › the extension made no network requests';

interface SpecTest extends E2ETest {
  spec: string;
  fullName: string;
}

interface Result {
  browser: BrowserName;
  name: string;
  ok: boolean;
  ms: number;
  error?: string;
  notes: string[];
}

const args = process.argv.slice(2);
const arg = (name: string) => args.filter((a) => a.startsWith(`--${name}=`)).map((a) => a.slice(name.length + 3));
const browsers = (arg('browser').flatMap((b) => b.split(',')).filter(Boolean) as BrowserName[]).filter((b) => BROWSERS.includes(b));
const selectedBrowsers = browsers.length ? browsers : (process.env.E2E_BROWSERS?.split(',') as BrowserName[] | undefined) ?? BROWSERS;
const grep = arg('grep')[0];
const serial = args.includes('--serial');

const results: Result[] = [];
const t0 = Date.now();

function print(line: string) {
  process.stdout.write(line + '\n');
}

function report(r: Result) {
  results.push(r);
  const mark = r.ok ? '✓' : '✗';
  print(`${mark} [${r.browser}] ${r.name} (${(r.ms / 1000).toFixed(1)} s)`);
  if (!r.ok) {
    for (const line of (r.error ?? '').split('\n')) print(`    ${line}`);
    for (const n of r.notes) print(`    note: ${n}`);
  }
}

async function loadSpecs(): Promise<SpecTest[]> {
  const files = readdirSync(SPECS_DIR)
    .filter((f) => f.endsWith('.spec.ts'))
    .sort();
  const all: SpecTest[] = [];
  for (const file of files) {
    const spec = basename(file, '.spec.ts');
    const mod = (await import(pathToFileURL(join(SPECS_DIR, file)).href)) as { tests?: E2ETest[]; default?: E2ETest[] };
    const tests = mod.tests ?? mod.default;
    if (!Array.isArray(tests)) throw new Error(`${file} must export \`tests\` (an array made with test() from support/fixture)`);
    for (const t of tests) all.push({ ...t, spec, fullName: `${spec} › ${t.name}` });
  }
  const names = new Set<string>();
  for (const t of all) {
    if (names.has(t.fullName)) throw new Error(`two tests are called "${t.fullName}"`);
    names.add(t.fullName);
  }
  return grep ? all.filter((t) => new RegExp(grep, 'i').test(t.fullName)) : all;
}

function ensureBuild(name: BrowserName) {
  const { dir, build } = OUTPUT[name];
  if (existsSync(join(dir, 'manifest.json'))) return;
  print(`(no ${dir.replace(ROOT + '/', '')} yet: npm run ${build})`);
  execFileSync('npm', ['run', build], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
}

function slug(s: string) {
  return s
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 80);
}

async function withTimeout<T>(what: string, ms: number, p: Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} timed out after ${ms} ms`)), ms);
  });
  try {
    return await Promise.race([p, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

async function runBrowser(name: BrowserName, tests: SpecTest[], certificate: Certificate, buildError: string | undefined) {
  const mine = tests.filter((t) => !t.browsers || t.browsers.includes(name));
  const started = Date.now();
  let session: Session;
  try {
    if (buildError) throw new Error(`the build failed:\n${buildError}`);
    session = await startSession(name, { extensionDir: OUTPUT[name].dir, pagesDir: PAGES_DIR, certificate });
  } catch (e) {
    const error = `could not start ${name} with the extension: ${(e as Error).stack ?? String(e)}`;
    for (const t of mine) report({ browser: name, name: t.fullName, ok: false, ms: 0, error, notes: [] });
    report({ browser: name, name: NETWORK_TEST, ok: false, ms: 0, error: 'not checked: the browser did not start', notes: [] });
    return { name, ms: Date.now() - started, startupMs: 0 };
  }
  const { browser, extension, network } = session;
  const keep = new Set<Page>(await browser.pages());

  for (const t of mine) {
    const opened = new Set<Page>();
    const notes: string[] = [];
    const fixture: E2E = {
      name,
      browser,
      extension,
      site: (host, path = '/') => `https://${host}${path.startsWith('/') ? path : '/' + path}`,
      track: (page) => {
        opened.add(page);
        return page;
      },
      openSite: async (url) => {
        const page = await browser.newPage();
        opened.add(page);
        await page.goto(url, { waitUntil: 'load' });
        return page;
      },
      openExtensionPage: async (path, options) => {
        const page = await openExtensionPage(browser, name, extension.url(path), options);
        opened.add(page);
        return page;
      },
      note: (m) => notes.push(m),
    };
    network.during = t.fullName;
    const begun = Date.now();
    let error: string | undefined;
    try {
      await withTimeout(`"${t.fullName}"`, t.timeoutMs ?? DEFAULT_TIMEOUT_MS, t.run(fixture));
    } catch (e) {
      error = (e as Error).stack ?? String(e);
      await saveScreenshots(name, t.fullName, [...opened]);
    }
    report({ browser: name, name: t.fullName, ok: !error, ms: Date.now() - begun, error, notes });
    network.during = `between tests (after "${t.fullName}")`;
    for (const page of [...opened, ...(await browser.pages().catch(() => []))])
      if (!keep.has(page) && !page.isClosed()) await page.close().catch(() => {});
  }

  // Late requests (a background fetch on a timer) still count: give them a moment to show up.
  network.during = 'teardown';
  await new Promise((r) => setTimeout(r, 300));
  const offences = network.offences();
  report({
    browser: name,
    name: NETWORK_TEST,
    ok: offences.length === 0,
    ms: 0,
    error: offences.length
      ? `${offences.length} request(s) that are not the browser's own:\n${offences.map((o) => '- ' + network.describe(o.entry)).join('\n')}`
      : undefined,
    notes: [],
  });
  writeNetworkLog(session);
  await session.close();
  return { name, ms: Date.now() - started, startupMs: session.startupMs };
}

async function saveScreenshots(name: BrowserName, test: string, pages: Page[]) {
  mkdirSync(join(ARTIFACTS, name), { recursive: true });
  let i = 0;
  for (const page of pages) {
    if (page.isClosed()) continue;
    const file = join(ARTIFACTS, name, `${slug(test)}-${i++}.png`);
    await withTimeout('screenshot', 3_000, page.screenshot({ path: file as `${string}.png` })).catch(() => {});
  }
}

function writeNetworkLog(session: Session) {
  mkdirSync(ARTIFACTS, { recursive: true });
  const lines = [
    `# ${session.name}: requests that did not stay on the stand-in pages (${session.network.entries.length})`,
    ...session.network.entries.map((e) => session.network.describe(e)),
    '',
    `# ${session.name}: stand-in server access log`,
    ...session.standIn.accessLog,
  ];
  writeFileSync(join(ARTIFACTS, `${session.name}-network.log`), lines.join('\n') + '\n');
}

async function main() {
  rmSync(ARTIFACTS, { recursive: true, force: true });
  const tests = await loadSpecs();
  const certificate = makeCertificate(join(E2E_DIR, '.certs'));
  // Builds first, one at a time: two wxt builds side by side would race on .wxt/.
  const buildErrors: Partial<Record<BrowserName, string>> = {};
  for (const b of selectedBrowsers) {
    try {
      ensureBuild(b);
    } catch (e) {
      const err = e as Error & { stdout?: Buffer; stderr?: Buffer };
      buildErrors[b] = [err.stdout?.toString(), err.stderr?.toString(), err.message].filter(Boolean).join('\n').trim().split('\n').slice(-30).join('\n');
    }
  }
  const run = (b: BrowserName) => runBrowser(b, tests, certificate, buildErrors[b]);
  const timings = serial
    ? await selectedBrowsers.reduce<Promise<Awaited<ReturnType<typeof runBrowser>>[]>>(async (acc, b) => [...(await acc), await run(b)], Promise.resolve([]))
    : await Promise.all(selectedBrowsers.map(run));
  const passed = results.filter((r) => r.ok).length;
  const failed = results.length - passed;
  for (const t of timings) print(`${t.name}: ${(t.ms / 1000).toFixed(1)} s (browser and extension up in ${(t.startupMs / 1000).toFixed(1)} s)`);
  print(`total: ${((Date.now() - t0) / 1000).toFixed(1)} s; artifacts in tests/e2e/artifacts/`);
  print(`e2e: ${passed} passed, ${failed} failed`);
  return failed || !results.length ? 1 : 0;
}

main().then(
  // Exit explicitly: a browser that ignored close() must not keep CI waiting.
  (code) => process.stdout.write('', () => process.exit(code)),
  (e) => {
    print(`e2e harness error: ${(e as Error).stack ?? String(e)}`);
    print(`e2e: ${results.filter((r) => r.ok).length} passed, ${results.filter((r) => !r.ok).length + 1} failed`);
    process.stdout.write('', () => process.exit(1));
  },
);
