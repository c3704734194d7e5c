/**
 * Draws the card: the host and its shadow root, the card's DOM, its place on screen, and what
 * closes it (Escape, the close button, a press elsewhere for a card opened by a click, the page
 * scrolling under a card the pointer opened) and where focus goes. Loaded with the rest of the card's code on the first card, not at page start (see
 * card-ui-loader.ts); the start script decides when and for what.
 *
 * One card at a time: showing a card replaces the open one. Listeners that matter only while a
 * card is open (keys, scroll, resize) are added when it opens and removed when it closes.
 */
import type { Locale } from '../../i18n/locales';
import type { CardData } from '../../messaging/protocol';
import { anchorBox, isOurs, type Anchor, type Box, type Found, type Via } from './anchor';
import type { Label } from './card-labels';
import { createCardHost, type CardHost, type Theme } from './card-host';
import { renderCard, type CardView } from './card-view';
import { renderCornerChip } from './corner-chip';
import { placeCard } from './place-card';

export interface OpenCard {
  platformId: string;
  anchor: Anchor;
  via: Via;
}

export interface CardLayer {
  show(found: Found, data: CardData, label: Label, locale: Locale, via: Via): Promise<void>;
  close(giveFocusBack?: boolean): void;
  readonly open: OpenCard | null;
  /** True once for the element the card just handed focus back to: that focus is no new request. */
  takeReturnedFocus(el: Element): boolean;
  setTheme(theme: Theme): void;
  /** The corner chip for the page's own platform; pressing it toggles that platform's card. */
  showChip(data: CardData, label: Label, onPress: (chip: HTMLElement) => void): void;
  removeChip(): void;
  /** Removes the card, the chip, the host and every listener: the page is as it was. */
  destroy(): void;
}

export interface CardLayerOptions {
  doc: Document;
  theme: Theme;
  openEntry: (platformId: string) => void;
  /** Called with each card once it is on screen (benchmarks and tests watch this). */
  onShown?: (platformId: string) => void;
}

export function createCardLayer(o: CardLayerOptions): CardLayer {
  const { doc } = o;
  const win = doc.defaultView!;
  let theme = o.theme;
  let cardHost: CardHost | null = null;
  let current: (OpenCard & { view: CardView }) | null = null;
  let chip: HTMLElement | null = null;
  let openListeners: AbortController | null = null;
  let frame = 0;
  /** Where the card's anchor was when the card was last placed: a scroll that left it there moved nothing. */
  let placedBox: Box | null = null;
  let returnedFocus: Element | null = null;

  /** Puts focus back on what opened the card, marked so that it does not open the card again. */
  function returnFocus(el: Element): void {
    returnedFocus = el;
    (el as HTMLElement).focus();
    // The focusin event has fired by now; a later focus on it is the person's own.
    queueMicrotask(() => (returnedFocus = null));
  }

  const host = () => (cardHost ??= createCardHost(doc, theme));

  async function show(found: Found, data: CardData, label: Label, locale: Locale, via: Via): Promise<void> {
    const view = renderCard(doc, data, label, locale);
    const h = host();
    close(false);
    view.card.style.visibility = 'hidden';
    h.lens.append(view.card);
    current = { platformId: found.platformId, anchor: found.anchor, via, view };
    wire(view);
    listenWhileOpen(via);
    await position();
    if (current?.view !== view) return;
    view.card.style.visibility = '';
    if (via === 'keyboard') h.announcer.textContent = label('card.keyboardHint', { platform: data.name });
    // Opened from our chip while it has focus (keyboard, or a click that focused it): go in.
    if (via === 'click' && found.anchor.kind === 'element' && h.root.activeElement === found.anchor.el) view.card.focus();
    o.onShown?.(found.platformId);
  }

  function wire(view: CardView): void {
    view.close.addEventListener('click', () => close(true));
    view.more.addEventListener('click', () => {
      if (current) o.openEntry(current.platformId);
      close(false);
    });
    view.card.addEventListener('keydown', (e) => {
      if (e.key !== 'Tab' || !current || current.anchor.kind !== 'element') return;
      // Tabbing out of either end returns to what opened the card, so the page's own tab order
      // carries on from where the person was.
      const active = cardHost?.root.activeElement;
      const leaving = e.shiftKey ? active === view.close || active === view.card : active === view.more;
      if (!leaving) return;
      e.preventDefault();
      const el = current.anchor.el;
      if (!e.shiftKey) close(false);
      returnFocus(el);
    });
  }

  async function position(): Promise<void> {
    if (!current) return;
    const { card } = current.view;
    const box = anchorBox(current.anchor);
    placedBox = box;
    const vw = doc.documentElement.clientWidth || win.innerWidth;
    const vh = doc.documentElement.clientHeight || win.innerHeight;
    if (!box || box.y + box.height < 0 || box.y > vh || box.width + box.height === 0) {
      close(false);
      return;
    }
    card.style.maxHeight = '';
    const size = card.getBoundingClientRect();
    const dirOf = current.anchor.kind === 'element' ? current.anchor.el : current.anchor.range.startContainer.parentElement;
    const rtl = !!dirOf && win.getComputedStyle(dirOf).direction === 'rtl';
    const p = await placeCard(box, { width: size.width, height: size.height }, { width: vw, height: vh }, rtl);
    if (current?.view.card !== card) return;
    card.style.transform = `translate(${p.x}px, ${p.y}px)`;
    card.style.maxHeight = `${p.maxHeight}px`;
    card.dataset.side = p.side;
  }

  function listenWhileOpen(via: Via): void {
    openListeners = new AbortController();
    const signal = openListeners.signal;
    win.addEventListener('keydown', onKey, { capture: true, signal });
    const reposition = () => {
      if (frame) return;
      frame = win.requestAnimationFrame(() => {
        frame = 0;
        void position();
      });
    };
    // A card the pointer opened belongs to the spot where it rested: when the page scrolls, it
    // goes (as X's and Facebook's own cards do), instead of riding along over what the person
    // scrolled to read, and laying out a long feed once a frame to follow its link. A card opened
    // from the keyboard or by a click follows its link. Scrolling inside the card is not the page's.
    // The browser sends a scroll event a frame after the scroll, so the event of a scroll that
    // ended before the pointer came to rest can arrive after its card opened; pages also send
    // scroll events of their own to wake lazy loaders. Neither moved the link, so neither closes
    // its card: one box read tells, and the first real scroll closes the card.
    const onScroll = (e: Event) => {
      if (isOurs(e.target)) return;
      if (via !== 'pointer') return reposition();
      if (current && !moved(placedBox, anchorBox(current.anchor))) return;
      close(false);
    };
    win.addEventListener('scroll', onScroll, { capture: true, passive: true, signal });
    win.addEventListener('resize', reposition, { passive: true, signal });
    // A card opened by a click stays until dismissed; a press anywhere else on the page dismisses it.
    if (via === 'click') doc.addEventListener('pointerdown', (e) => !isOurs(e.target) && close(false), { capture: true, passive: true, signal });
  }

  function onKey(e: KeyboardEvent): void {
    if (!current) return;
    if (e.key === 'Escape') {
      // The card is what the person sees on top: Escape is for it, not for the page beneath.
      e.preventDefault();
      e.stopPropagation();
      close(true);
    } else if (e.key === 'ArrowDown' && e.altKey && current.anchor.kind === 'element' && doc.activeElement === current.anchor.el) {
      e.preventDefault();
      e.stopPropagation();
      current.view.card.focus();
    }
  }

  function close(giveFocusBack = false): void {
    if (frame) win.cancelAnimationFrame(frame);
    frame = 0;
    openListeners?.abort();
    openListeners = null;
    if (!current) return;
    const { view, anchor } = current;
    const focusInside = !!cardHost && !!cardHost.root.activeElement && view.card.contains(cardHost.root.activeElement);
    current = null;
    placedBox = null;
    view.card.remove();
    if (cardHost) cardHost.announcer.textContent = '';
    if (giveFocusBack && focusInside && anchor.kind === 'element' && anchor.el.isConnected) returnFocus(anchor.el);
  }

  return {
    show,
    close,
    takeReturnedFocus(el) {
      if (el !== returnedFocus) return false;
      returnedFocus = null;
      return true;
    },
    get open() {
      return current && { platformId: current.platformId, anchor: current.anchor, via: current.via };
    },
    setTheme(t) {
      theme = t;
      cardHost?.setTheme(t);
    },
    showChip(data, label, onPress) {
      chip?.remove();
      chip = renderCornerChip(doc, data, label);
      if (!chip) return;
      const el = chip;
      el.addEventListener('click', () => onPress(el));
      host().lens.append(el);
    },
    removeChip() {
      if (current?.anchor.kind === 'element' && current.anchor.el === chip) close(false);
      chip?.remove();
      chip = null;
    },
    destroy() {
      close(false);
      chip = null;
      cardHost?.remove();
      cardHost = null;
    },
  };
}

/** Did the anchor move (or leave the page) since the card was placed? A pixel is rounding, not a move. */
function moved(before: Box | null, now: Box | null): boolean {
  return !before || !now || Math.abs(now.x - before.x) > 1 || Math.abs(now.y - before.y) > 1;
}
