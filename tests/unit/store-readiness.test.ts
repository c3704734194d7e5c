/**
 * What the store submission relies on and a build does not show: README explains every web-ext
 * lint warning CI accepts, and the sources-archive check refuses an archive a reviewer could not
 * use. (The zips themselves are made and rebuilt after the builds in .ci/run.)
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { deflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import config from '@/wxt.config';
import { sourcesProblems, zipEntries, zipFile } from '../e2e/check-store-zips';

const root = resolve(import.meta.dirname, '../..');
const README = readFileSync(resolve(root, 'README.md'), 'utf8');
const publish = README.slice(README.indexOf('## Publish'), README.indexOf('\n## ', README.indexOf('## Publish') + 3));

describe('README tells how to publish', () => {
  it('has a Publish section with loading, both zips, both stores and the reviewer’s build steps', () => {
    for (const words of ['Load unpacked', 'Load Temporary Add-on', 'npm run zip', 'npm run zip:firefox', 'Chrome Web Store', 'addons.mozilla.org', 'sources.zip', 'Node.js 20', '`npm ci`', '`npm run build:firefox`'])
      expect(publish).toContain(words);
  });

  it('explains every web-ext lint warning CI allows, one table row each', () => {
    const { allowed } = JSON.parse(readFileSync(resolve(root, 'tests/e2e/web-ext-lint-allowed.json'), 'utf8')) as { allowed: { code: string }[] };
    const rows = publish.split('\n').filter((line) => /^\| `[A-Z_]+` \|/.test(line));
    expect(rows.map((r) => /`([A-Z_]+)`/.exec(r)![1]).sort()).toEqual(allowed.map((a) => a.code).sort());
  });
});

describe('the sources archive', () => {
  it('wxt.config.ts leaves out what a build does not need', () => {
    expect(config.zip?.excludeSources).toEqual(expect.arrayContaining(['.output/**', 'tests/**', 'docs/**']));
  });

  const complete = ['package.json', 'package-lock.json', 'wxt.config.ts', 'tsconfig.json', 'README.md', 'entrypoints/background.ts', 'lib/db/database.ts', 'components/popup/PopupApp.tsx', 'data/glossary.json', 'public/icon.svg'];

  it('a complete archive passes', () => {
    expect(sourcesProblems(complete)).toEqual([]);
  });

  it('an archive without the lock file, or with node_modules, tests or certificates, is refused', () => {
    expect(sourcesProblems(complete.filter((f) => f !== 'package-lock.json'))).toEqual(['missing package-lock.json']);
    expect(sourcesProblems([...complete, 'node_modules/react/index.js', 'tests/e2e/.certs/key.pem'])).toEqual([
      'should not be there: node_modules/react/index.js, tests/e2e/.certs/key.pem',
    ]);
  });

  it('reads a zip’s files back (stored and deflated)', () => {
    const zip = makeZip([
      ['package.json', Buffer.from('{"name":"x"}'), 0],
      ['lib/a.ts', Buffer.from('export const a = 1;\n'.repeat(50)), 8],
    ]);
    const entries = zipEntries(zip);
    expect(entries.map((e) => e.name)).toEqual(['package.json', 'lib/a.ts']);
    expect(zipFile(zip, entries[1]!).toString()).toBe('export const a = 1;\n'.repeat(50));
  });
});

/** A minimal zip writer for the reader's test (CRCs are not checked by the reader, so left 0). */
function makeZip(files: [string, Buffer, 0 | 8][]): Buffer {
  const locals: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const [name, content, method] of files) {
    const data = method === 8 ? deflateRawSync(content) : content;
    const nameBytes = Buffer.from(name);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(method, 8);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(content.length, 22);
    local.writeUInt16LE(nameBytes.length, 26);
    const entry = Buffer.alloc(46);
    entry.writeUInt32LE(0x02014b50, 0);
    entry.writeUInt16LE(method, 10);
    entry.writeUInt32LE(data.length, 20);
    entry.writeUInt32LE(content.length, 24);
    entry.writeUInt16LE(nameBytes.length, 28);
    entry.writeUInt32LE(offset, 42);
    locals.push(local, nameBytes, data);
    central.push(entry, nameBytes);
    offset += 30 + nameBytes.length + data.length;
  }
  const centralBytes = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(files.length, 8);
  end.writeUInt16LE(files.length, 10);
  end.writeUInt32LE(centralBytes.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, centralBytes, end]);
}
