/** File names for exports: what it is, for which platforms, and the day, safe on every OS. */
const MAX_IDS_IN_NAME = 4;

function idsPart(ids: string[]): string {
  const shown = ids.slice(0, MAX_IDS_IN_NAME).join('-');
  return ids.length > MAX_IDS_IN_NAME ? `${shown}-and-${ids.length - MAX_IDS_IN_NAME}-more` : shown;
}

export function briefFileName(ids: string[], date: string, ext: 'md' | 'csv'): string {
  return `china-lens-brief-${idsPart(ids) || 'empty'}-${date}.${ext}`;
}

export function comparisonFileName(western: string, chinese: string[], date: string, ext: 'md' | 'csv'): string {
  return `china-lens-compare-${western}-vs-${idsPart(chinese) || 'none'}-${date}.${ext}`;
}

export function personalFileName(date: string): string {
  return `china-lens-pins-and-notes-${date}.json`;
}
