/**
 * "Is the pointer on a catalogued name in the page's text?" Asked once, when the pointer comes to
 * rest: the browser maps the point to a caret position (caretPositionFromPoint, or WebKit's
 * caretRangeFromPoint), the text around it — joined across inline elements, so a name the markup
 * splits ("Insta<b>gram</b>") is still one name (inline-run.ts) — is searched, and the name is
 * kept only if its on-screen box holds the pointer. Nothing in the page is wrapped, marked or
 * rewritten.
 */
import type { MentionIndex } from '../../detect/mention-index';
import { mentionsAround } from '../../detect/mentions-around';
import { inlineRun, SKIP } from './inline-run';

export interface MentionAtPoint {
  platformId: string;
  name: string;
  /** The name's text in the page, for placing the card; a live range, so it follows scrolling. */
  range: Range;
  /** Which of the range's boxes the pointer was on (a name can wrap over two lines). */
  line: number;
}

/** Text read before the caret beyond the longest name: enough to see where the sentence starts. */
const LOOK_BACK_CHARS = 80;
const SLOP_PX = 1;

export function mentionAtPoint(x: number, y: number, index: MentionIndex, doc: Document = document): MentionAtPoint | null {
  const caret = caretAt(doc, x, y);
  if (!caret || caret.node.nodeType !== Node.TEXT_NODE) return null;
  const node = caret.node as Text;
  const parent = node.parentElement;
  if (!parent || parent.closest(SKIP) || parent.isContentEditable) return null;
  const longest = index.terms[0]?.[0].length ?? 0;
  // A run that stops short of LOOK_BACK_CHARS stopped at its block's start or a line break:
  // nothing before it belongs to the sentence.
  const run = inlineRun(node, caret.offset, longest + LOOK_BACK_CHARS, longest, doc);
  const hits = mentionsAround(run.text, run.offset, index);
  for (const hit of hits) {
    const range = run.range(hit.start, hit.end);
    const rects = range.getClientRects();
    for (let line = 0; line < rects.length; line++) {
      const r = rects[line]!;
      if (x >= r.left - SLOP_PX && x <= r.right + SLOP_PX && y >= r.top - SLOP_PX && y <= r.bottom + SLOP_PX) {
        return { platformId: hit.platformId, name: hit.name, range, line };
      }
    }
  }
  return null;
}

function caretAt(doc: Document, x: number, y: number): { node: Node; offset: number } | null {
  if (typeof doc.caretPositionFromPoint === 'function') {
    const p = doc.caretPositionFromPoint(x, y);
    return p ? { node: p.offsetNode, offset: p.offset } : null;
  }
  const legacy = (doc as Document & { caretRangeFromPoint?: (x: number, y: number) => Range | null }).caretRangeFromPoint;
  if (typeof legacy === 'function') {
    const r = legacy.call(doc, x, y);
    return r ? { node: r.startContainer, offset: r.startOffset } : null;
  }
  return null;
}
