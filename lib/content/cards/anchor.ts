/**
 * What a card is attached to: an element (a link, or our corner chip) or a name in the page's
 * text (a live Range, never a wrapper element). Shared by the start script, which decides, and
 * the card layer, which draws.
 */
import { isHostTag } from './host-tag';

export type Anchor = { kind: 'element'; el: Element; x: number; y: number } | { kind: 'mention'; range: Range; line: number };

/** How a card was asked for: it decides what closes it and where focus goes. */
export type Via = 'pointer' | 'keyboard' | 'click';

export interface Found {
  platformId: string;
  anchor: Anchor;
}

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** The anchor's box on screen now, or null when it has left the page. */
export function anchorBox(anchor: Anchor): Box | null {
  let r: DOMRect | undefined;
  if (anchor.kind === 'element') {
    if (!anchor.el.isConnected) return null;
    // A link wrapped over two lines has two boxes: the one the pointer was on.
    r = [...anchor.el.getClientRects()].find((b) => contains(b, anchor.x, anchor.y, 0)) ?? anchor.el.getBoundingClientRect();
  } else {
    if (!anchor.range.startContainer.isConnected || anchor.range.collapsed) return null;
    const rects = anchor.range.getClientRects();
    const on = rects[anchor.line];
    if (!on) r = anchor.range.getBoundingClientRect();
    else {
      // A name split over elements ("Insta<b>gram</b>") has a box per piece: the card goes by
      // all the pieces on the line the pointer was on.
      const line = [...rects].filter((b) => b.top < on.bottom && b.bottom > on.top);
      const left = Math.min(...line.map((b) => b.left));
      const top = Math.min(...line.map((b) => b.top));
      return { x: left, y: top, width: Math.max(...line.map((b) => b.right)) - left, height: Math.max(...line.map((b) => b.bottom)) - top };
    }
  }
  return { x: r.left, y: r.top, width: r.width, height: r.height };
}

export function overAnchor(anchor: Anchor, x: number, y: number, target: EventTarget | null): boolean {
  if (anchor.kind === 'element') return target instanceof Node && anchor.el.contains(target);
  for (const r of anchor.range.getClientRects()) if (contains(r, x, y, 1)) return true;
  return false;
}

export function sameAnchor(a: Anchor, b: Anchor): boolean {
  if (a.kind === 'element' || b.kind === 'element') return a.kind === 'element' && b.kind === 'element' && a.el === b.el;
  const [p, q] = [a.range, b.range];
  return p.startContainer === q.startContainer && p.startOffset === q.startOffset && p.endContainer === q.endContainer && p.endOffset === q.endOffset;
}

/** Is this event target China Lens's own host (events from inside a shadow root are retargeted to it)? */
export function isOurs(target: EventTarget | null): boolean {
  return target instanceof Element && isHostTag(target.localName);
}

function contains(r: DOMRect, x: number, y: number, slop: number): boolean {
  return x >= r.left - slop && x <= r.right + slop && y >= r.top - slop && y <= r.bottom + slop;
}
