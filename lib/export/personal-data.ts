/**
 * The person's pins and notes as a JSON file, and reading such a file back. Reading never writes:
 * a file that is not JSON, not ours, from a newer version, or wrong anywhere is refused with the
 * problem named (and where it is), and the database is left exactly as it was. A good file is
 * merged in one transaction: nothing already stored is dropped, and a note that differs from the
 * stored one is combined with it rather than overwriting it.
 */
import { z } from 'zod';
import type { ChinaLensDb } from '../db/database';
import { personalExportSchema, type Note, type PersonalExport, type Pin } from '../db/personal-schema';

export const PERSONAL_FORMAT = 'china-lens/personal';
export const PERSONAL_VERSION = 1;
/** Far above any real export (10,000 notes of text); refusing early keeps a stray video out of JSON.parse. */
export const MAX_IMPORT_BYTES = 5 * 1024 * 1024;
/**
 * A pins-and-notes file is 3 levels deep (file → pins → pin). Deeper nesting is refused before
 * parsing: an engine whose JSON.parse recurses throws RangeError on 100,000 levels, and nothing
 * that deep can be ours. The margin keeps "unknown field" the answer for a modestly nested extra.
 */
export const MAX_IMPORT_DEPTH = 64;
const NOTE_MAX = 20_000;

export function buildPersonalExport(pins: Pin[], notes: Note[], now = new Date()): PersonalExport {
  return personalExportSchema.parse({
    format: PERSONAL_FORMAT,
    version: PERSONAL_VERSION,
    exportedAt: now.toISOString(),
    pins: [...pins].sort((a, b) => a.pinnedAt - b.pinnedAt),
    notes: [...notes].filter((n) => n.text.trim() !== '').sort((a, b) => a.platformId.localeCompare(b.platformId)),
  });
}

export function personalExportJson(data: PersonalExport): string {
  return JSON.stringify(data, null, 2) + '\n';
}

export type ImportProblem =
  | { kind: 'empty' }
  | { kind: 'too-big'; bytes: number }
  | { kind: 'not-json'; at?: { line: number; column: number } }
  | { kind: 'too-deep'; limit: number }
  | { kind: 'foreign'; found: string }
  | { kind: 'newer-version'; version: number }
  /** path: "notes[2].text"; empty for the file's top level. */
  | { kind: 'invalid'; path: string; issue: IssueKind; count: number };

export type IssueKind =
  | { code: 'missing' }
  | { code: 'wrong-type'; expected: string }
  | { code: 'too-long'; maximum: number }
  | { code: 'too-many'; maximum: number }
  | { code: 'unknown-field'; keys: string }
  | { code: 'bad-id' }
  | { code: 'bad-value' };

export type ImportRead = { ok: true; data: PersonalExport } | { ok: false; problem: ImportProblem };

/** "notes[2].text" from Zod's path. */
export function issuePath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((s, k) => (typeof k === 'number' ? `${s}[${k}]` : s ? `${s}.${String(k)}` : String(k)), '');
}

function issueKind(issue: z.core.$ZodIssue): IssueKind {
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined ? { code: 'missing' } : { code: 'wrong-type', expected: issue.expected };
    case 'too_big':
      return issue.origin === 'array' ? { code: 'too-many', maximum: Number(issue.maximum) } : { code: 'too-long', maximum: Number(issue.maximum) };
    case 'unrecognized_keys':
      return { code: 'unknown-field', keys: issue.keys.join(', ') };
    case 'invalid_format':
      return { code: 'bad-id' };
    default:
      return { code: 'bad-value' };
  }
}

function describeFound(value: unknown): string {
  if (Array.isArray(value)) return 'array';
  if (value === null) return 'null';
  if (typeof value !== 'object') return typeof value;
  const format = (value as { format?: unknown }).format;
  if (typeof format === 'string') return `format "${format.slice(0, 60)}"`;
  const keys = Object.keys(value).slice(0, 5);
  return keys.length ? `keys ${keys.join(', ')}` : 'empty object';
}

/** True when brackets outside strings nest deeper than `limit`; stops at the first such bracket. */
export function nestedDeeperThan(text: string, limit: number): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 92 /* backslash: skip the escaped character */) i++;
      else if (c === 34 /* " */) inString = false;
    } else if (c === 34) inString = true;
    else if (c === 91 /* [ */ || c === 123 /* { */) {
      if (++depth > limit) return true;
    } else if (c === 93 /* ] */ || c === 125 /* } */) depth--;
  }
  return false;
}

/**
 * Where JSON.parse stopped, as line and column, from its message: Chromium says "at position
 * 31" (and lately "(line 2 column 5)"), Firefox "at line 2 column 5"; "Unexpected end" means the
 * end of the text. The engine's English sentence itself is not shown: the message is translated.
 */
function parseErrorAt(message: string, text: string): { line: number; column: number } | undefined {
  const lc = /line (\d+) column (\d+)/.exec(message);
  if (lc) return { line: Number(lc[1]), column: Number(lc[2]) };
  const pos = /position (\d+)/.exec(message);
  const offset = pos ? Number(pos[1]) : /unexpected end/i.test(message) ? text.length : undefined;
  if (offset === undefined) return undefined;
  const before = text.slice(0, offset).split('\n');
  return { line: before.length, column: before[before.length - 1]!.length + 1 };
}

/** Validates a file's text. Pure: nothing is read from or written to the database here. */
export function readPersonalImport(text: string, bytes = new TextEncoder().encode(text).length): ImportRead {
  if (bytes > MAX_IMPORT_BYTES) return { ok: false, problem: { kind: 'too-big', bytes } };
  if (text.trim() === '') return { ok: false, problem: { kind: 'empty' } };
  if (nestedDeeperThan(text, MAX_IMPORT_DEPTH)) return { ok: false, problem: { kind: 'too-deep', limit: MAX_IMPORT_DEPTH } };
  let json: unknown;
  const body = text.replace(/^\uFEFF/, '');
  try {
    json = JSON.parse(body);
  } catch (e) {
    // Out of stack on nesting the scan above let through (it cannot, but an engine may differ).
    if (e instanceof RangeError) return { ok: false, problem: { kind: 'too-deep', limit: MAX_IMPORT_DEPTH } };
    const at = parseErrorAt(e instanceof Error ? e.message : String(e), body);
    return { ok: false, problem: at ? { kind: 'not-json', at } : { kind: 'not-json' } };
  }
  if (typeof json !== 'object' || json === null || Array.isArray(json) || (json as { format?: unknown }).format !== PERSONAL_FORMAT)
    return { ok: false, problem: { kind: 'foreign', found: describeFound(json) } };
  const version = (json as { version?: unknown }).version;
  if (typeof version === 'number' && version > PERSONAL_VERSION) return { ok: false, problem: { kind: 'newer-version', version } };
  const parsed = personalExportSchema.safeParse(json, { reportInput: true }); // input tells "missing" from "wrong type"
  if (!parsed.success) {
    const first = parsed.error.issues[0]!;
    return { ok: false, problem: { kind: 'invalid', path: issuePath(first.path), issue: issueKind(first), count: parsed.error.issues.length } };
  }
  return { ok: true, data: parsed.data };
}

export interface ImportPlan {
  pins: Pin[];
  notes: Note[];
  summary: {
    pinsAdded: number;
    pinsAlready: number;
    notesAdded: number;
    notesMerged: number;
    notesSame: number;
    /** Notes whose stored and imported texts differ but together exceed the note limit: stored kept. */
    notesKept: number;
    /** Platform ids in the file that this catalogue does not have: skipped. */
    unknown: string[];
  };
}

/**
 * What to write, given what is stored. Pins: the union (a stored pin keeps its time). Notes: new
 * ones are added; where both have a note, identical or contained text keeps the fuller one, and
 * differing text is combined (stored first, then the imported text under a dated marker).
 */
export function planImport(
  stored: { pins: Pin[]; notes: Note[] },
  incoming: PersonalExport,
  knownIds: ReadonlySet<string>,
  importedLabel: (date: string) => string = (date) => `— imported ${date} —`,
): ImportPlan {
  const summary: ImportPlan['summary'] = { pinsAdded: 0, pinsAlready: 0, notesAdded: 0, notesMerged: 0, notesSame: 0, notesKept: 0, unknown: [] };
  const unknown = new Set<string>();
  const storedPins = new Set(stored.pins.map((p) => p.platformId));
  const storedNotes = new Map(stored.notes.map((n) => [n.platformId, n]));
  const pins = new Map<string, Pin>();
  for (const pin of incoming.pins) {
    if (!knownIds.has(pin.platformId)) {
      unknown.add(pin.platformId);
      continue;
    }
    if (storedPins.has(pin.platformId)) summary.pinsAlready++;
    else if (!pins.has(pin.platformId)) pins.set(pin.platformId, pin);
  }
  summary.pinsAdded = pins.size;

  // A file could list one platform twice; the newest note of each wins within the file.
  const newestIncoming = new Map<string, Note>();
  for (const note of incoming.notes) {
    if (!knownIds.has(note.platformId)) {
      unknown.add(note.platformId);
      continue;
    }
    if (note.text.trim() === '') continue;
    const seen = newestIncoming.get(note.platformId);
    if (!seen || note.updatedAt > seen.updatedAt) newestIncoming.set(note.platformId, note);
  }
  const notes: Note[] = [];
  for (const note of newestIncoming.values()) {
    const mine = storedNotes.get(note.platformId);
    if (!mine) {
      notes.push(note);
      summary.notesAdded++;
    } else if (mine.text.includes(note.text)) {
      summary.notesSame++;
    } else if (note.text.includes(mine.text)) {
      notes.push({ ...note, updatedAt: Math.max(note.updatedAt, mine.updatedAt) });
      summary.notesMerged++;
    } else {
      const date = new Date(note.updatedAt).toISOString().slice(0, 10);
      const text = `${mine.text.trimEnd()}\n\n${importedLabel(date)}\n${note.text}`;
      if (text.length > NOTE_MAX) {
        summary.notesKept++;
        continue;
      }
      notes.push({ platformId: note.platformId, text, updatedAt: Math.max(note.updatedAt, mine.updatedAt) });
      summary.notesMerged++;
    }
  }
  summary.unknown = [...unknown].sort();
  return { pins: [...pins.values()], notes, summary };
}

/**
 * Merges a validated file into the database in one transaction: if anything fails, nothing is
 * written. Reads what is stored inside the same transaction, so a note saved meanwhile in
 * another tab is merged, not overwritten.
 */
export async function importPersonalData(
  db: ChinaLensDb,
  data: PersonalExport,
  knownIds: ReadonlySet<string>,
  importedLabel?: (date: string) => string,
): Promise<ImportPlan['summary']> {
  return db.transaction('rw', [db.pins, db.notes], async () => {
    const [pins, notes] = await Promise.all([db.pins.toArray(), db.notes.toArray()]);
    const plan = planImport({ pins, notes }, data, knownIds, importedLabel);
    await db.pins.bulkPut(plan.pins);
    await db.notes.bulkPut(plan.notes);
    return plan.summary;
  });
}
