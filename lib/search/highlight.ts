/**
 * Where the matched terms sit in a displayed string, as [start, end) ranges of the original text.
 * A prefix match highlights only the typed part ("wei" in "Weibo"); a typo-tolerant match
 * highlights the whole word it found.
 */
import { compact } from './fold';

export type Range = [start: number, end: number];
export interface Highlighted {
  text: string;
  ranges: Range[];
}

/**
 * @param matched index terms that matched (MiniSearch `terms`)
 * @param typed   query terms as typed (MiniSearch `queryTerms`)
 */
export function highlightRanges(text: string, matched: string[], typed: string[]): Range[] {
  const c = compact(text);
  const ranges: Range[] = [];
  for (const term of matched) {
    const typedPrefix = typed.filter((q) => term.startsWith(q)).reduce((n, q) => Math.max(n, q.length), 0);
    const length = typedPrefix || term.length;
    for (let at = c.text.indexOf(term); at !== -1; at = c.text.indexOf(term, at + 1)) {
      if (!c.wordStart[at]) continue;
      ranges.push([c.starts[at]!, c.ends[at + length - 1]!]);
    }
  }
  return mergeRanges(ranges);
}

export function mergeRanges(ranges: Range[]): Range[] {
  const sorted = [...ranges].sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const merged: Range[] = [];
  for (const r of sorted) {
    const last = merged[merged.length - 1];
    if (last && r[0] <= last[1]) last[1] = Math.max(last[1], r[1]);
    else merged.push([r[0], r[1]]);
  }
  return merged;
}

/** Splits text into plain and highlighted pieces, in order, for rendering. */
export function splitHighlighted({ text, ranges }: Highlighted): { text: string; match: boolean }[] {
  const pieces: { text: string; match: boolean }[] = [];
  let at = 0;
  for (const [start, end] of ranges) {
    if (start > at) pieces.push({ text: text.slice(at, start), match: false });
    pieces.push({ text: text.slice(start, end), match: true });
    at = end;
  }
  if (at < text.length) pieces.push({ text: text.slice(at), match: false });
  return pieces;
}
