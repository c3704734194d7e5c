import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { formatProblems, readCatalogueDir } from '@/lib/catalogue/read-data-dir';
import { DATA_DIR } from './support/catalogue';

describe('the bundled catalogue', () => {
  it('passes every file and cross-file rule', () => {
    const result = readCatalogueDir(DATA_DIR);
    if (!result.ok) throw new Error(formatProblems(result.problems));
    expect(result.catalogue.platforms.length).toBeGreaterThan(0);
    expect(result.catalogue.version).toMatch(/^[0-9a-f]{16}$/);
  });
});

describe('a broken data file fails with its file name and field path', () => {
  let dir: string;
  const copy = () => {
    dir = mkdtempSync(join(tmpdir(), 'china-lens-data-'));
    cpSync(DATA_DIR, join(dir, 'data'), { recursive: true });
    return join(dir, 'data');
  };
  const edit = (data: string, file: string, change: (json: Record<string, unknown>) => void) => {
    const path = join(data, file);
    const json = JSON.parse(readFileSync(path, 'utf8'));
    change(json);
    writeFileSync(path, JSON.stringify(json));
  };
  const problemsOf = (data: string) => {
    const result = readCatalogueDir(data);
    expect(result.ok).toBe(false);
    return result.ok ? '' : formatProblems(result.problems);
  };
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('a figure without a source', () => {
    const data = copy();
    edit(data, 'platforms/chinese/wechat.json', (j) => {
      delete (j.figures as Record<string, unknown>[])[0]!.sourceId;
    });
    expect(problemsOf(data)).toMatch(/data\/platforms\/chinese\/wechat\.json → figures\.0\.sourceId: /);
  });

  it('a source that does not exist', () => {
    const data = copy();
    edit(data, 'platforms/chinese/weibo.json', (j) => {
      (j.figures as Record<string, unknown>[])[0]!.sourceId = 'no-such-source';
    });
    expect(problemsOf(data)).toContain('data/platforms/chinese/weibo.json → figures.0.sourceId: source "no-such-source" is not in');
  });

  it('a pairing to a platform that does not exist', () => {
    const data = copy();
    edit(data, 'platforms/western/x.json', (j) => {
      (j.equivalents as Record<string, unknown>[])[0]!.chinese = 'not-a-platform';
    });
    expect(problemsOf(data)).toContain('data/platforms/western/x.json → equivalents.0.chinese: platform "not-a-platform" does not exist');
  });

  it('a host claimed by two platforms', () => {
    const data = copy();
    edit(data, 'platforms/western/quora.json', (j) => {
      (j.hosts as string[]).push('facebook.com');
    });
    expect(problemsOf(data)).toMatch(/quora\.json → hosts\.\d+: host "facebook\.com" is already claimed by "facebook"/);
  });

  it('a host that is a public suffix', () => {
    const data = copy();
    edit(data, 'platforms/western/quora.json', (j) => {
      (j.hosts as string[]).push('co.uk');
    });
    expect(problemsOf(data)).toMatch(/quora\.json → hosts\.\d+: host "co\.uk" is a public suffix/);
  });

  it('a Chinese platform without its characters or marketing notes', () => {
    const data = copy();
    edit(data, 'platforms/chinese/zhihu.json', (j) => {
      delete j.hanzi;
      j.marketing = [];
    });
    const problems = problemsOf(data);
    expect(problems).toContain('data/platforms/chinese/zhihu.json → hanzi: a Chinese platform needs its name in Chinese characters');
    expect(problems).toContain('data/platforms/chinese/zhihu.json → marketing: a Chinese platform needs marketing notes');
  });

  it('a closest pairing with fewer than three differences', () => {
    const data = copy();
    edit(data, 'platforms/western/x.json', (j) => {
      const weibo = (j.equivalents as Record<string, unknown>[]).find((e) => e.chinese === 'weibo')!;
      weibo.differences = [];
    });
    expect(problemsOf(data)).toMatch(/x\.json → equivalents\.\d+\.differences: a "closest" pairing needs at least 3 differences/);
  });

  it('a file that is not JSON', () => {
    const data = copy();
    writeFileSync(join(data, 'platforms/western/quora.json'), '{ "id": "quora", ');
    expect(problemsOf(data)).toMatch(/data\/platforms\/western\/quora\.json: not valid JSON/);
  });

  it('an id that does not match the file name', () => {
    const data = copy();
    edit(data, 'platforms/western/quora.json', (j) => {
      j.id = 'quora-two';
    });
    expect(problemsOf(data)).toContain('data/platforms/western/quora.json → id: file should be named platforms/western/quora-two.json');
  });
});
