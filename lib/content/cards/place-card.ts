/**
 * "Where does the card go?" Below the link or name, left-aligned with it; above it when there is
 * no room below; slid sideways to stay on screen; shortened (it scrolls inside) on whichever side
 * has more room when it fits on neither, never over the link or name itself. Floating UI's core does the geometry against the viewport alone —
 * the card is position: fixed, so nothing else can clip it — which keeps the DOM layer of Floating
 * UI out of every page's content script and makes this a pure function of three boxes.
 */
import { computePosition, flip, offset, shift, size, type Platform, type Side } from '@floating-ui/core';
import type { Box } from './anchor';

export interface CardPlacement {
  x: number;
  y: number;
  side: Side;
  /** The most the card may be tall here; its content scrolls beyond. */
  maxHeight: number;
}

/** Space kept between the card and the window's edges. */
export const VIEWPORT_MARGIN = 8;
/** Space between the link (or name) and the card. */
export const GAP = 6;
/** Below this, the card would be useless; it may then overlap the anchor instead. */
const MIN_HEIGHT = 120;

export async function placeCard(anchor: Box, card: { width: number; height: number }, viewport: { width: number; height: number }, rtl = false): Promise<CardPlacement> {
  const floating = { width: Math.min(card.width, viewport.width - 2 * VIEWPORT_MARGIN), height: card.height };
  let maxHeight = card.height;
  const platform: Platform = {
    getElementRects: () => ({ reference: { ...anchor }, floating: { x: 0, y: 0, ...floating } }),
    getClippingRect: () => ({ x: 0, y: 0, width: viewport.width, height: viewport.height }),
    getDimensions: () => ({ ...floating }),
    isRTL: () => rtl,
  };
  const result = await computePosition({}, {}, {
    platform,
    // "start" is the reading start: the right edge on a right-to-left page (isRTL below).
    placement: 'bottom-start',
    strategy: 'fixed',
    middleware: [
      offset(GAP),
      flip({ padding: VIEWPORT_MARGIN, fallbackPlacements: ['top-start', 'bottom-end', 'top-end'] }),
      // Sideways only: sliding the card up or down would put it over the link it explains.
      shift({ padding: VIEWPORT_MARGIN }),
      size({
        padding: VIEWPORT_MARGIN,
        apply({ availableHeight }) {
          maxHeight = Math.min(card.height, Math.max(availableHeight, Math.min(MIN_HEIGHT, viewport.height - 2 * VIEWPORT_MARGIN)));
          floating.height = maxHeight;
        },
      }),
    ],
  });
  const side = result.placement.split('-')[0] as Side;
  // Last guard: whatever the middleware decided, the card's box stays inside the window.
  const x = clamp(result.x, VIEWPORT_MARGIN, viewport.width - VIEWPORT_MARGIN - floating.width);
  const y = clamp(result.y, VIEWPORT_MARGIN, viewport.height - VIEWPORT_MARGIN - maxHeight);
  return { x: Math.round(x), y: Math.round(y), side, maxHeight: Math.floor(maxHeight) };
}

function clamp(value: number, min: number, max: number): number {
  return Math.max(min, Math.min(value, Math.max(min, max)));
}
