/**
 * Hover cards' contract with the page — where: Facebook, X and Quora pages (the content script
 * calls this only there); when: once the stored settings say so, and at once on every later
 * change (storage events, no reload); stop: when switched off, or when the extension is updated
 * or removed (the content script's context is invalidated) — listeners go, and the host element
 * with them, leaving the page as it was.
 */
import { hostIndexJson, mentionIndexJson } from 'virtual:china-lens/host-index';
import type { HostIndex } from '../../detect/host-index';
import type { MentionIndex } from '../../detect/mention-index';
import { browser } from 'wxt/browser';
import type { PageContext } from '../start-context';
import { resolveLocale, type Locale } from '../../i18n/locales';
import { sendMessage } from '../../messaging/send-message';
import { SETTINGS_STORAGE_KEY, type CardSite } from '../../settings/defaults';
import { createCardCache } from './card-cache';
import { labelsLookup, type Label } from './card-labels';
import type { CardLayer } from './card-layer';
import { cardsOn, readCardSettings, type CardSettings } from './card-settings';
import { loadCardUi } from './card-ui-loader';
import { createHoverCards } from './hover-cards';

/** Fired on the document when a card is on screen (detail: platform id); tests and benches listen. */
export const CARD_SHOWN_EVENT = 'china-lens:card-shown';

export function startCards(ctx: PageContext, site: CardSite, doc: Document = document): void {
  const cards = createCardCache((platformId) => sendMessage('getCard', { platformId }));
  const labels = new Map<Locale, Promise<Label>>();
  let settings: CardSettings | null = null;
  let layer: Promise<CardLayer> | null = null;

  const locale = () => resolveLocale(settings?.language ?? 'auto', navigator.language);
  const getLabels = (l: Locale) => {
    let p = labels.get(l);
    if (!p) {
      p = sendMessage('cardLabels', { locale: l }).then(labelsLookup);
      p.catch(() => labels.delete(l));
      labels.set(l, p);
    }
    return p;
  };
  const getLayer = () => {
    layer ??= loadCardUi().then((ui) =>
      ui.createCardLayer({
        doc,
        theme: settings?.theme ?? 'system',
        openEntry: (platformId) => void sendMessage('openEntry', { platformId }).catch(() => undefined),
        onShown: (platformId) => doc.dispatchEvent(new CustomEvent(CARD_SHOWN_EVENT, { detail: platformId })),
      }),
    );
    layer.catch(() => (layer = null));
    return layer;
  };

  // Parsed when the pointer first rests on something (JSON.parse of a string is cheaper than the
  // same object literal in the script, and nothing is paid on pages nobody hovers).
  let hostIndex: HostIndex | null = null;
  const hosts = () => (hostIndex ??= JSON.parse(hostIndexJson) as HostIndex);
  let mentionIndex: MentionIndex | null = null;
  const mentions = () => (mentionIndex ??= JSON.parse(mentionIndexJson) as MentionIndex);

  const hover = createHoverCards({ doc, pagePlatformId: site, hostIndex: hosts, mentionIndex: mentions, getCard: cards.get, getLabels, layer: getLayer, locale });

  let chipWanted = '';
  async function syncChip(): Promise<void> {
    const want = settings && cardsOn(settings, site) && settings.cards.chip ? `${locale()}` : '';
    if (want === chipWanted) return;
    chipWanted = want;
    if (!want) {
      if (layer) (await layer).removeChip();
      return;
    }
    try {
      const [data, label, l] = await Promise.all([cards.get(site), getLabels(locale()), getLayer()]);
      if (chipWanted !== want || !data) return;
      l.showChip(data, label, (chip) => {
        const box = chip.getBoundingClientRect();
        const open = l.open;
        if (open?.anchor.kind === 'element' && open.anchor.el === chip) l.close(true);
        else void hover.show({ platformId: site, anchor: { kind: 'element', el: chip, x: box.left + 1, y: box.top + 1 } }, 'click');
      });
    } catch {
      chipWanted = ''; // asked again on the next settings change
    }
  }

  async function apply(next: CardSettings): Promise<void> {
    settings = next;
    if (cardsOn(next, site)) {
      hover.apply(next);
      if (layer) (await layer).setTheme(next.theme);
    } else {
      hover.stop();
      chipWanted = '';
      if (layer) (await layer).destroy();
    }
    await syncChip();
  }

  const onChanged = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area === 'local' && SETTINGS_STORAGE_KEY in changes) void apply(readCardSettings(changes[SETTINGS_STORAGE_KEY]!.newValue)).catch(() => undefined);
  };
  browser.storage.onChanged.addListener(onChanged);
  ctx.onInvalidated(() => {
    browser.storage.onChanged.removeListener(onChanged);
    hover.stop();
    void layer?.then((l) => l.destroy());
  });
  // In-app navigation (X, Facebook) swaps the page under the card: its anchor is gone.
  ctx.addEventListener(window, 'wxt:locationchange', () => hover.close());

  browser.storage.local
    .get(SETTINGS_STORAGE_KEY)
    .then((stored) => {
      // A change event may have arrived first; it is newer.
      if (!settings && ctx.isValid) return apply(readCardSettings(stored[SETTINGS_STORAGE_KEY]));
    })
    .catch(() => undefined);
}
