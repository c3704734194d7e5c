/**
 * The popup's first answer drawn with plain DOM by the start script (entrypoints/popup-start.ts)
 * as soon as the tab's address and the rows are in — before React has started. React renders
 * over it (createRoot replaces the root's content) with the same markup, so nothing moves: the
 * top bar, the platform's header and its equivalents, in the same elements, classes, test ids and
 * accessible names as components/popup/TopBar.tsx and components/shared/{PlatformHeader,
 * EquivalentList,PinButton,FitBadge,PlatformNames,Monogram}.tsx. A unit test renders both and
 * holds them equal, so a change to one side fails it. No focus is moved: on a catalogued site the
 * React view does not focus anything either.
 */
import { equivalentsOf } from '../catalogue/equivalents';
import type { Platform } from '../catalogue/schema';
import type { Pin } from '../db/personal-schema';
import type { Translate } from '../i18n/template';
import { monogramColour, monogramText } from '../../components/shared/Monogram';

type Child = Node | string | null | undefined | false;

function el(tag: string, attrs: Record<string, string | undefined>, ...children: Child[]): HTMLElement {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) if (v !== undefined) e.setAttribute(k, v);
  for (const c of children) if (c) e.append(c);
  return e;
}

const SVG = 'http://www.w3.org/2000/svg';

/** components/shared/Icons.tsx's icons: the same attributes and shapes. */
function icon(shapes: [string, Record<string, string>][], attrs: Record<string, string> = {}): SVGSVGElement {
  const svg = document.createElementNS(SVG, 'svg');
  const all: Record<string, string> = {
    width: '16',
    height: '16',
    viewBox: '0 0 24 24',
    fill: 'none',
    stroke: 'currentColor',
    'stroke-width': '2',
    'stroke-linecap': 'round',
    'stroke-linejoin': 'round',
    'aria-hidden': 'true',
    focusable: 'false',
    ...attrs,
  };
  for (const [k, v] of Object.entries(all)) svg.setAttribute(k, v);
  for (const [tag, a] of shapes) {
    const s = document.createElementNS(SVG, tag);
    for (const [k, v] of Object.entries(a)) s.setAttribute(k, v);
    svg.append(s);
  }
  return svg;
}

const SEARCH_ICON: [string, Record<string, string>][] = [
  ['circle', { cx: '11', cy: '11', r: '7' }],
  ['path', { d: 'm20 20-3.5-3.5' }],
];
const GEAR_ICON: [string, Record<string, string>][] = [
  ['circle', { cx: '12', cy: '12', r: '3' }],
  [
    'path',
    {
      d: 'M19.4 15a1.7 1.7 0 0 0 .3 1.8l.1.1a2 2 0 1 1-2.8 2.8l-.1-.1a1.7 1.7 0 0 0-1.8-.3 1.7 1.7 0 0 0-1 1.5V21a2 2 0 1 1-4 0v-.1a1.7 1.7 0 0 0-1.1-1.5 1.7 1.7 0 0 0-1.8.3l-.1.1a2 2 0 1 1-2.8-2.8l.1-.1a1.7 1.7 0 0 0 .3-1.8 1.7 1.7 0 0 0-1.5-1H3a2 2 0 1 1 0-4h.1a1.7 1.7 0 0 0 1.5-1.1 1.7 1.7 0 0 0-.3-1.8l-.1-.1a2 2 0 1 1 2.8-2.8l.1.1a1.7 1.7 0 0 0 1.8.3H9a1.7 1.7 0 0 0 1-1.5V3a2 2 0 1 1 4 0v.1a1.7 1.7 0 0 0 1 1.5 1.7 1.7 0 0 0 1.8-.3l.1-.1a2 2 0 1 1 2.8 2.8l-.1.1a1.7 1.7 0 0 0-.3 1.8V9a1.7 1.7 0 0 0 1.5 1H21a2 2 0 1 1 0 4h-.1a1.7 1.7 0 0 0-1.5 1Z',
    },
  ],
];
const STAR_ICON: [string, Record<string, string>][] = [['path', { d: 'm12 3 2.8 5.7 6.2.9-4.5 4.4 1.1 6.2L12 17.3 6.4 20.2l1.1-6.2L3 9.6l6.2-.9L12 3Z' }]];

function monogram(platform: Platform, size: 'md' | 'lg'): HTMLElement {
  const m = el(
    'span',
    { class: `cl-monogram cl-monogram--${size}`, lang: platform.region === 'chinese' && platform.hanzi ? 'zh-CN' : undefined, 'aria-hidden': 'true' },
    monogramText(platform),
  );
  m.style.background = monogramColour(platform.id);
  return m;
}

function topBar(t: Translate): HTMLElement {
  const search = el('input', {
    type: 'text',
    role: 'combobox',
    class: 'cl-search__input',
    'data-testid': 'search',
    'aria-label': t('popup.search.label'),
    'aria-expanded': 'false',
    'aria-autocomplete': 'list',
    placeholder: t('popup.search.placeholder'),
    autocomplete: 'off',
    spellcheck: 'false',
  });
  return el(
    'div',
    { class: 'cl-topbar' },
    el('button', { type: 'button', class: 'cl-brand', 'aria-label': t('popup.home'), 'data-testid': 'home' }, el('img', { src: '/icon/48.png', alt: '', width: '24', height: '24' })),
    el('div', { class: 'cl-search' }, icon(SEARCH_ICON, { class: 'cl-search__icon' }), search),
    el('button', { type: 'button', class: 'cl-icon-button', 'aria-label': t('popup.settings'), 'aria-pressed': 'false', 'data-testid': 'settings' }, icon(GEAR_ICON)),
  );
}

function header(platform: Platform, pinned: boolean, t: Translate): HTMLElement {
  const meta = [t(`region.${platform.region}`), ...platform.categories.map((c) => t(`category.${c}`))];
  if (platform.status !== 'active') meta.push(t(`status.${platform.status}`));
  const pin = el(
    'button',
    { type: 'button', class: pinned ? 'cl-pin cl-pin--on' : 'cl-pin', 'aria-pressed': String(pinned), 'aria-label': t('shared.pin.label', { platform: platform.name }), 'data-testid': 'pin' },
    icon(STAR_ICON, { fill: pinned ? 'currentColor' : 'none' }),
    el('span', { 'aria-hidden': 'true' }, pinned ? t('shared.pinned') : t('shared.pin')),
  );
  return el(
    'header',
    { class: 'cl-platform-header' },
    monogram(platform, 'lg'),
    el(
      'div',
      { class: 'cl-platform-header__text' },
      el('p', { class: 'cl-eyebrow' }, t('shared.youAreOn')),
      el(
        'h1',
        { class: 'cl-platform-header__title' },
        el('span', { 'data-testid': 'platform-name' }, platform.name),
        platform.hanzi ? el('span', { class: 'cl-platform-header__hanzi', lang: 'zh-CN' }, platform.hanzi) : null,
      ),
      platform.pinyin ? el('p', { class: 'cl-platform-header__pinyin', lang: 'zh-Latn-pinyin' }, platform.pinyin) : null,
      el('p', { class: 'cl-platform-header__meta' }, meta.join(' · ')),
    ),
    el('div', { class: 'cl-platform-header__actions' }, pin),
  );
}

/**
 * Draws the answer for the detected platform into `root` and returns true; returns false (and
 * draws nothing) when there is no answer to show at once — no platform, or none of its
 * counterparts — so the React view's own states apply.
 */
export function drawFirstAnswer(root: HTMLElement, input: { platformId: string; platforms: Platform[]; pins: Pin[]; t: Translate }): boolean {
  const { platformId, platforms, pins, t } = input;
  const platform = platforms.find((p) => p.id === platformId);
  if (!platform || root.childElementCount > 0) return false;
  const views = equivalentsOf(platform.id, { platforms });
  if (views.length === 0) return false;
  const pinned = pins.some((p) => p.platformId === platform.id);
  const headingId = 'cl-first-equivalents';
  const list = el(
    'ul',
    { class: 'cl-equivalents', 'aria-labelledby': headingId },
    ...views.map((v, i) =>
      el(
        'li',
        { 'data-testid': 'equivalent', class: i === 0 ? 'cl-equivalent cl-equivalent--chosen' : 'cl-equivalent' },
        el(
          'button',
          { type: 'button', class: 'cl-equivalent__button', 'aria-pressed': String(i === 0) },
          monogram(v.platform, 'md'),
          el(
            'span',
            { class: 'cl-equivalent__body' },
            el(
              'span',
              { class: 'cl-equivalent__top' },
              el(
                'span',
                { class: 'cl-names' },
                el('span', { class: 'cl-names__name', 'data-testid': 'equivalent-name' }, v.platform.name),
                v.platform.hanzi ? el('span', { class: 'cl-names__hanzi', lang: 'zh-CN' }, v.platform.hanzi) : null,
                v.platform.pinyin ? el('span', { class: 'cl-names__pinyin', lang: 'zh-Latn-pinyin' }, v.platform.pinyin) : null,
              ),
              el(
                'span',
                { class: 'cl-badges' },
                el('span', { class: `cl-fit cl-fit--${v.fit}`, 'data-testid': 'fit' }, t(`fit.${v.fit}`)),
                v.pairing.historical ? el('span', { class: 'cl-fit cl-fit--historical' }, t('historical')) : null,
              ),
            ),
            el('span', { class: 'cl-equivalent__why' }, v.pairing.why),
          ),
        ),
      ),
    ),
  );
  const side = platform.region === 'western' ? 'chinese' : 'western';
  root.append(
    el(
      'div',
      // Marks the stand-in until React takes over (its buttons do nothing yet): the e2e page object waits for it to go.
      { class: 'cl-popup', 'data-first-draw': '' },
      topBar(t),
      el(
        'main',
        { class: 'cl-popup__main' },
        el(
          'article',
          { class: 'cl-entry', 'data-testid': 'entry', 'data-platform': platform.id },
          header(platform, pinned, t),
          el(
            'section',
            { 'aria-labelledby': headingId, class: 'cl-block' },
            el('h2', { id: headingId, class: 'cl-section-title' }, side === 'chinese' ? t('shared.equivalents.chinese') : t('shared.equivalents.western')),
            list,
          ),
        ),
      ),
    ),
  );
  return true;
}
