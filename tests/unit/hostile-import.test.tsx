/**
 * A hostile pins-and-notes file: huge, deeply nested, wrong types, unknown or prototype keys, or
 * markup in a note. Each bad file is refused with a clear message in every language and leaves
 * the database exactly as it was; markup in a valid note is kept as the person's text and shown
 * as text — never as HTML — in the popup, the catalogue entry and the brief.
 */
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { CatalogueApp } from '@/components/catalogue/CatalogueApp';
import { PopupApp } from '@/components/popup/PopupApp';
import type { Catalogue } from '@/lib/catalogue/schema';
import { createRouterStore, type RouterStore } from '@/lib/catalogue-page/router-store';
import { createDatabase, type ChinaLensDb } from '@/lib/db/database';
import { seedCatalogue } from '@/lib/db/seed-catalogue';
import { detectPlatform } from '@/lib/detect/detect-platform';
import { buildHostIndex } from '@/lib/detect/host-index';
import { buildBrief } from '@/lib/export/brief';
import { briefMarkdown } from '@/lib/export/brief-markdown';
import { importProblemMessage } from '@/lib/export/import-message';
import { importPersonalData, MAX_IMPORT_BYTES, MAX_IMPORT_DEPTH, readPersonalImport, type ImportProblem } from '@/lib/export/personal-data';
import type { Locale } from '@/lib/i18n/locales';
import { createTranslator } from '@/lib/i18n/translate';
import { saveNote } from '@/lib/personal/notes';
import { setPinned } from '@/lib/personal/pins';
import { usePopupView } from '@/lib/popup/view-store';
import { DEFAULT_SETTINGS } from '@/lib/settings/defaults';
import { useSettings } from '@/lib/settings/store';
import { loadCatalogue } from './support/catalogue';

// The catalogue page renders a hundred cards; on a loaded machine that takes seconds. These
// limits only stop a hung test; nothing here measures speed.
vi.setConfig({ testTimeout: 30_000 });
const slow = { timeout: 10_000 };

const SCRIPT = '<img src=x onerror=alert(1)>';
const NOTE = `Agency says: ${SCRIPT} <script>alert(2)</script> & "quotes"`;
const LOCALES: Locale[] = ['en', 'zh-CN', 'sv'];

let catalogue: Catalogue;
let db: ChinaLensDb;
let router: RouterStore | undefined;
let n = 0;

beforeAll(() => {
  catalogue = loadCatalogue();
});
beforeEach(async () => {
  db = createDatabase(`hostile-import-${n++}`);
  await db.open();
  useSettings.setState({ ...DEFAULT_SETTINGS, language: 'en' });
});
afterEach(async () => {
  cleanup();
  router?.stop();
  router = undefined;
  window.history.replaceState(null, '', '#/');
  await new Promise((r) => setTimeout(r, 50));
  db.close();
  await db.delete();
});

const file = (extra: Record<string, unknown> = {}) => ({ format: 'china-lens/personal', version: 1, exportedAt: '2026-11-21T00:00:00.000Z', pins: [], notes: [], ...extra });

function refused(text: string, bytes?: number): ImportProblem {
  const read = readPersonalImport(text, bytes);
  if (read.ok) throw new Error('accepted a file it should refuse');
  return read.problem;
}

const messages = (problem: ImportProblem) => Object.fromEntries(LOCALES.map((l) => [l, importProblemMessage(problem, 'notes.json', createTranslator(l))]));

/** Every language says it in its own words, names the file, and leaves no {placeholder} unfilled. */
function expectTranslated(problem: ImportProblem) {
  const m = messages(problem);
  // What the file itself says (a field's path, unknown keys) is quoted as it is, in any language.
  const quoted = problem.kind === 'invalid' ? [problem.path, ...(problem.issue.code === 'unknown-field' ? problem.issue.keys.split(', ') : [])] : [];
  for (const l of LOCALES) {
    expect(m[l]).toContain('notes.json');
    expect(m[l]).not.toMatch(/\{\w+\}/);
  }
  expect(m['zh-CN']).not.toBe(m.en);
  expect(m.sv).not.toBe(m.en);
  // The Chinese message has no English words left in it (the file name and JSON keys aside).
  const chinese = quoted.reduce((text, q) => text.split(q).join(''), m['zh-CN']!.replace(/notes\.json|"format": "china-lens\/personal"|JSON|MB/g, ''));
  expect(chinese).not.toMatch(/[A-Za-z]{3,}/);
  return m;
}

describe('a huge file is refused by its size, before it is read or parsed', () => {
  it('50 MB of text: refused as too big, JSON.parse never called, a clear message in every language', () => {
    const parse = vi.spyOn(JSON, 'parse');
    const huge = `{"format":"china-lens/personal","notes":[{"text":"${'x'.repeat(50 * 1024 * 1024)}"}]}`;
    const problem = refused(huge);
    expect(problem).toEqual({ kind: 'too-big', bytes: huge.length });
    expect(parse).not.toHaveBeenCalled();
    const m = expectTranslated(problem);
    expect(m.en).toBe('“notes.json” is 50 MB, far larger than any pins-and-notes file.');
    expect(m['zh-CN']).toBe('“notes.json”有 50 MB，远大于任何收藏和笔记文件。');
  });

  it('the catalogue page refuses a 50 MB file without reading it, and nothing changes', async () => {
    await seedCatalogue(db, catalogue);
    await setPinned(db, 'weibo', true, 1);
    await saveNote(db, 'weibo', 'mine', 2);
    const before = await snapshot();
    openCatalogue('#/export');
    const input = (await screen.findByTestId('personal-import', {}, slow)) as HTMLInputElement;
    const big = new File([new Uint8Array(50 * 1024 * 1024)], 'video.json', { type: 'application/json' });
    const text = vi.spyOn(big, 'text');
    fireEvent.change(input, { target: { files: [big] } });
    const error = await screen.findByTestId('import-error', {}, slow);
    expect(error.textContent).toBe('Import refused. “video.json” is 50 MB, far larger than any pins-and-notes file. Nothing was changed: your pins and notes are as they were.');
    expect(text).not.toHaveBeenCalled();
    expect(big.size).toBeGreaterThan(MAX_IMPORT_BYTES);
    expect(await snapshot()).toEqual(before);
  });
});

describe('deep nesting is refused before parsing, with a clear message', () => {
  const deep = (n: number) => '['.repeat(n) + ']'.repeat(n);
  const deepObject = (n: number) => '{"a":'.repeat(n) + '1' + '}'.repeat(n);

  it.each([
    ['100 000 nested lists', deep(100_000)],
    ['100 000 nested objects', deepObject(100_000)],
    ['a valid file with 100 000 levels under an extra field', JSON.stringify(file()).replace(/}$/, `,"extra":${deep(100_000)}}`)],
    ['a note whose value nests 1 000 levels', JSON.stringify(file()).replace('"notes":[]', `"notes":[${deep(1000)}]`)],
  ])('%s', (_what, text) => {
    const parse = vi.spyOn(JSON, 'parse');
    const problem = refused(text);
    expect(problem).toEqual({ kind: 'too-deep', limit: MAX_IMPORT_DEPTH });
    expect(parse).not.toHaveBeenCalled();
    const m = expectTranslated(problem);
    expect(m.en).toBe('“notes.json” nests lists and objects more than 64 levels deep; a pins-and-notes file has 3.');
  });

  it('brackets inside note text are text, not nesting: such a note is accepted', () => {
    const text = '['.repeat(5000) + ' {{{ "quoted \\" [[[' + '}'.repeat(5000);
    const read = readPersonalImport(JSON.stringify(file({ notes: [{ platformId: 'weibo', text, updatedAt: 1 }] })));
    expect(read.ok && read.data.notes[0]!.text).toBe(text);
  });

  it('if an engine’s JSON.parse still runs out of stack (RangeError), that is the same clear message', () => {
    vi.spyOn(JSON, 'parse').mockImplementation(() => {
      throw new RangeError('Maximum call stack size exceeded');
    });
    expect(refused(JSON.stringify(file()))).toEqual({ kind: 'too-deep', limit: MAX_IMPORT_DEPTH });
  });
});

describe('wrong types, unknown fields and prototype keys are refused, naming where', () => {
  const cases: [string, string, string][] = [
    ['pins is an object', JSON.stringify(file({ pins: { weibo: true } })), '“notes.json” has a problem at pins: the value should be a list ([ … ]).'],
    ['notes is a string', JSON.stringify(file({ notes: SCRIPT })), '“notes.json” has a problem at notes: the value should be a list ([ … ]).'],
    ['a pin is a number', JSON.stringify(file({ pins: [42] })), '“notes.json” has a problem at pins[0]: the value should be an object ({ … }).'],
    ['pinnedAt is text', JSON.stringify(file({ pins: [{ platformId: 'weibo', pinnedAt: '1700000000000' }] })), '“notes.json” has a problem at pins[0].pinnedAt: the value should be a number.'],
    ['a note’s text is a number', JSON.stringify(file({ notes: [{ platformId: 'weibo', text: 1, updatedAt: 1 }] })), '“notes.json” has a problem at notes[0].text: the value should be text.'],
    ['a negative time', JSON.stringify(file({ pins: [{ platformId: 'weibo', pinnedAt: -5 }] })), '“notes.json” has a problem at pins[0].pinnedAt: the value is not one China Lens accepts.'],
    ['a platform id with markup', JSON.stringify(file({ pins: [{ platformId: SCRIPT, pinnedAt: 1 }] })), '“notes.json” has a problem at pins[0].platformId: this is not a platform id (lowercase letters, digits and hyphens).'],
    ['an unknown top-level field', JSON.stringify(file({ script: SCRIPT })), '“notes.json” has a problem at the top level of the file: it has fields China Lens does not know: script.'],
    ['__proto__ at the top', JSON.stringify(file()).replace(/}$/, ',"__proto__":{"polluted":true}}'), '“notes.json” has a problem at the top level of the file: it has fields China Lens does not know: __proto__.'],
    ['__proto__ in a pin', JSON.stringify(file()).replace('"pins":[]', '"pins":[{"platformId":"weibo","pinnedAt":1,"__proto__":{"polluted":true}}]'), '“notes.json” has a problem at pins[0]: it has fields China Lens does not know: __proto__.'],
    ['constructor.prototype in a note', JSON.stringify(file({ notes: [{ platformId: 'weibo', text: 'x', updatedAt: 1, constructor: { prototype: { polluted: true } } }] })), '“notes.json” has a problem at notes[0]: it has fields China Lens does not know: constructor.'],
    ['a version given as text', JSON.stringify(file({ version: '1' })), '“notes.json” has a problem at version: the value is not one China Lens accepts.'],
  ];

  it.each(cases)('%s', async (_what, text, english) => {
    await setPinned(db, 'wechat', true, 1);
    await saveNote(db, 'wechat', 'my existing note', 2);
    const before = await snapshot();
    const problem = refused(text);
    const m = expectTranslated(problem);
    expect(m.en).toBe(english);
    expect(await snapshot()).toEqual(before);
    // Nothing leaked onto every object's prototype.
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('polluted');
  });

  it('the type names are translated, not left as Zod’s English words', () => {
    const problem = refused(JSON.stringify(file({ pins: [{ platformId: 'weibo', pinnedAt: 'soon' }] })));
    expect(messages(problem)).toEqual({
      en: '“notes.json” has a problem at pins[0].pinnedAt: the value should be a number.',
      'zh-CN': '“notes.json”在 pins[0].pinnedAt 处有问题：该值应为数字。',
      sv: '”notes.json” har ett fel vid pins[0].pinnedAt: värdet ska vara ett tal.',
    });
  });

  it('broken JSON says where, in every language, without the browser’s English', () => {
    // A file cut short: Chromium says "Unexpected end of JSON input", so the place is the end.
    const cut = refused('{\n  "format": "china-lens/personal",\n  "pins": [');
    expect(cut).toEqual({ kind: 'not-json', at: { line: 3, column: 12 } });
    const m = expectTranslated(cut);
    expect(m.en).toBe('“notes.json” is not a JSON file: it breaks off or goes wrong at line 3, column 12.');
    expect(m.sv).toBe('”notes.json” är ingen JSON-fil: den bryts av eller blir fel på rad 3, kolumn 12.');
    // Chromium's "at position 7", Firefox's "at line 2 column 3 of the JSON data".
    expect(refused('{"a":1,}')).toEqual({ kind: 'not-json', at: { line: 1, column: 8 } });
    vi.spyOn(JSON, 'parse').mockImplementationOnce(() => {
      throw new SyntaxError("JSON.parse: expected property name or '}' at line 2 column 3 of the JSON data");
    });
    expect(refused('{\n  ,}')).toEqual({ kind: 'not-json', at: { line: 2, column: 3 } });
    // When the engine gives no place, the message still says what is wrong, translated.
    vi.spyOn(JSON, 'parse').mockImplementationOnce(() => {
      throw new SyntaxError('Unexpected token \',\', "[,]" is not valid JSON');
    });
    const nowhere = refused('[,]');
    expect(nowhere).toEqual({ kind: 'not-json' });
    expect(expectTranslated(nowhere)['zh-CN']).toBe('“notes.json”不是 JSON 文件。');
  });

  it('the catalogue page shows the refusal and changes nothing, for a nested and a polluting file', async () => {
    await seedCatalogue(db, catalogue);
    await setPinned(db, 'weibo', true, 1);
    await saveNote(db, 'weibo', 'mine', 2);
    const before = await snapshot();
    openCatalogue('#/export');
    const input = (await screen.findByTestId('personal-import', {}, slow)) as HTMLInputElement;
    const tries: [string, string, string][] = [
      ['deep.json', '['.repeat(100_000) + ']'.repeat(100_000), 'nests lists and objects more than 64 levels deep'],
      ['proto.json', JSON.stringify(file()).replace('"pins":[]', '"pins":[{"platformId":"douyin","pinnedAt":1,"__proto__":{"polluted":true}}]'), 'has a problem at pins[0]: it has fields China Lens does not know: __proto__'],
    ];
    for (const [name, text, words] of tries) {
      fireEvent.change(input, { target: { files: [new File([text], name, { type: 'application/json' })] } });
      await waitFor(() => expect(screen.getByTestId('import-error').textContent).toContain(`“${name}” ${words}`), slow);
      expect(await snapshot()).toEqual(before);
    }
  });
});

describe('markup in notes is kept as text and never rendered as HTML', () => {
  const hostileFile = () => JSON.stringify(file({ pins: [{ platformId: 'weibo', pinnedAt: 5 }], notes: [{ platformId: 'weibo', text: NOTE, updatedAt: 6 }] }));

  /** What a person would notice if markup ran: an element it made, or an inline handler. */
  function expectNoInjectedMarkup() {
    expect(document.querySelectorAll('img[src="x"]')).toHaveLength(0);
    expect(document.querySelectorAll('[onerror]')).toHaveLength(0);
    expect([...document.querySelectorAll('script')].filter((s) => s.textContent?.includes('alert'))).toHaveLength(0);
  }

  it('the file is accepted through the catalogue page and the note stored exactly as written', async () => {
    await seedCatalogue(db, catalogue);
    openCatalogue('#/export');
    const input = (await screen.findByTestId('personal-import', {}, slow)) as HTMLInputElement;
    fireEvent.change(input, { target: { files: [new File([hostileFile()], 'notes.json', { type: 'application/json' })] } });
    await waitFor(() => expect(screen.getByTestId('import-status').textContent).toBe('Imported: 1 new pins, 1 new notes.'), slow);
    expect(await db.notes.get('weibo')).toEqual({ platformId: 'weibo', text: NOTE, updatedAt: 6 });
    expectNoInjectedMarkup();
  });

  it('the catalogue entry shows it as the note’s text', async () => {
    await seedCatalogue(db, catalogue);
    const read = readPersonalImport(hostileFile());
    if (!read.ok) throw new Error('refused a valid file');
    await importPersonalData(db, read.data, new Set(catalogue.platforms.map((p) => p.id)));
    openCatalogue('#/platform/weibo');
    const note = (await screen.findByRole('textbox', { name: 'Your private note on Weibo' }, slow)) as HTMLTextAreaElement;
    await waitFor(() => expect(note.value).toBe(NOTE), slow);
    expectNoInjectedMarkup();
  });

  it('the brief preview quotes it as text, and the Markdown brief escapes it', async () => {
    await seedCatalogue(db, catalogue);
    await saveNote(db, 'weibo', NOTE, 6);
    openCatalogue('#/export?ids=weibo');
    const brief = await screen.findByTestId('brief', {}, slow);
    await waitFor(() => expect(brief.querySelector('blockquote')?.textContent).toBe(NOTE), slow);
    expect(brief.querySelector('blockquote')!.children).toHaveLength(0);
    expectNoInjectedMarkup();

    const markdown = briefMarkdown(buildBrief(['weibo'], { platforms: catalogue.platforms, sources: catalogue.sources, glossary: catalogue.glossary, notes: [{ platformId: 'weibo', text: NOTE, updatedAt: 6 }] }), {
      locale: 'en',
      t: createTranslator('en'),
    });
    expect(markdown).toContain('> Agency says: \\<img src=x onerror=alert(1)\\> \\<script\\>alert(2)\\</script\\> & "quotes"');
    expect(markdown).not.toContain(SCRIPT);
  });

  it('the popup shows it as the note’s text', async () => {
    await seedCatalogue(db, catalogue);
    await saveNote(db, 'x', NOTE, 6);
    usePopupView.getState().reset();
    const hostIndex = buildHostIndex(catalogue.platforms);
    render(<PopupApp db={db} pageUrl={() => Promise.resolve('https://x.com/home')} detect={(url) => detectPlatform(url, hostIndex)?.platformId ?? null} />);
    const note = (await screen.findByRole('textbox', { name: 'Your private note on X' }, slow)) as HTMLTextAreaElement;
    await waitFor(() => expect(note.value).toBe(NOTE), slow);
    expect(within(note.closest('.cl-note') as HTMLElement).queryByRole('img')).toBeNull();
    expectNoInjectedMarkup();
  });

  it('a refused file whose name and format are markup shows both as text', async () => {
    await seedCatalogue(db, catalogue);
    openCatalogue('#/export');
    const input = (await screen.findByTestId('personal-import', {}, slow)) as HTMLInputElement;
    fireEvent.change(input, { target: { files: [new File([JSON.stringify({ format: SCRIPT })], `${SCRIPT}.json`)] } });
    const error = await screen.findByTestId('import-error', {}, slow);
    expect(error.textContent).toContain(`“${SCRIPT}.json” is not a China Lens pins-and-notes file: it has format "${SCRIPT}"`);
    expect(error.querySelectorAll('img')).toHaveLength(0);
    expectNoInjectedMarkup();
  });
});

async function snapshot() {
  return { pins: await db.pins.orderBy('platformId').toArray(), notes: await db.notes.orderBy('platformId').toArray(), recent: await db.recent.toArray() };
}

function openCatalogue(hash: string) {
  if (!document.querySelector('title')) document.head.append(document.createElement('title'));
  window.history.replaceState(null, '', hash);
  router = createRouterStore(window);
  render(<CatalogueApp db={db} router={router} />);
}
