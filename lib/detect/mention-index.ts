/**
 * Names a hover card may recognise in page text ("Instagram", "微信", "Little Red Book").
 * Latin names match case-sensitively as written in the catalogue, so the common word "medium"
 * is not Medium; Chinese names match as they are.
 */
import type { Platform } from '../catalogue/schema';

export interface MentionIndex {
  /** [name as written, platform id], longest first so "WeChat Pay" wins over "WeChat". */
  terms: [string, string][];
}

export function buildMentionIndex(platforms: Pick<Platform, 'id' | 'name' | 'aliases' | 'hanzi'>[]): MentionIndex {
  const seen = new Map<string, string>();
  for (const p of platforms) {
    for (const name of [p.name, ...p.aliases, ...(p.hanzi ? [p.hanzi] : [])]) {
      // Two-letter aliases ("QQ" aside) collide with ordinary text too often to be mentions.
      if (name.length < 2 || (name.length < 3 && !/^[A-Z]{2}$|[\u3400-\u9fff]/.test(name))) continue;
      if (!seen.has(name)) seen.set(name, p.id);
    }
  }
  const terms = [...seen.entries()].sort((a, b) => b[0].length - a[0].length || a[0].localeCompare(b[0]));
  return { terms };
}
