/**
 * The one element China Lens adds to a page: a host with a shadow root holding the card, the
 * corner chip and a screen-reader announcer. Made when the first card or the chip is needed, never
 * at page start. The stylesheet is adopted (constructable) where the browser allows it — a page's
 * Content-Security-Policy governs <style> elements but not adopted sheets — with a <style>
 * element as the fallback.
 */
import { CARD_CSS } from './card-styles';
import { HOST_TAG } from './host-tag';

export type Theme = 'system' | 'light' | 'dark';

export interface CardHost {
  host: HTMLElement;
  root: ShadowRoot;
  /** Holds the card and the chip; carries the theme. */
  lens: HTMLElement;
  /** A polite live region for keyboard hints. */
  announcer: HTMLElement;
  setTheme(theme: Theme): void;
  remove(): void;
}

export function createCardHost(doc: Document, theme: Theme): CardHost {
  const host = doc.createElement(HOST_TAG);
  const root = host.attachShadow({ mode: 'open' });
  adoptStyles(doc, root);
  const lens = doc.createElement('div');
  lens.className = 'lens';
  lens.dir = 'ltr';
  lens.dataset.theme = theme;
  const announcer = doc.createElement('div');
  announcer.className = 'sr';
  announcer.setAttribute('role', 'status');
  announcer.setAttribute('aria-live', 'polite');
  lens.append(announcer);
  root.append(lens);
  // After <body>, not inside it: the page's app re-renders its own root, never this.
  doc.documentElement.append(host);
  return {
    host,
    root,
    lens,
    announcer,
    setTheme: (t) => {
      lens.dataset.theme = t;
    },
    remove: () => host.remove(),
  };
}

function adoptStyles(doc: Document, root: ShadowRoot): void {
  try {
    const View = doc.defaultView as (Window & { CSSStyleSheet: typeof CSSStyleSheet }) | null;
    const sheet = new (View?.CSSStyleSheet ?? CSSStyleSheet)();
    sheet.replaceSync(CARD_CSS);
    root.adoptedStyleSheets = [sheet];
    if (root.adoptedStyleSheets.length === 1) return;
  } catch {
    // Older engines, or a sandbox that cannot hand its sheet to the page's document: use <style>.
  }
  const style = doc.createElement('style');
  style.textContent = CARD_CSS;
  root.append(style);
}
