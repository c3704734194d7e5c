/**
 * "Which catalogued names in this text cover this position?" Pure; the caller maps a pointer to a
 * text node and an offset, then keeps the first candidate whose on-screen box holds the pointer
 * (a caret offset sits between two characters, so both neighbours' names are candidates).
 *
 * Only a window of the text around the offset is searched, so a long text node costs the same
 * as a short one.
 */
import type { MentionIndex } from './mention-index';

export interface MentionHit {
  platformId: string;
  name: string;
  start: number;
  end: number;
}

/**
 * Letters and digits of alphabetic scripts (Latin with its accents, Greek, Cyrillic, ...): what
 * makes "Instagrammer" one word. Chinese, Japanese and Korean characters are not in it: a Latin
 * name may touch them ("用QQ发"). Written as ranges, not \p{L}: a Unicode property class costs
 * milliseconds to compile when the script loads, on every page.
 */
const WORD_CHAR = /[0-9A-Za-z_\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u02af\u0370-\u03ff\u0400-\u052f\u1e00-\u1fff]/;
const LATIN_EDGE = /[A-Za-z0-9]/;
/** What may stand between a sentence's end and its first word: spaces, quotes, brackets, bullets. */
const OPENERS = /[\s"'“”‘’«»「」『』（(\[【*_•·–—-]/;
const SENTENCE_END = /[.!?。！？:：;；\n\r]/;

/**
 * @param before text that precedes `text` in the same block (for a name at the very start of a
 *   text node: "Hello. <b>Zoom</b>"); called only when needed.
 */
export function mentionsAround(text: string, offset: number, index: MentionIndex, before: () => string = () => ''): MentionHit[] {
  const hits: MentionHit[] = [];
  const longest = index.terms[0]?.[0].length ?? 0;
  const from = Math.max(0, offset - longest);
  const window = text.slice(from, Math.min(text.length, offset + longest));
  for (const [name, platformId, rule] of index.terms) {
    for (let i = window.indexOf(name); i !== -1; i = window.indexOf(name, i + 1)) {
      const start = from + i;
      const end = start + name.length;
      if (start > offset) break;
      if (end < offset) continue;
      if (hits.some((h) => h.start <= start && h.end >= end)) continue; // inside a longer name found already
      if (!wholeWord(text, start, end, name)) continue;
      if (insidePhrase(text, start, name, index.notInside[name])) continue;
      if (rule === 1 && startsSentence(text, start, before)) continue;
      hits.push({ platformId, name, start, end });
    }
  }
  return hits;
}

/**
 * Latin edges need a non-letter beside them ("Instagram's" yes, "Instagrammer" no), though Chinese
 * characters may touch them; Chinese edges need nothing (Chinese has no spaces).
 */
function wholeWord(text: string, start: number, end: number, name: string): boolean {
  if (LATIN_EDGE.test(name[0]!) && start > 0 && WORD_CHAR.test(text[start - 1]!)) return false;
  if (LATIN_EDGE.test(name[name.length - 1]!) && end < text.length && WORD_CHAR.test(text[end]!)) return false;
  return true;
}

function insidePhrase(text: string, start: number, name: string, phrases: string[] | undefined): boolean {
  if (!phrases) return false;
  return phrases.some((phrase) => {
    for (let at = phrase.indexOf(name); at !== -1; at = phrase.indexOf(name, at + 1)) {
      if (start - at >= 0 && text.startsWith(phrase, start - at)) return true;
    }
    return false;
  });
}

function startsSentence(text: string, start: number, before: () => string): boolean {
  let i = start - 1;
  while (i >= 0 && OPENERS.test(text[i]!)) i--;
  if (i >= 0) return SENTENCE_END.test(text[i]!);
  const earlier = before();
  let j = earlier.length - 1;
  while (j >= 0 && OPENERS.test(earlier[j]!)) j--;
  return j < 0 || SENTENCE_END.test(earlier[j]!);
}
