/**
 * Renders public/icon.svg to the PNG sizes the manifests use (public/icon/<size>.png), with the
 * system Chromium. Run after editing the SVG: node --import tsx scripts/make-icons.ts
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import puppeteer from 'puppeteer-core';

const root = resolve(import.meta.dirname, '..');
const svg = readFileSync(resolve(root, 'public/icon.svg'), 'utf8');
const browser = await puppeteer.launch({ executablePath: '/usr/bin/chromium', headless: true, args: ['--no-sandbox', '--disable-gpu'] });
const page = await browser.newPage();
for (const size of [16, 32, 48, 96, 128]) {
  await page.setViewport({ width: size, height: size, deviceScaleFactor: 1 });
  await page.setContent(`<html><body style="margin:0;background:transparent">${svg.replace('<svg ', `<svg width="${size}" height="${size}" `)}</body></html>`);
  await page.screenshot({ path: resolve(root, `public/icon/${size}.png`) as `${string}.png`, omitBackground: true });
}
await browser.close();
console.log('icons written to public/icon/');
