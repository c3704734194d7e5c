/**
 * Folding text for matching: lowercase, tone marks and accents removed ("Xiǎo Hóng Shū" matches
 * "xiao hong shu"), and a compact form with only letters and digits ("xiaohongshu") that keeps,
 * for every kept character, where it came from, so a match can be highlighted in the original.
 */

const MARKS = /\p{M}/gu;
const WORD_CHAR = /[\p{L}\p{N}]/u;
const HAN = /\p{Script=Han}/u;

export function fold(text: string): string {
  return text.normalize('NFD').replace(MARKS, '').toLowerCase();
}

export function isHan(char: string): boolean {
  return HAN.test(char);
}

export interface Compact {
  /** Folded letters and digits only. */
  text: string;
  /** For each character of `text`: start and end (exclusive) of its source in the original. */
  starts: number[];
  ends: number[];
  /** For each character of `text`: true when it begins a word (or is a Chinese character). */
  wordStart: boolean[];
}

export function compact(original: string): Compact {
  const out: Compact = { text: '', starts: [], ends: [], wordStart: [] };
  let index = 0;
  let previousWasWord = false;
  for (const char of original) {
    const start = index;
    index += char.length;
    // Apostrophes join words ("China's" is one word), as the tokenizer treats them.
    if (char === "'" || char === '’') continue;
    let first = true;
    let anyWord = false;
    for (const folded of fold(char)) {
      if (!WORD_CHAR.test(folded)) continue;
      anyWord = true;
      out.text += folded;
      out.starts.push(start);
      out.ends.push(index);
      out.wordStart.push(first && (!previousWasWord || isHan(folded)));
      first = false;
    }
    previousWasWord = anyWord;
  }
  return out;
}

/** The compact folded form alone, for equality and prefix tests. */
export function compactText(original: string): string {
  return compact(original).text;
}
