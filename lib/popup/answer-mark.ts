/**
 * The performance mark the popup sets once, when its first answer (a platform and its
 * equivalents) is on screen. scripts/bench/30-popup.bench.ts reads it in a real browser.
 */
export const ANSWER_MARK = 'china-lens:answer';

export function markAnswerShown(): void {
  if (typeof performance === 'undefined' || performance.getEntriesByName(ANSWER_MARK).length > 0) return;
  performance.mark(ANSWER_MARK);
}
