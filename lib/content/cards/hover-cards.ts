/**
 * Hover cards on one page: when to show a card and for what. Drawing is the card layer's job,
 * loaded on the first card (card-ui-loader.ts).
 *
 * Cost on the page, by design: nothing is looked at when the page loads. One delegated, passive
 * pointermove listener stores the pointer's position; only when the pointer comes to rest does
 * anything read the DOM (the link under it, or the text at that point). A focusin listener does
 * the same for keyboard focus. Nothing is created per link, per navigation or per card beyond the
 * one card element, which is replaced, not added to.
 */
import type { HostIndex } from '../../detect/host-index';
import { linkDestination } from '../../detect/link-destination';
import type { MentionIndex } from '../../detect/mention-index';
import type { Locale } from '../../i18n/locales';
import type { CardData } from '../../messaging/protocol';
import { isOurs, overAnchor, sameAnchor, type Found, type Via } from './anchor';
import type { Label } from './card-labels';
import type { CardLayer } from './card-layer';
import type { CardSettings } from './card-settings';
import { createHoverIntent } from './hover-intent';
import { mentionAtPoint } from './mention-at-point';

export interface HoverCardsOptions {
  doc: Document;
  /** The platform of the page itself: its own links and name are the page's, not news. */
  pagePlatformId: string;
  /** The host index, built on first use (it is not needed until the pointer rests on a link). */
  hostIndex: () => HostIndex;
  /** The names index, built on first use (it is not needed until the pointer rests on text). */
  mentionIndex: () => MentionIndex;
  getCard: (platformId: string) => Promise<CardData | null>;
  getLabels: (locale: Locale) => Promise<Label>;
  /** The card layer, loaded on first use. */
  layer: () => Promise<CardLayer>;
  locale: () => Locale;
}

/** Time the pointer may spend off the link and off the card (crossing the gap) before it closes. */
export const CLOSE_GRACE_MS = 250;

export interface HoverCards {
  /** Starts (if stopped) and retunes to settings. */
  apply(settings: CardSettings): void;
  /** Removes every listener and closes the card. */
  stop(): void;
  /** Shows the card for a platform at an anchor (the chip uses this); a newer request wins. */
  show(found: Found, via: Via): Promise<void>;
  close(): void;
  readonly active: boolean;
}

export function createHoverCards(o: HoverCardsOptions): HoverCards {
  const { doc } = o;
  let settings: CardSettings | null = null;
  let listeners: AbortController | null = null;
  /** The layer once loaded: until then no card can be open. */
  let layer: CardLayer | null = null;
  let token = 0;
  let closeTimer: ReturnType<typeof setTimeout> | null = null;
  let focusTimer: ReturnType<typeof setTimeout> | null = null;
  let lastX = NaN;
  let lastY = NaN;

  const intent = createHoverIntent<EventTarget | null>({
    delayMs: 300,
    onRest: (x, y, target) => {
      const found = target instanceof Element ? findAt(x, y, target) : null;
      const open = layer?.open;
      if (found && !(open && sameAnchor(open.anchor, found.anchor))) void show(found, 'pointer');
    },
  });

  /** The card-worthy thing at a point: a link to another platform, or a name in the text. */
  function findAt(x: number, y: number, target: Element): Found | null {
    if (isOurs(target)) return null;
    const link = target.closest('a[href]');
    if (link) {
      const hit = linkDestination(link, o.hostIndex(), doc.baseURI);
      if (hit && hit.platformId !== o.pagePlatformId) return { platformId: hit.platformId, anchor: { kind: 'element', el: link, x, y } };
    }
    if (settings?.cards.mentions) {
      const m = mentionAtPoint(x, y, o.mentionIndex(), doc);
      if (m && m.platformId !== o.pagePlatformId) return { platformId: m.platformId, anchor: { kind: 'mention', range: m.range, line: m.line } };
    }
    return null;
  }

  async function show(found: Found, via: Via): Promise<void> {
    const mine = ++token;
    const locale = o.locale();
    try {
      const [data, label, l] = await Promise.all([o.getCard(found.platformId), o.getLabels(locale), o.layer()]);
      if (mine !== token || !data || !listeners) return;
      layer = l;
      clearClose();
      await l.show(found, data, label, locale, via);
    } catch {
      // The background is restarting (extension update) or the card's code could not load: no
      // card this time; the next rest asks again.
    }
  }

  function clearClose(): void {
    if (closeTimer !== null) clearTimeout(closeTimer);
    closeTimer = null;
  }

  function onPointerMove(e: PointerEvent): void {
    if (e.pointerType === 'touch') return;
    const x = e.clientX;
    const y = e.clientY;
    // Browsers send a move after a scroll under a still pointer; only real movement is intent.
    if (x === lastX && y === lastY) return;
    lastX = x;
    lastY = y;
    if (isOurs(e.target)) {
      clearClose();
      intent.cancel();
      return;
    }
    const open = layer?.open;
    if (open?.via === 'pointer') {
      if (overAnchor(open.anchor, x, y, e.target)) clearClose();
      else closeTimer ??= setTimeout(() => {
        closeTimer = null;
        layer?.close();
      }, CLOSE_GRACE_MS);
    }
    intent.move(x, y, e.target);
  }

  function onFocusIn(e: FocusEvent): void {
    const target = e.target;
    if (isOurs(target)) return;
    if (focusTimer !== null) clearTimeout(focusTimer);
    focusTimer = null;
    const open = layer?.open;
    if (open && open.via !== 'pointer' && !(open.anchor.kind === 'element' && open.anchor.el === target)) layer?.close();
    if (!(target instanceof Element)) return;
    const link = target.closest('a[href]');
    // Only keyboard focus: a click focuses the link too, and the pointer has its own path.
    if (!link || !link.matches(':focus-visible')) return;
    // Focus the card gave back on closing (Escape, tabbing out) is not a request to open it again.
    if (layer?.takeReturnedFocus(link)) return;
    const hit = linkDestination(link, o.hostIndex(), doc.baseURI);
    if (!hit || hit.platformId === o.pagePlatformId) return;
    const box = link.getBoundingClientRect();
    const found: Found = { platformId: hit.platformId, anchor: { kind: 'element', el: link, x: box.left + 1, y: box.top + 1 } };
    focusTimer = setTimeout(() => {
      focusTimer = null;
      if (doc.activeElement === link) void show(found, 'keyboard');
    }, settings?.cards.delayMs ?? 300);
  }

  function close(): void {
    token++;
    clearClose();
    layer?.close();
  }

  return {
    apply(next) {
      settings = next;
      intent.setDelay(next.cards.delayMs);
      if (listeners) return;
      listeners = new AbortController();
      const signal = listeners.signal;
      doc.addEventListener('pointermove', onPointerMove, { capture: true, passive: true, signal });
      doc.addEventListener('focusin', onFocusIn, { capture: true, signal });
    },
    stop() {
      close();
      intent.cancel();
      if (focusTimer !== null) clearTimeout(focusTimer);
      focusTimer = null;
      listeners?.abort();
      listeners = null;
    },
    show,
    close,
    get active() {
      return listeners !== null;
    },
  };
}
