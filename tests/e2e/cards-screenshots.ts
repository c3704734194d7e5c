/**
 * Pictures of hover cards on the stand-in Facebook, X and Quora pages, for README and review:
 * docs/screenshots/card-<name>.png. Same browser, extension and stand-ins as the e2e tests.
 *
 *   node --import tsx tests/e2e/cards-screenshots.ts [output dir]
 *
 * Builds nothing: run `npm run build` first.
 */
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Page } from 'puppeteer-core';
import { makeCertificate } from './support/certs';
import { startSession } from './support/session';
import { sleep } from './support/wait';

const ROOT = resolve(import.meta.dirname, '../..');
const OUT = resolve(process.argv[2] ?? join(ROOT, 'docs/screenshots'));

interface Shot {
  name: string;
  url: string;
  selector: string;
  text?: string;
  theme: 'light' | 'dark';
  language?: 'en' | 'zh-CN' | 'sv';
  chip?: boolean;
}

const SHOTS: Shot[] = [
  { name: 'card-facebook', url: 'https://www.facebook.com/cards', selector: '#fb-shim-youtube', theme: 'light' },
  { name: 'card-x', url: 'https://x.com/cards', selector: '#x-hashtag', text: 'Xiaohongshu', theme: 'light' },
  { name: 'card-quora', url: 'https://www.quora.com/cards', selector: '#qa-text-zh', text: '知乎', theme: 'light' },
  { name: 'card-x-dark-zh', url: 'https://x.com/cards', selector: '#x-tco-text', theme: 'dark', language: 'zh-CN' },
  { name: 'card-facebook-chip', url: 'https://www.facebook.com/cards', selector: '', theme: 'light', chip: true },
];

async function main() {
  mkdirSync(OUT, { recursive: true });
  const certificate = makeCertificate(join(import.meta.dirname, '.certs'));
  const session = await startSession('chromium', { extensionDir: join(ROOT, '.output/chrome-mv3'), pagesDir: join(import.meta.dirname, 'pages'), certificate });
  try {
    for (const shot of SHOTS) {
      await session.extension.probePage.evaluate(
        async (s) => {
          type Api = { storage: { local: { set(items: object): Promise<void> } } };
          const g = globalThis as unknown as { browser?: Api; chrome?: Api };
          await (g.browser ?? g.chrome)!.storage.local.set({
            settings: { state: { theme: s.theme, language: s.language ?? 'en', cards: { enabled: true, delayMs: 100, mentions: true, chip: !!s.chip, sites: { facebook: true, x: true, quora: true } } }, version: 1 },
          });
        },
        { theme: shot.theme, language: shot.language, chip: shot.chip },
      );
      const page = await session.browser.newPage();
      await page.setViewport({ width: 1000, height: 860, deviceScaleFactor: 1 });
      await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: shot.theme }]);
      await page.goto(shot.url, { waitUntil: 'load' });
      const clip = shot.chip ? await pressChip(page) : await hover(page, shot.selector, shot.text);
      const file = join(OUT, `${shot.name}.png`) as `${string}.png`;
      await page.screenshot({ path: file, clip, captureBeyondViewport: false });
      console.log(file);
      await page.close();
    }
  } finally {
    await session.close();
  }
}

/** Rests the pointer on the target and returns a region holding it and its card. */
async function hover(page: Page, selector: string, text?: string) {
  const at = await page.evaluate(
    (sel, txt) => {
      const el = document.querySelector(sel)!;
      let r = el.getClientRects()[0]!;
      if (txt) {
        const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
        for (let n = walker.nextNode(); n; n = walker.nextNode()) {
          const i = (n as Text).data.indexOf(txt);
          if (i === -1) continue;
          const range = document.createRange();
          range.setStart(n, i);
          range.setEnd(n, i + txt.length);
          r = range.getClientRects()[0]!;
          break;
        }
      }
      return { x: r.left + Math.min(r.width / 2, 40), y: r.top + r.height / 2, left: r.left, top: r.top, right: r.right, bottom: r.bottom };
    },
    selector,
    text ?? null,
  );
  await page.mouse.move(at.x + 30, at.y + 30);
  await page.mouse.move(at.x, at.y, { steps: 3 });
  return cardRegion(page, at);
}

async function pressChip(page: Page) {
  await page.waitForFunction(() => !!document.querySelector('china-lens-card')?.shadowRoot?.querySelector('.chip'), { timeout: 10_000 });
  const at = await page.evaluate(() => {
    const r = document.querySelector('china-lens-card')!.shadowRoot!.querySelector('.chip')!.getBoundingClientRect();
    return { x: r.left + r.width / 2, y: r.top + r.height / 2, left: r.left, top: r.top, right: r.right, bottom: r.bottom };
  });
  await page.mouse.click(at.x, at.y);
  await page.mouse.move(at.x + 400, at.y - 300);
  return cardRegion(page, at);
}

async function cardRegion(page: Page, anchor: { left: number; top: number; right: number; bottom: number }) {
  await page.waitForFunction(
    () => {
      const c = document.querySelector('china-lens-card')?.shadowRoot?.querySelector<HTMLElement>('.card');
      return !!c && c.style.visibility !== 'hidden' && c.getBoundingClientRect().width > 0;
    },
    { timeout: 10_000 },
  );
  await sleep(300); // the card's fade-in
  const card = await page.evaluate(() => {
    const r = document.querySelector('china-lens-card')!.shadowRoot!.querySelector('.card')!.getBoundingClientRect();
    return { left: r.left, top: r.top, right: r.right, bottom: r.bottom };
  });
  const vw = 1000;
  const vh = 860;
  const pad = 24;
  const left = Math.max(0, Math.min(anchor.left, card.left) - pad - 140);
  const top = Math.max(0, Math.min(anchor.top, card.top) - pad - 40);
  const right = Math.min(vw, Math.max(anchor.right, card.right) + pad + 140);
  const bottom = Math.min(vh, Math.max(anchor.bottom, card.bottom) + pad);
  return { x: left, y: top, width: right - left, height: bottom - top };
}

main().then(
  () => process.exit(0),
  (e) => {
    console.error(e);
    process.exit(1);
  },
);
