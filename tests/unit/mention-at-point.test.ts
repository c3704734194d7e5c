/**
 * happy-dom has no layout, so the browser's two answers are played here: where the caret lands for
 * a point (10 px per character, one 20 px line per text node) and where a range of text is drawn.
 * Real layout is covered end to end in tests/e2e/specs/cards.spec.ts.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { mentionAtPoint } from '@/lib/content/cards/mention-at-point';
import { buildMentionIndex } from '@/lib/detect/mention-index';
import { loadCatalogue } from './support/catalogue';

const index = buildMentionIndex(loadCatalogue().platforms);
const CHAR = 10;
const LINE = 20;

/** Text nodes laid out one per line, in document order. */
function lineOf(node: Node): number {
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  let i = 0;
  for (let n = walker.nextNode(); n; n = walker.nextNode(), i++) if (n === node) return i;
  return -1;
}

beforeEach(() => {
  vi.spyOn(Range.prototype, 'getClientRects').mockImplementation(function (this: Range) {
    const top = lineOf(this.startContainer) * LINE;
    return [new DOMRect(this.startOffset * CHAR, top, (this.endOffset - this.startOffset) * CHAR, LINE)] as unknown as DOMRectList;
  });
  (document as unknown as { caretPositionFromPoint: unknown }).caretPositionFromPoint = (x: number, y: number) => {
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    let n = walker.nextNode();
    for (let i = 0; n && i < Math.floor(y / LINE); i++) n = walker.nextNode();
    if (!n) return null;
    return { offsetNode: n, offset: Math.min((n as Text).data.length, Math.round(x / CHAR)) };
  };
});
afterEach(() => {
  document.body.innerHTML = '';
  delete (document as { caretPositionFromPoint?: unknown }).caretPositionFromPoint;
});

/** The point over character `i` of line `line`. */
const over = (i: number, line = 0) => [i * CHAR + CHAR / 2, line * LINE + LINE / 2] as const;

describe('the name under the pointer', () => {
  it('finds it and gives its range, without touching the page', () => {
    document.body.innerHTML = '<p>watch it on YouTube tonight</p>';
    const before = document.body.innerHTML;
    const hit = mentionAtPoint(...over(14), index);
    expect(hit?.platformId).toBe('youtube');
    expect(hit?.range.toString()).toBe('YouTube');
    expect(document.body.innerHTML).toBe(before);
  });

  it('deep inside nested spans, in Chinese', () => {
    document.body.innerHTML = '<div><span><span><span>我每天用微信聊天</span></span></span></div>';
    expect(mentionAtPoint(...over(4), index)?.platformId).toBe('wechat');
  });

  it('nothing when the pointer is beside the text, though the caret snaps to it', () => {
    document.body.innerHTML = '<p>watch it on YouTube</p>';
    expect(mentionAtPoint(300, 10, index)).toBeNull();
  });

  it('nothing in what the person is typing', () => {
    document.body.innerHTML = '<div contenteditable="true">my Instagram handle</div>';
    expect(mentionAtPoint(...over(5), index)).toBeNull();
    document.body.innerHTML = '<div><pre>Instagram</pre></div>';
    expect(mentionAtPoint(...over(3), index)).toBeNull();
  });

  it('reads the sentence across elements to tell a name from a sentence start', () => {
    document.body.innerHTML = '<p>call me on <b>Zoom</b> later</p>';
    expect(mentionAtPoint(...over(1, 1), index)?.platformId).toBe('zoom');
    document.body.innerHTML = '<p>That was all. <b>Zoom</b> in on it</p>';
    expect(mentionAtPoint(...over(1, 1), index)).toBeNull();
  });

  it('uses caretRangeFromPoint where caretPositionFromPoint is missing', () => {
    document.body.innerHTML = '<p>my Instagram</p>';
    const position = (document as unknown as { caretPositionFromPoint: (x: number, y: number) => { offsetNode: Node; offset: number } }).caretPositionFromPoint;
    delete (document as { caretPositionFromPoint?: unknown }).caretPositionFromPoint;
    (document as Document & { caretRangeFromPoint: unknown }).caretRangeFromPoint = (x: number, y: number) => {
      const p = position(x, y);
      const r = document.createRange();
      r.setStart(p.offsetNode, p.offset);
      return r;
    };
    expect(mentionAtPoint(...over(5), index)?.platformId).toBe('instagram');
    delete (document as { caretRangeFromPoint?: unknown }).caretRangeFromPoint;
  });
});
