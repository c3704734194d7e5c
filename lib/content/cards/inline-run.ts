/**
 * The text a person reads around the caret, even when the page's markup splits it:
 * "Insta<b>gram</b>", "<span>Little</span> <span>Red Book</span>", "微<em>信</em>". Neighbouring
 * text nodes are joined within the caret's block (a paragraph, a post's text) and only inline
 * elements are crossed: a nested block, a line break, an image, a button, code or a text field
 * ends the run. Whitespace is read as the browser draws it (runs collapse to one space unless
 * the element keeps them, as X's posts do). The run is bounded in length, so a long post costs
 * the same as a short one, and each character keeps its place in the page, so a name found in
 * the run maps back to a Range over the page's own nodes. Nothing in the page is changed.
 */

/** Where a sentence cannot continue from. */
export const BLOCK = 'p, div, li, td, th, dd, dt, h1, h2, h3, h4, h5, h6, blockquote, article, section, figcaption, header, footer, main, body';
/** Text that is never a mention: what a person types, and code. */
export const SKIP = 'input, textarea, select, [contenteditable=""], [contenteditable="true"], [contenteditable="plaintext-only"], code, pre, script, style';
/** Elements that break a line of text or stand in it as something other than text. */
const BREAKS = `${BLOCK}, ${SKIP}, br, hr, img, svg, button, iframe, video, audio, canvas, object, template`;
const OWNER = `${BLOCK}, ${SKIP}`;
const KEEPS_WHITESPACE = /^(pre|pre-wrap|pre-line|break-spaces)/;
const WHITESPACE = /[ \t\n\r\f]/;

export interface InlineRun {
  /** The run's text as drawn. */
  text: string;
  /** The caret's position in `text`. */
  offset: number;
  /** A live range over text[start, end) in the page's own text nodes. */
  range(start: number, end: number): Range;
}

interface Piece {
  node: Text;
  from: number;
  to: number;
}

/**
 * @param back how many characters of the page's text to read before the caret, at most
 * @param ahead how many after it, at most
 */
export function inlineRun(node: Text, offset: number, back: number, ahead: number, doc: Document = document): InlineRun {
  const parent = node.parentElement;
  const block = parent?.closest(BLOCK) ?? null;
  const pieces: Piece[] = [{ node, from: Math.max(0, offset - back), to: Math.min(node.data.length, offset + ahead) }];
  if (block) {
    const walker = doc.createTreeWalker(block, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
    const joins = (n: Node): boolean => {
      if (n.nodeType !== Node.TEXT_NODE) return !(n as Element).matches(BREAKS);
      // Reading backwards meets a nested block's text before the block itself.
      return (n as Text).parentElement?.closest(OWNER) === block;
    };
    let need = back - (offset - pieces[0]!.from);
    walker.currentNode = node;
    for (let n = walker.previousNode(); n && need > 0 && joins(n); n = walker.previousNode()) {
      if (n.nodeType !== Node.TEXT_NODE) continue;
      const t = n as Text;
      const from = Math.max(0, t.data.length - need);
      pieces.unshift({ node: t, from, to: t.data.length });
      need -= t.data.length - from;
    }
    need = ahead - (pieces.at(-1)!.to - offset);
    walker.currentNode = node;
    for (let n = walker.nextNode(); n && need > 0 && joins(n); n = walker.nextNode()) {
      if (n.nodeType !== Node.TEXT_NODE) continue;
      const t = n as Text;
      const to = Math.min(t.data.length, need);
      pieces.push({ node: t, from: 0, to });
      need -= to;
    }
  }

  const collapse = !KEEPS_WHITESPACE.test((parent && doc.defaultView?.getComputedStyle(parent).whiteSpace) || 'normal');
  let text = '';
  let caret = -1;
  // Per character of `text`: the piece and the offset in its node it was read from.
  const from: [piece: number, at: number][] = [];
  pieces.forEach((p, i) => {
    for (let at = p.from; at < p.to; at++) {
      if (p.node === node && at === offset) caret = text.length;
      const c = p.node.data[at]!;
      if (collapse && WHITESPACE.test(c)) {
        if (text.endsWith(' ')) continue;
        text += ' ';
      } else {
        text += c;
      }
      from.push([i, at]);
    }
    if (p.node === node && caret === -1) caret = text.length; // at the end of its node
  });

  return {
    text,
    offset: caret,
    range(start, end) {
      const [ps, as] = from[start]!;
      const [pe, ae] = from[end - 1]!;
      const range = doc.createRange();
      range.setStart(pieces[ps]!.node, as);
      range.setEnd(pieces[pe]!.node, ae + 1);
      return range;
    },
  };
}
