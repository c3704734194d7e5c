/** Pins and notes out to a file and back in: a bad file changes nothing; a good one loses nothing. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createDatabase, type ChinaLensDb } from '@/lib/db/database';
import type { PersonalExport } from '@/lib/db/personal-schema';
import { importProblemMessage, importSummaryMessage } from '@/lib/export/import-message';
import { buildPersonalExport, importPersonalData, MAX_IMPORT_BYTES, personalExportJson, planImport, readPersonalImport } from '@/lib/export/personal-data';
import { createTranslator } from '@/lib/i18n/translate';
import { saveNote } from '@/lib/personal/notes';
import { setPinned } from '@/lib/personal/pins';

const t = createTranslator('en');
const known = new Set(['wechat', 'weibo', 'douyin', 'facebook', 'x']);
let db: ChinaLensDb;
let n = 0;

beforeEach(async () => {
  db = createDatabase(`personal-export-${n++}`);
  await db.open();
});
afterEach(async () => {
  db.close();
  await db.delete();
});

async function snapshot() {
  return { pins: await db.pins.orderBy('platformId').toArray(), notes: await db.notes.orderBy('platformId').toArray() };
}

function file(overrides: Partial<PersonalExport> = {}): PersonalExport {
  return { format: 'china-lens/personal', version: 1, exportedAt: '2024-05-01T00:00:00.000Z', pins: [], notes: [], ...overrides };
}

describe('export', () => {
  it('writes every pin and non-empty note, and reads back as the same data', async () => {
    await setPinned(db, 'wechat', true, 1000);
    await setPinned(db, 'weibo', true, 2000);
    await saveNote(db, 'weibo', 'Ask about Weibo Super Topics', 3000);
    const json = personalExportJson(buildPersonalExport(await db.pins.toArray(), await db.notes.toArray(), new Date('2024-05-01T00:00:00Z')));
    const read = readPersonalImport(json);
    expect(read).toEqual({
      ok: true,
      data: {
        format: 'china-lens/personal',
        version: 1,
        exportedAt: '2024-05-01T00:00:00.000Z',
        pins: [
          { platformId: 'wechat', pinnedAt: 1000 },
          { platformId: 'weibo', pinnedAt: 2000 },
        ],
        notes: [{ platformId: 'weibo', text: 'Ask about Weibo Super Topics', updatedAt: 3000 }],
      },
    });
  });
});

describe('a bad or foreign file is refused with the problem named', () => {
  const cases: [string, string, RegExp][] = [
    ['empty', '   ', /“f\.json” is empty/],
    ['not JSON', '{"format": "china-lens/personal", ', /^“f\.json” is not a JSON file: it breaks off or goes wrong at line 1, column 35\.$/],
    ['another app’s JSON', JSON.stringify({ bookmarks: [], version: 3 }), /not a China Lens pins-and-notes file: it has keys bookmarks, version/],
    ['another format', JSON.stringify({ format: 'other-app/export' }), /it has format "other-app\/export"/],
    ['an array', '[]', /it has array instead/],
    ['a newer version', JSON.stringify(file({ version: 2 as 1 })), /made by a newer China Lens \(file version 2\)/],
    ['a missing field', JSON.stringify({ ...file(), notes: [{ platformId: 'weibo', updatedAt: 1 }] }), /problem at notes\[0\]\.text: a required field is missing/],
    ['a wrong type', JSON.stringify({ ...file(), pins: [{ platformId: 'weibo', pinnedAt: 'yesterday' }] }), /problem at pins\[0\]\.pinnedAt: the value should be a number/],
    ['a bad platform id', JSON.stringify({ ...file(), pins: [{ platformId: 'We Chat!', pinnedAt: 1 }] }), /problem at pins\[0\]\.platformId: this is not a platform id/],
    ['an unknown field', JSON.stringify({ ...file(), pins: [{ platformId: 'weibo', pinnedAt: 1, colour: 'red' }] }), /problem at pins\[0\]: it has fields China Lens does not know: colour/],
    ['a note too long', JSON.stringify({ ...file(), notes: [{ platformId: 'weibo', text: 'x'.repeat(20_001), updatedAt: 1 }] }), /problem at notes\[0\]\.text: the text is longer than 20000 characters/],
  ];

  it.each(cases)('%s', async (_what, text, message) => {
    await setPinned(db, 'wechat', true, 1);
    await saveNote(db, 'wechat', 'my existing note', 2);
    const before = await snapshot();
    const read = readPersonalImport(text);
    expect(read.ok).toBe(false);
    if (read.ok) return;
    expect(importProblemMessage(read.problem, 'f.json', t)).toMatch(message);
    expect(await snapshot()).toEqual(before);
  });

  it('counts further problems after the first', () => {
    const read = readPersonalImport(JSON.stringify({ ...file(), pins: [{ platformId: 'A' }, { platformId: 'B' }] }));
    if (read.ok) throw new Error('accepted a bad file');
    expect(importProblemMessage(read.problem, 'f.json', t)).toMatch(/\(3 more problems after this one\.\)$/);
  });

  it('refuses a huge file before parsing it', () => {
    const read = readPersonalImport('{}', MAX_IMPORT_BYTES + 1);
    expect(read).toEqual({ ok: false, problem: { kind: 'too-big', bytes: MAX_IMPORT_BYTES + 1 } });
  });
});

describe('a good file is merged, losing nothing', () => {
  it('adds new pins and notes and keeps everything already stored', async () => {
    await setPinned(db, 'wechat', true, 100);
    await saveNote(db, 'wechat', 'mine', 200);
    const summary = await importPersonalData(
      db,
      file({ pins: [{ platformId: 'wechat', pinnedAt: 999 }, { platformId: 'douyin', pinnedAt: 5 }], notes: [{ platformId: 'weibo', text: 'from laptop', updatedAt: 7 }] }),
      known,
    );
    expect(summary).toMatchObject({ pinsAdded: 1, pinsAlready: 1, notesAdded: 1, notesMerged: 0, unknown: [] });
    expect(await snapshot()).toEqual({
      pins: [
        { platformId: 'douyin', pinnedAt: 5 },
        { platformId: 'wechat', pinnedAt: 100 },
      ],
      notes: [
        { platformId: 'wechat', text: 'mine', updatedAt: 200 },
        { platformId: 'weibo', text: 'from laptop', updatedAt: 7 },
      ],
    });
    expect(importSummaryMessage(summary, t)).toBe('Imported: 1 new pins, 1 new notes. 1 were already here.');
  });

  it('a note that differs from the stored one is added below it, with a dated marker', async () => {
    await saveNote(db, 'weibo', 'Check KOL prices', 100);
    const when = Date.UTC(2024, 4, 2);
    await importPersonalData(db, file({ notes: [{ platformId: 'weibo', text: 'Super Topics matter', updatedAt: when }] }), known, (d) => `— imported ${d} —`);
    expect((await db.notes.get('weibo'))!).toEqual({ platformId: 'weibo', text: 'Check KOL prices\n\n— imported 2024-05-02 —\nSuper Topics matter', updatedAt: when });
  });

  it('the same import twice changes nothing the second time', async () => {
    await saveNote(db, 'weibo', 'Check KOL prices', 100);
    const f = file({ notes: [{ platformId: 'weibo', text: 'Super Topics matter', updatedAt: 300 }] });
    await importPersonalData(db, f, known);
    const once = await snapshot();
    const again = await importPersonalData(db, f, known);
    expect(await snapshot()).toEqual(once);
    expect(again).toMatchObject({ notesAdded: 0, notesMerged: 0, notesSame: 1 });
  });

  it('a note that extends the stored one replaces it; a shorter copy is already there', () => {
    const stored = { pins: [], notes: [{ platformId: 'weibo', text: 'Check KOL prices', updatedAt: 100 }] };
    expect(planImport(stored, file({ notes: [{ platformId: 'weibo', text: 'Check KOL prices. Done: 3 quotes.', updatedAt: 50 }] }), known).notes).toEqual([
      { platformId: 'weibo', text: 'Check KOL prices. Done: 3 quotes.', updatedAt: 100 },
    ]);
    expect(planImport(stored, file({ notes: [{ platformId: 'weibo', text: 'KOL', updatedAt: 500 }] }), known)).toMatchObject({ notes: [], summary: { notesSame: 1 } });
  });

  it('platforms this catalogue lacks are skipped and named', async () => {
    const summary = await importPersonalData(db, file({ pins: [{ platformId: 'myspace', pinnedAt: 1 }], notes: [{ platformId: 'friendster', text: 'x', updatedAt: 1 }] }), known);
    expect(summary.unknown).toEqual(['friendster', 'myspace']);
    expect(await snapshot()).toEqual({ pins: [], notes: [] });
    expect(importSummaryMessage(summary, t)).toContain('2 refer to platforms this catalogue does not have and were skipped: friendster, myspace.');
  });

  it('if writing fails half-way, nothing is written', async () => {
    await saveNote(db, 'wechat', 'mine', 200);
    const before = await snapshot();
    const original = db.notes.bulkPut.bind(db.notes);
    db.notes.bulkPut = (() => Promise.reject(new Error('disk full'))) as unknown as typeof db.notes.bulkPut;
    await expect(importPersonalData(db, file({ pins: [{ platformId: 'douyin', pinnedAt: 5 }], notes: [{ platformId: 'weibo', text: 'x', updatedAt: 1 }] }), known)).rejects.toThrow('disk full');
    db.notes.bulkPut = original;
    expect(await snapshot()).toEqual(before);
  });
});
