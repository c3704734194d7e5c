import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { GAP, placeCard, VIEWPORT_MARGIN } from '@/lib/content/cards/place-card';

const viewport = { width: 1280, height: 800 };
const card = { width: 344, height: 260 };

describe('where the card goes', () => {
  it('below the link, left-aligned with it, when there is room', async () => {
    const p = await placeCard({ x: 100, y: 200, width: 80, height: 18 }, card, viewport);
    expect(p).toMatchObject({ x: 100, y: 200 + 18 + GAP, side: 'bottom', maxHeight: 260 });
  });

  it('above the link when there is no room below', async () => {
    const p = await placeCard({ x: 100, y: 700, width: 80, height: 18 }, card, viewport);
    expect(p.side).toBe('top');
    expect(p.y).toBe(700 - GAP - 260);
  });

  it('kept on screen near the right edge, ending under the link', async () => {
    const p = await placeCard({ x: 1240, y: 100, width: 30, height: 18 }, card, viewport);
    expect(p.x + card.width).toBeLessThanOrEqual(viewport.width - VIEWPORT_MARGIN);
    expect(p.x + card.width).toBeGreaterThan(1240);
    expect(p.side).toBe('bottom');
  });

  it('right-aligned with the link on a right-to-left page', async () => {
    const p = await placeCard({ x: 600, y: 100, width: 80, height: 18 }, card, viewport, true);
    expect(p.x + card.width).toBe(680);
  });

  it('shorter, scrolling inside, when the window is shorter than the card', async () => {
    const p = await placeCard({ x: 100, y: 150, width: 80, height: 18 }, { width: 344, height: 600 }, { width: 1280, height: 400 });
    expect(p.maxHeight).toBeLessThan(600);
    expect(p.y).toBeGreaterThanOrEqual(VIEWPORT_MARGIN);
    expect(p.y + p.maxHeight).toBeLessThanOrEqual(400 - VIEWPORT_MARGIN);
  });

  it('fits on neither side: shortened on the roomier side, not laid over the link', async () => {
    const anchor = { x: 300, y: 328, width: 90, height: 17 };
    const p = await placeCard(anchor, { width: 344, height: 473 }, { width: 1000, height: 720 });
    expect(p.side).toBe('bottom');
    expect(p.y).toBe(anchor.y + anchor.height + GAP);
    expect(p.y + p.maxHeight).toBeLessThanOrEqual(720 - VIEWPORT_MARGIN);
    const above = await placeCard({ ...anchor, y: 420 }, { width: 344, height: 473 }, { width: 1000, height: 720 });
    expect(above.side).toBe('top');
    expect(above.y + above.maxHeight).toBeLessThanOrEqual(420 - GAP);
  });

  it('never leaves the window, wherever the link is and whatever the window size', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 360, max: 2560 }),
        fc.integer({ min: 320, max: 1600 }),
        fc.record({ fx: fc.double({ min: -0.2, max: 1.1, noNaN: true }), fy: fc.double({ min: -0.05, max: 1.05, noNaN: true }), w: fc.integer({ min: 1, max: 600 }), h: fc.integer({ min: 8, max: 120 }) }),
        fc.integer({ min: 120, max: 900 }),
        async (vw, vh, a, cardHeight) => {
          const anchor = { x: a.fx * vw, y: a.fy * vh, width: a.w, height: a.h };
          const p = await placeCard(anchor, { width: 344, height: cardHeight }, { width: vw, height: vh });
          const width = Math.min(344, vw - 2 * VIEWPORT_MARGIN);
          expect(p.x).toBeGreaterThanOrEqual(VIEWPORT_MARGIN);
          expect(p.x + width).toBeLessThanOrEqual(vw - VIEWPORT_MARGIN + 1);
          expect(p.y).toBeGreaterThanOrEqual(VIEWPORT_MARGIN);
          expect(p.y + p.maxHeight).toBeLessThanOrEqual(vh - VIEWPORT_MARGIN + 1);
          expect(p.maxHeight).toBeLessThanOrEqual(cardHeight);
          // With room for a useful card on one side, it is not laid over the link.
          const below = vh - VIEWPORT_MARGIN - (anchor.y + anchor.height + GAP);
          const above = anchor.y - GAP - VIEWPORT_MARGIN;
          if (anchor.y >= 0 && anchor.y + anchor.height <= vh && Math.max(below, above) >= Math.min(120, cardHeight))
            expect(p.y >= anchor.y + anchor.height + GAP - 1 || p.y + p.maxHeight <= anchor.y - GAP + 1, JSON.stringify({ anchor, p, vh })).toBe(true);
        },
      ),
      { numRuns: 300 },
    );
  });
});
