/**
 * Checks what `npm run zip` and `npm run zip:firefox` wrote to .output/: the Chrome Web Store zip,
 * the addons.mozilla.org zip and its sources archive. Each store zip holds a built extension
 * (manifest.json at the root); the sources archive holds what a reviewer needs to rebuild
 * (package.json, package-lock.json, wxt.config.ts, the code and the catalogue data) and nothing
 * that is not needed (node_modules, .output, tests, certificates, screenshots).
 *
 *   node --import tsx tests/e2e/check-store-zips.ts [.output] [--rebuild DIR]
 *
 * --rebuild DIR does what an AMO reviewer does: unpacks the sources into DIR, runs `npm ci` and
 * `npm run build:firefox` there, and compares the result file by file with the submitted zip.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { inflateRawSync } from 'node:zlib';

interface Entry {
  name: string;
  method: number;
  compressedSize: number;
  localOffset: number;
}

/** The central directory of a zip file (no zip64: these archives are a few hundred kB). */
export function zipEntries(zip: Buffer): Entry[] {
  let eocd = -1;
  for (let i = zip.length - 22; i >= Math.max(0, zip.length - 22 - 65_535); i--)
    if (zip.readUInt32LE(i) === 0x06054b50) {
      eocd = i;
      break;
    }
  if (eocd < 0) throw new Error('not a zip file (no end of central directory)');
  const count = zip.readUInt16LE(eocd + 10);
  let at = zip.readUInt32LE(eocd + 16);
  const entries: Entry[] = [];
  for (let i = 0; i < count; i++) {
    if (zip.readUInt32LE(at) !== 0x02014b50) throw new Error(`bad central directory entry ${i}`);
    const nameLength = zip.readUInt16LE(at + 28);
    const extraLength = zip.readUInt16LE(at + 30);
    const commentLength = zip.readUInt16LE(at + 32);
    entries.push({
      name: zip.toString('utf8', at + 46, at + 46 + nameLength),
      method: zip.readUInt16LE(at + 10),
      compressedSize: zip.readUInt32LE(at + 20),
      localOffset: zip.readUInt32LE(at + 42),
    });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

export function zipFile(zip: Buffer, entry: Entry): Buffer {
  const at = entry.localOffset;
  const start = at + 30 + zip.readUInt16LE(at + 26) + zip.readUInt16LE(at + 28);
  const data = zip.subarray(start, start + entry.compressedSize);
  if (entry.method === 0) return Buffer.from(data);
  if (entry.method === 8) return inflateRawSync(data);
  throw new Error(`${entry.name}: compression method ${entry.method} not supported`);
}

/** Problems with the sources archive's file list; [] when it is what a reviewer needs. */
export function sourcesProblems(names: string[]): string[] {
  const problems: string[] = [];
  for (const required of ['package.json', 'package-lock.json', 'wxt.config.ts', 'tsconfig.json', 'README.md'])
    if (!names.includes(required)) problems.push(`missing ${required}`);
  for (const folder of ['entrypoints/', 'lib/', 'components/', 'data/', 'public/'])
    if (!names.some((n) => n.startsWith(folder))) problems.push(`missing ${folder}`);
  const unwanted = names.filter((n) => /(^|\/)node_modules\//.test(n) || /^(\.output|\.wxt|\.git|tests|docs)\//.test(n) || /(^|\/)\.certs\//.test(n) || /\.(pem|key|log)$/.test(n));
  if (unwanted.length) problems.push(`should not be there: ${unwanted.slice(0, 8).join(', ')}${unwanted.length > 8 ? ` (${unwanted.length} in all)` : ''}`);
  return problems;
}

function listFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => statSync(join(dir, f)).isFile())
    .map((f) => f.split('\\').join('/'))
    .sort();
}

function run(command: string, args: string[], cwd: string) {
  console.log(`$ ${command} ${args.join(' ')}   (in ${cwd})`);
  const result = spawnSync(command, args, { cwd, stdio: 'inherit', env: { ...process.env, PUPPETEER_SKIP_DOWNLOAD: '1' } });
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed (exit ${result.status})`);
}

function main() {
  const args = process.argv.slice(2);
  const rebuildAt = args.indexOf('--rebuild');
  const rebuildDir = rebuildAt >= 0 ? resolve(args[rebuildAt + 1] ?? '') : undefined;
  const outDir = resolve(args.find((a, i) => !a.startsWith('--') && i !== rebuildAt + 1) ?? '.output');
  const root = resolve(import.meta.dirname, '../..');
  const { name, version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { name: string; version: string };

  const expected = {
    chrome: join(outDir, `${name}-${version}-chrome-mv3.zip`),
    firefox: join(outDir, `${name}-${version}-firefox-mv2.zip`),
    sources: join(outDir, `${name}-${version}-sources.zip`),
  };
  const problems: string[] = [];
  const zips = new Map<string, Buffer>();
  for (const [what, path] of Object.entries(expected)) {
    if (!existsSync(path)) {
      problems.push(`${relative(root, path)}: missing (run npm run zip and npm run zip:firefox)`);
      continue;
    }
    const zip = readFileSync(path);
    zips.set(what, zip);
    const names = zipEntries(zip)
      .map((e) => e.name)
      .filter((n) => !n.endsWith('/')); // folder entries
    const found = what === 'sources' ? sourcesProblems(names) : ['manifest.json', 'background.js', 'popup.html', 'catalogue.html', 'content-scripts/content.js'].filter((f) => !names.includes(f)).map((f) => `missing ${f}`);
    if (what !== 'sources') {
      const manifest = JSON.parse(zipFile(zip, zipEntries(zip).find((e) => e.name === 'manifest.json')!).toString('utf8')) as { manifest_version: number; version: string };
      if (manifest.manifest_version !== (what === 'chrome' ? 3 : 2)) found.push(`manifest_version ${manifest.manifest_version}`);
      if (manifest.version !== version) found.push(`version ${manifest.version}, package.json says ${version}`);
    }
    for (const p of found) problems.push(`${relative(root, path)}: ${p}`);
    console.log(`${relative(root, path)}: ${names.length} files, ${(zip.length / 1024).toFixed(0)} kB${found.length ? '' : ', as expected'}`);
  }
  if (problems.length) {
    console.error(problems.join('\n'));
    process.exit(1);
  }

  if (rebuildDir) {
    rmSync(rebuildDir, { recursive: true, force: true });
    const sources = zips.get('sources')!;
    for (const entry of zipEntries(sources)) {
      if (entry.name.endsWith('/')) continue; // folders come with their files
      const target = join(rebuildDir, entry.name);
      mkdirSync(dirname(target), { recursive: true });
      writeFileSync(target, zipFile(sources, entry));
    }
    run('npm', ['ci', '--no-audit', '--no-fund'], rebuildDir);
    run('npm', ['run', 'build:firefox'], rebuildDir);
    const built = join(rebuildDir, '.output/firefox-mv2');
    const submitted = zips.get('firefox')!;
    const entries = new Map(zipEntries(submitted).filter((e) => !e.name.endsWith('/')).map((e) => [e.name, e]));
    const files = listFiles(built);
    const differ = files.filter((f) => !entries.has(f) || !zipFile(submitted, entries.get(f)!).equals(readFileSync(join(built, f))));
    const missing = [...entries.keys()].filter((f) => !files.includes(f));
    if (differ.length || missing.length) {
      console.error(`the build from the sources archive differs from ${relative(root, expected.firefox)}: ${[...differ, ...missing.map((m) => `${m} (not built)`)].join(', ')}`);
      process.exit(1);
    }
    console.log(`rebuilt from the sources archive in ${rebuildDir}: all ${files.length} files identical to ${relative(root, expected.firefox)}`);
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) main();
