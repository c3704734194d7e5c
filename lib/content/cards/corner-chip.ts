/**
 * The optional corner chip (off by default): the current site's closest Chinese equivalent, in
 * the bottom-left corner (the right-hand corners hold Facebook's and X's chat and message
 * drawers). Pressing it opens the site's own card above it.
 */
import type { CardData } from '../../messaging/protocol';
import type { Label } from './card-labels';
import { h } from './card-view';
import { lensIcon } from './lens-icon';

export function renderCornerChip(doc: Document, data: CardData, label: Label): HTMLButtonElement | null {
  const best = data.equivalents[0];
  if (!best) return null;
  const name = best.hanzi ? `${best.name} ${best.hanzi}` : best.name;
  const text = label('card.chip.text', { name });
  // The accessible name starts with the visible text (WCAG 2.5.3) and says what pressing does.
  const chip = h(doc, 'button', { class: 'chip', type: 'button', 'aria-label': `${text} — ${label('card.chip.label', { platform: data.name })}`, 'data-platform': data.id });
  chip.append(lensIcon(doc, 18), h(doc, 'span', {}, text));
  return chip;
}
