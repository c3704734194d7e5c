/**
 * Names the page's markup splits ("Insta<b>gram</b>", "<span>Little</span> <span>Red Book</span>",
 * 微<em>信</em>): the text around the caret is read across inline elements, never across a block
 * or a line break, and a name found there maps back to the page's own nodes.
 *
 * happy-dom has no layout, so the browser's answers are played here: each child of <body> is one
 * 20 px line, its text nodes flow left to right in document order, 10 px per character.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { anchorBox } from '@/lib/content/cards/anchor';
import { inlineRun } from '@/lib/content/cards/inline-run';
import { mentionAtPoint } from '@/lib/content/cards/mention-at-point';
import { buildMentionIndex } from '@/lib/detect/mention-index';
import { loadCatalogue } from './support/catalogue';

const index = buildMentionIndex(loadCatalogue().platforms);
const CHAR = 10;
const LINE = 20;

/** Every text node with its line and the x (in characters) where it starts. */
function layout(): { node: Text; line: number; at: number }[] {
  const out: { node: Text; line: number; at: number }[] = [];
  [...document.body.children].forEach((line, i) => {
    const walker = document.createTreeWalker(line, NodeFilter.SHOW_TEXT);
    let at = 0;
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      out.push({ node: n as Text, line: i, at });
      at += (n as Text).data.length;
    }
  });
  return out;
}

function textNodeWith(text: string): Text {
  const hit = layout().find((l) => l.node.data.includes(text));
  if (!hit) throw new Error(`no text node with ${text}`);
  return hit.node;
}

beforeEach(() => {
  vi.spyOn(Range.prototype, 'getClientRects').mockImplementation(function (this: Range) {
    const rects: DOMRect[] = [];
    for (const l of layout()) {
      if (!this.intersectsNode(l.node)) continue;
      const from = l.node === this.startContainer ? this.startOffset : 0;
      const to = l.node === this.endContainer ? this.endOffset : l.node.data.length;
      if (to > from) rects.push(new DOMRect((l.at + from) * CHAR, l.line * LINE, (to - from) * CHAR, LINE));
    }
    return rects as unknown as DOMRectList;
  });
  (document as unknown as { caretPositionFromPoint: unknown }).caretPositionFromPoint = (x: number, y: number) => {
    const line = Math.floor(y / LINE);
    const char = Math.floor(x / CHAR);
    const on = layout().filter((l) => l.line === line);
    const hit = on.find((l) => char >= l.at && char < l.at + l.node.data.length) ?? on.at(-1);
    if (!hit) return null;
    return { offsetNode: hit.node, offset: Math.min(hit.node.data.length, char - hit.at) };
  };
});
afterEach(() => {
  document.body.innerHTML = '';
  delete (document as { caretPositionFromPoint?: unknown }).caretPositionFromPoint;
});

/** The point over character `i` of line `line`. */
const over = (i: number, line = 0) => [i * CHAR + CHAR / 2, line * LINE + LINE / 2] as const;

describe('the inline run around the caret', () => {
  it('joins text split by inline elements, with the caret where it was, and maps back to the page', () => {
    document.body.innerHTML = '<p>I use Insta<b>gram</b> daily</p>';
    const run = inlineRun(textNodeWith('gram'), 1, 100, 20);
    expect(run.text).toBe('I use Instagram daily');
    expect(run.offset).toBe('I use Insta'.length + 1);
    const range = run.range(6, 15);
    expect(range.toString()).toBe('Instagram');
    expect(range.startContainer).toBe(textNodeWith('I use'));
    expect(range.endContainer).toBe(textNodeWith('gram'));
  });

  it('reads whitespace as drawn: a run of spaces and newlines between elements is one space', () => {
    document.body.innerHTML = '<p><span>Little</span>\n   <span>Red Book</span></p>';
    const run = inlineRun(textNodeWith('Red'), 0, 100, 20);
    expect(run.text).toBe('Little Red Book');
    expect(run.range(0, 15).toString()).toBe('Little\n   Red Book');
  });

  it('keeps line breaks where the element keeps them (white-space: pre-wrap, as X’s posts)', () => {
    document.body.innerHTML = '<p style="white-space: pre-wrap">first line\n\n<span>second</span></p>';
    expect(inlineRun(textNodeWith('second'), 0, 100, 20).text).toBe('first line\n\nsecond');
  });

  it.each([
    ['a nested block', '<div>Insta<div>gram</div></div>', 'gram', 'gram'],
    ['a line break', '<p>Insta<br>gram</p>', 'gram', 'gram'],
    ['code', '<p><code>Insta</code>gram</p>', 'gram', 'gram'],
    ['an image', '<p>Insta<img alt="">gram</p>', 'Insta', 'Insta'],
    ['a button', '<p>Insta<button>gram</button></p>', 'Insta', 'Insta'],
  ])('stops at %s', (_what, html, at, text) => {
    document.body.innerHTML = html;
    expect(inlineRun(textNodeWith(at), 0, 100, 20).text).toBe(text);
  });

  it('reads at most the characters asked for, however long the post', () => {
    const words = Array.from({ length: 2000 }, (_, i) => `<span>word${i} </span>`).join('');
    document.body.innerHTML = `<p>${words}<b>middle</b>${words}</p>`;
    const run = inlineRun(textNodeWith('middle'), 3, 40, 25);
    expect(run.text.length).toBeLessThanOrEqual(40 + 25);
    expect(run.text.slice(run.offset - 3, run.offset + 3)).toBe('middle');
  });
});

describe('a name split across markup, found at the pointer', () => {
  it.each([
    ['Insta<b>gram</b>', '<p>I use Insta<b>gram</b> daily</p>', 'I use Instag'.length, 'instagram', 'Instagram'],
    ['<span>Little</span> <span>Red Book</span>', '<p>found it on <span>Little</span> <span>Red Book</span>.</p>', 'found it on Little R'.length, 'xiaohongshu', 'Little Red Book'],
    ['微<em>信</em>', '<p>我每天用微<em>信</em>聊天</p>', '我每天用微'.length, 'wechat', '微信'],
    ['a link’s text in two spans', '<p>see <a href="/x"><span>You</span><span>Tube</span></a> now</p>', 'see Yo'.length, 'youtube', 'YouTube'],
  ])('%s', (_what, html, at, platformId, name) => {
    document.body.innerHTML = html;
    const page = document.body.innerHTML;
    const hit = mentionAtPoint(...over(at), index);
    expect(hit?.platformId).toBe(platformId);
    expect(hit?.range.toString().replace(/\s+/g, ' ')).toBe(name);
    expect(document.body.innerHTML).toBe(page);
  });

  it('from either piece, and the card goes by the whole name on its line', () => {
    document.body.innerHTML = '<p>I use Insta<b>gram</b> daily</p>';
    const first = mentionAtPoint(...over(7), index);
    const second = mentionAtPoint(...over(13), index);
    expect(first?.range.toString()).toBe('Instagram');
    expect(second?.range.toString()).toBe('Instagram');
    expect(anchorBox({ kind: 'mention', range: second!.range, line: second!.line })).toEqual({ x: 6 * CHAR, y: 0, width: 9 * CHAR, height: LINE });
  });

  it('not across blocks or line breaks', () => {
    document.body.innerHTML = '<div><div>You</div><div>Tube</div></div>';
    expect(mentionAtPoint(...over(1), index)).toBeNull();
    expect(mentionAtPoint(...over(4), index)).toBeNull();
    document.body.innerHTML = '<p>You<br>Tube</p>';
    expect(mentionAtPoint(...over(1), index)).toBeNull();
    expect(mentionAtPoint(...over(4), index)).toBeNull();
    // The same markup without the break is one name.
    document.body.innerHTML = '<p>You<span>Tube</span></p>';
    expect(mentionAtPoint(...over(4), index)?.platformId).toBe('youtube');
  });

  it('a split name that is also a word still needs a capital mid-sentence', () => {
    document.body.innerHTML = '<p>That was all. <b>Zo</b>om in on it</p>';
    expect(mentionAtPoint(...over('That was all. Zo'.length), index)).toBeNull();
    document.body.innerHTML = '<p>call me on Zo<i>om</i> later</p>';
    expect(mentionAtPoint(...over('call me on Zo'.length), index)?.platformId).toBe('zoom');
  });

  it('a longer word is not the name, however it is split', () => {
    document.body.innerHTML = '<p>an Insta<b>grammer</b> posted</p>';
    expect(mentionAtPoint(...over('an Insta'.length), index)).toBeNull();
  });
});
