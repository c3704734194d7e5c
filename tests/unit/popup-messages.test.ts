import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MESSAGES } from '@/lib/i18n/messages';
import { POPUP_DICTIONARIES } from '@/lib/popup/popup-messages';

const ROOT = resolve(import.meta.dirname, '../..');
const sourcesIn = (dir: string) =>
  readdirSync(join(ROOT, dir), { recursive: true, encoding: 'utf8' })
    .filter((f) => /\.tsx?$/.test(f))
    .map((f) => ({ file: join(dir, f), text: readFileSync(join(ROOT, dir, f), 'utf8') }));

describe('the popup loads only the strings it shows', () => {
  const popupKeys = new Set(POPUP_DICTIONARIES.flatMap((d) => Object.keys(d.en)));
  const allKeys = new Set(Object.keys(MESSAGES.en));
  // The popup's components, the shared components it is built from, and its lib code.
  const sources = [...sourcesIn('components/popup'), ...sourcesIn('components/shared'), ...sourcesIn('lib/popup')];

  it('every UI string the popup names is in the dictionaries it registers', () => {
    const missing: string[] = [];
    for (const { file, text } of sources) {
      for (const [, key] of text.matchAll(/['"`]([a-zA-Z]+\.[\w.-]+)['"`]/g)) if (allKeys.has(key!) && !popupKeys.has(key!)) missing.push(`${file}: ${key}`);
      // Keys built from a prefix (t(`category.${id}`)): every key with that prefix must be there.
      for (const [, prefix] of text.matchAll(/`([a-zA-Z]+\.(?:[\w-]+\.)*)\$\{/g)) {
        for (const key of allKeys) if (key.startsWith(prefix!) && !popupKeys.has(key)) missing.push(`${file}: ${key} (from ${prefix}…)`);
      }
    }
    expect(missing).toEqual([]);
  });

  it('the catalogue page and hover-card strings stay out', () => {
    expect([...popupKeys].filter((k) => k.startsWith('catalogue.') || k.startsWith('card.'))).toEqual([]);
  });
});
