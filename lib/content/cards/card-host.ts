/**
 * The one element China Lens adds to a page: a host with a shadow root holding the card, the
 * corner chip and a screen-reader announcer. Made when the first card or the chip is needed, never
 * at page start. The stylesheet is adopted (constructable) where the browser allows it — a page's
 * Content-Security-Policy governs <style> elements but not adopted sheets — with a <style>
 * element as the fallback.
 */
import { CARD_CSS } from './card-styles';
import { fallbackHostTag, HOST_TAG } from './host-tag';

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
  const { host, root } = attachHost(doc, HOST_TAG) ?? attachHost(doc, fallbackHostTag()) ?? failed();
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

/**
 * Puts an empty host under `tag` on the page and gives it our shadow root, or returns null (and
 * takes it away again) if the page owns that tag. A page may define a custom element under any
 * name, ours included, before we run. An element made by document.createElement would be built
 * by the page's constructor at once, and whatever that constructor does wrong (throwing, adding
 * attributes) is reported as our script's error. So the host is made in an inert document, which
 * has no custom elements, and only then moved into the page: if the page defined the tag, its
 * constructor runs there as an upgrade, in the page's own name. The element is ours only if it
 * is still undefined (no definition, or the page's constructor threw), still in the page, and
 * takes a shadow root (the page's may have taken one itself, or forbidden them).
 */
function attachHost(doc: Document, tag: string): { host: HTMLElement; root: ShadowRoot } | null {
  const host = doc.implementation.createHTMLDocument('').createElement(tag);
  // After <body>, not inside it: the page's app re-renders its own root, never this.
  doc.documentElement.append(host);
  if (host.isConnected && !host.matches(':defined')) {
    try {
      return { host, root: host.attachShadow({ mode: 'open' }) };
    } catch {
      // The page's element after all: fall through and leave it.
    }
  }
  host.remove();
  return null;
}

function failed(): never {
  throw new Error('no element to hold the card: the page took every name tried');
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
