/**
 * Names a hover card may recognise in page text ("Instagram", "微信", "Little Red Book"), built at
 * build time from the catalogue's names, aliases and hanzi.
 *
 * Latin names match case-sensitively as written in the catalogue and only as whole words, so
 * "medium" is not Medium and "Instagrammer" is not Instagram. Some names are also ordinary words
 * even when capitalised: those count only where a capital letter marks a name, i.e. not as the
 * first word of a sentence ("Zoom in on the chart" is not Zoom; "call me on Zoom" is). A few
 * Chinese names are also everyday phrases: those are skipped inside the phrases listed here.
 */
import type { Platform } from '../catalogue/schema';

/** 0: a mention anywhere. 1: a mention only where it cannot be a sentence's first word. */
export type MentionRule = 0 | 1;

export interface MentionIndex {
  /** [name as written, platform id, rule], longest first so "WeChat Pay" wins over "WeChat". */
  terms: [string, string, MentionRule][];
  /** Name → longer phrases in which it is an ordinary word, not the platform ("不亦乐乎"). */
  notInside: Record<string, string[]>;
}

/**
 * English words that are also platform names or aliases (today's and likely ones). Lower case.
 * A capitalised one mid-sentence is almost always the product; at a sentence's start it is not
 * evidence of anything.
 */
const ORDINARY_WORDS = new Set([
  'amazon', 'apple', 'bumble', 'discord', 'drive', 'edge', 'lark', 'line', 'maps', 'medium', 'messenger', 'meta',
  'prime', 'signal', 'slack', 'snap', 'teams', 'telegram', 'threads', 'tinder', 'twitch', 'vine', 'wiki', 'yelp', 'zoom',
]);

/**
 * Names that are never a mention: everyday phrases that only translate a platform's name.
 * "Where to go" (Qunar) and 去哪儿 ("where to?") appear in ordinary sentences far more often than
 * they mean the travel site; "RED" in capitals is shouting more often than Xiaohongshu.
 */
const NEVER = new Set(['Where to go', '去哪儿', 'RED']);

/** Chinese names inside idioms and everyday phrases where they are not the platform. */
const NOT_INSIDE: Record<string, string[]> = {
  乐乎: ['不亦乐乎'],
  马蜂窝: ['捅马蜂窝', '捅了马蜂窝'],
  豆瓣: ['豆瓣酱'],
  快手: ['快手快脚', '好快手', '一把快手'],
  探探: ['探探路', '探探口风', '探探虚实'],
  钉钉: ['钉钉子'],
  饿了么: ['你饿了么', '饿了么？', '饿了么?'],
  京东: ['京东方'],
};

const CJK = /[\u3400-\u9fff]/;

export function mentionRule(name: string): MentionRule {
  const words = name.split(' ');
  // Title case after the first word ("Little Red Book") marks a name on its own.
  if (words.length > 1 && words.slice(1).some((w) => /^[A-Z0-9]/.test(w))) return 0;
  return ORDINARY_WORDS.has(words[0]!.toLowerCase()) ? 1 : 0;
}

export function buildMentionIndex(platforms: Pick<Platform, 'id' | 'name' | 'aliases' | 'hanzi'>[]): MentionIndex {
  const seen = new Map<string, string>();
  for (const p of platforms) {
    for (const name of [p.name, ...p.aliases, ...(p.hanzi ? [p.hanzi] : [])]) {
      // Two-letter aliases collide with ordinary text too often, unless they are capitals ("QQ",
      // "IG") or Chinese (B站).
      if (name.length < 2 || (name.length < 3 && !/^[A-Z]{2}$/.test(name) && !CJK.test(name))) continue;
      if (NEVER.has(name)) continue;
      if (!seen.has(name)) seen.set(name, p.id);
    }
  }
  const terms = [...seen.entries()]
    .sort((a, b) => b[0].length - a[0].length || a[0].localeCompare(b[0]))
    .map(([name, id]): [string, string, MentionRule] => [name, id, mentionRule(name)]);
  const notInside = Object.fromEntries(Object.entries(NOT_INSIDE).filter(([name]) => seen.has(name)));
  return { terms, notInside };
}
