import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { PopupApp } from '@/components/popup/PopupApp';
import type { Catalogue } from '@/lib/catalogue/schema';
import { createDatabase, type ChinaLensDb } from '@/lib/db/database';
import type { Pin } from '@/lib/db/personal-schema';
import { buildHostIndex, type HostIndex } from '@/lib/detect/host-index';
import { detectPlatform } from '@/lib/detect/detect-platform';
import type { Locale } from '@/lib/i18n/locales';
import { pageTranslator } from '@/lib/i18n/page-messages';
import { drawFirstAnswer } from '@/lib/popup/first-answer-dom';
import { usePopupView } from '@/lib/popup/view-store';
import { DEFAULT_SETTINGS } from '@/lib/settings/defaults';
import { useSettings } from '@/lib/settings/store';
import { loadCatalogue } from './support/catalogue';

let catalogue: Catalogue;
let hostIndex: HostIndex;
let db: ChinaLensDb;
let n = 0;

beforeAll(() => {
  catalogue = loadCatalogue();
  hostIndex = buildHostIndex(catalogue.platforms);
});

beforeEach(async () => {
  db = createDatabase(`first-answer-${n++}`);
  await db.open();
  usePopupView.getState().reset();
});

afterEach(async () => {
  cleanup();
  await new Promise((r) => setTimeout(r, 50));
  db.close();
  await db.delete();
});

/** An element's markup with attributes sorted and React's generated ids left out (the plain DOM has its own). */
function shape(node: Element): string {
  const attrs = [...node.attributes]
    .filter((a) => a.name !== 'id' && a.name !== 'aria-labelledby' && a.name !== 'value')
    .map((a) => `${a.name}="${a.value}"`)
    .sort()
    .join(' ');
  const children = [...node.childNodes].map((c) => (c.nodeType === 1 ? shape(c as Element) : (c.textContent ?? ''))).join('');
  return `<${node.tagName.toLowerCase()} ${attrs}>${children}</${node.tagName.toLowerCase()}>`;
}

/** What the person sees first: the top bar, the platform's header and its equivalents (heading and list). */
function firstAnswer(root: Element): string[] {
  const section = root.querySelector('.cl-equivalents')?.closest('section');
  return [root.querySelector('.cl-topbar'), root.querySelector('.cl-platform-header'), section].map((e) => (e ? shape(e) : 'missing'));
}

async function both(url: string, locale: Locale, pins: Pin[]) {
  useSettings.setState({ ...DEFAULT_SETTINGS, language: locale });
  const platformId = detectPlatform(url, hostIndex)!.platformId;
  const plain = document.createElement('div');
  const drawn = drawFirstAnswer(plain, { platformId, platforms: catalogue.platforms, pins, t: pageTranslator(locale) });
  const detect = (u: string) => detectPlatform(u, hostIndex)?.platformId ?? null;
  const { container } = render(<PopupApp db={db} pageUrl={() => Promise.resolve(url)} detect={detect} initial={{ url, platforms: catalogue.platforms, pins }} />);
  await screen.findByTestId('platform-name');
  return { drawn, plain: firstAnswer(plain), react: firstAnswer(container) };
}

describe('the first answer the start script draws', () => {
  it('on x.com is the same markup the React view renders over it (English, not pinned)', async () => {
    const { drawn, plain, react } = await both('https://x.com/home', 'en', []);
    expect(drawn).toBe(true);
    expect(plain).toEqual(react);
    expect(plain.join('')).toContain('Weibo');
  });

  it('on zhihu.com in Chinese with the platform pinned is the same markup too', async () => {
    const pins: Pin[] = [{ platformId: 'zhihu', pinnedAt: 1 }];
    const { drawn, plain, react } = await both('https://www.zhihu.com/', 'zh-CN', pins);
    expect(drawn).toBe(true);
    expect(plain).toEqual(react);
    expect(plain.join('')).toContain('Quora');
    expect(plain.join('')).toContain('aria-pressed="true"');
  });

  it('draws nothing for an unknown platform or into a root that already has content', () => {
    const t = pageTranslator('en');
    const root = document.createElement('div');
    expect(drawFirstAnswer(root, { platformId: 'no-such-platform', platforms: catalogue.platforms, pins: [], t })).toBe(false);
    expect(root.childElementCount).toBe(0);
    root.append(document.createElement('p'));
    expect(drawFirstAnswer(root, { platformId: 'x', platforms: catalogue.platforms, pins: [], t })).toBe(false);
    expect(root.childElementCount).toBe(1);
  });
});
