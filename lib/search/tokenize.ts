/**
 * Tokenizers for MiniSearch that understand Chinese. Latin text splits into words; a run of
 * Chinese characters has no spaces between words, so the index stores every suffix of the run
 * and a prefix search for any part of it ("红书" in "小红书") finds it. Multi-word Latin text is
 * also stored joined ("xiao hong shu" → "xiaohongshu"), so pinyin matches with or without spaces.
 */
import { fold, isHan } from './fold';

/** Separates the values of a multi-valued field (aliases) so words are not joined across them. */
export const VALUE_SEPARATOR = '\n';

interface Run {
  text: string;
  han: boolean;
}

function runs(text: string): Run[] {
  const result: Run[] = [];
  let current: Run | null = null;
  for (const char of fold(text).replace(/['’]/g, '')) {
    const han = isHan(char);
    const word = han || /[\p{L}\p{N}]/u.test(char);
    if (!word) {
      current = null;
      continue;
    }
    if (current && current.han === han) current.text += char;
    else result.push((current = { text: char, han }));
  }
  return result;
}

export function indexTokens(text: string): string[] {
  const tokens = new Set<string>();
  for (const value of text.split(VALUE_SEPARATOR)) {
    const words: string[] = [];
    for (const run of runs(value)) {
      if (run.han) {
        const chars = [...run.text];
        for (let i = 0; i < chars.length; i++) tokens.add(chars.slice(i).join(''));
      } else {
        tokens.add(run.text);
        words.push(run.text);
      }
    }
    if (words.length > 1) tokens.add(words.join(''));
  }
  return [...tokens];
}

/** A query is taken as typed: words, and each run of Chinese characters whole. */
export function queryTokens(text: string): string[] {
  return runs(text).map((r) => r.text);
}

export function isHanToken(token: string): boolean {
  return isHan(token[0] ?? '');
}
