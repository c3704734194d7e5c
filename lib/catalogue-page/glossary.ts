/**
 * "Which glossary terms match what the person typed, and which mention this platform?" Matching
 * ignores case and pinyin tone marks, so "wanghong" finds 网红 (wǎng hóng).
 */
import type { GlossaryTerm } from '../catalogue/schema';
import { compactText, fold } from '../search/fold';

/** Lowercase, without tone marks or other diacritics (the search's folding), spaces collapsed. */
const foldForMatch = (s: string) => fold(s).replace(/\s+/g, ' ').trim();

export function sortTerms(terms: GlossaryTerm[]): GlossaryTerm[] {
  return [...terms].sort((a, b) => a.term.localeCompare(b.term, 'en', { sensitivity: 'base' }));
}

/**
 * Terms whose name, characters, pinyin (with or without spaces and tones) or definition contain
 * the query; name, characters and pinyin matches come before definition-only matches.
 */
export function filterGlossary(terms: GlossaryTerm[], query: string): GlossaryTerm[] {
  const q = foldForMatch(query);
  if (!q) return sortTerms(terms);
  const qs = compactText(query);
  const named: GlossaryTerm[] = [];
  const defined: GlossaryTerm[] = [];
  for (const t of sortTerms(terms)) {
    const names = [t.term, t.hanzi ?? '', t.pinyin ?? '', t.id];
    if (names.some((n) => foldForMatch(n).includes(q) || (qs && compactText(n).includes(qs)))) named.push(t);
    else if (foldForMatch(t.definition).includes(q)) defined.push(t);
  }
  return [...named, ...defined];
}

/** Terms that list the platform among their related platforms, in name order. */
export function termsMentioning(platformId: string, terms: GlossaryTerm[]): GlossaryTerm[] {
  return sortTerms(terms.filter((t) => t.platformIds.includes(platformId)));
}
