/**
 * "Is the pointer on a catalogued name in the page's text?" Asked once, when the pointer comes to
 * rest: the browser maps the point to a caret position (caretPositionFromPoint, or WebKit's
 * caretRangeFromPoint), the text around it is searched, and the name is kept only if its
 * on-screen box holds the pointer. Nothing in the page is wrapped, marked or rewritten.
 */
import type { MentionIndex } from '../../detect/mention-index';
import { mentionsAround } from '../../detect/mentions-around';

export interface MentionAtPoint {
  platformId: string;
  name: string;
  /** The name's text in the page, for placing the card; a live range, so it follows scrolling. */
  range: Range;
  /** Which of the range's line boxes the pointer was on (a name can wrap over two lines). */
  line: number;
}

/** Elements whose text is never a mention: what a person types, and code. */
const SKIP = 'input, textarea, select, [contenteditable=""], [contenteditable="true"], [contenteditable="plaintext-only"], code, pre, script, style';
/** Where a sentence cannot continue from: the nearest of these bounds the look-back. */
const BLOCK = 'p, div, li, td, th, dd, dt, h1, h2, h3, h4, h5, h6, blockquote, article, section, figcaption, header, footer, main, body';
const LOOK_BACK_CHARS = 80;
const SLOP_PX = 1;

export function mentionAtPoint(x: number, y: number, index: MentionIndex, doc: Document = document): MentionAtPoint | null {
  const caret = caretAt(doc, x, y);
  if (!caret || caret.node.nodeType !== Node.TEXT_NODE) return null;
  const node = caret.node as Text;
  const parent = node.parentElement;
  if (!parent || parent.closest(SKIP) || parent.isContentEditable) return null;
  const hits = mentionsAround(node.data, caret.offset, index, () => textBefore(node, doc));
  for (const hit of hits) {
    const range = doc.createRange();
    range.setStart(node, hit.start);
    range.setEnd(node, hit.end);
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

/** The text just before a text node within its block ("Hello. <b>Zoom</b>" → "Hello. "). */
function textBefore(node: Text, doc: Document): string {
  const block = node.parentElement?.closest(BLOCK);
  if (!block) return '';
  const walker = doc.createTreeWalker(block, NodeFilter.SHOW_TEXT);
  walker.currentNode = node;
  let text = '';
  for (let n = walker.previousNode(); n && text.length < LOOK_BACK_CHARS; n = walker.previousNode()) text = (n as Text).data + text;
  return text;
}
