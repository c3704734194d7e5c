import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cardSiteOf, cardsOn, readCardSettings } from '@/lib/content/cards/card-settings';
import { DEFAULT_SETTINGS, SETTINGS_VERSION } from '@/lib/settings/defaults';
import { migrateSettings } from '@/lib/settings/schema';

describe('settings as the content script reads them (no Zod)', () => {
  it('nothing stored: the defaults', () => {
    expect(readCardSettings(undefined)).toEqual(DEFAULT_SETTINGS);
  });

  it('reads what the popup stored', () => {
    const stored = { state: { theme: 'dark', language: 'zh-CN', cards: { enabled: true, delayMs: 800, mentions: false, chip: true, sites: { facebook: true, x: false, quora: true } } }, version: SETTINGS_VERSION };
    const s = readCardSettings(stored);
    expect(s).toEqual(stored.state);
    expect(cardsOn(s, 'x')).toBe(false);
    expect(cardsOn(s, 'quora')).toBe(true);
  });

  it('the global switch wins over the sites', () => {
    const s = readCardSettings({ state: { cards: { enabled: false } }, version: SETTINGS_VERSION });
    expect(cardsOn(s, 'facebook')).toBe(false);
  });

  it('gives exactly what the settings store gives, for any stored value', () => {
    const anyValue = fc.oneof(fc.boolean(), fc.integer({ min: -10, max: 3000 }), fc.constantFrom('dark', 'light', 'system', 'sv', 'zh-CN', 'en', 'auto', 'purple'), fc.constant(null));
    const stored = fc.record(
      {
        state: fc.record(
          {
            theme: anyValue,
            language: anyValue,
            hoverCards: anyValue,
            cards: fc.oneof(
              anyValue,
              fc.record({ enabled: anyValue, delayMs: anyValue, mentions: anyValue, chip: anyValue, sites: fc.oneof(anyValue, fc.record({ facebook: anyValue, x: anyValue, quora: anyValue }, { requiredKeys: [] })) }, { requiredKeys: [] }),
            ),
          },
          { requiredKeys: [] },
        ),
        version: fc.constantFrom(0, 1),
      },
      { requiredKeys: ['state'] },
    );
    fc.assert(
      fc.property(stored, (value) => {
        expect(readCardSettings(value)).toEqual(migrateSettings(value.state, value.version ?? 0));
      }),
      { numRuns: 500 },
    );
  });
});

it('hover cards are for Facebook, X and Quora pages only', () => {
  expect(cardSiteOf('facebook')).toBe('facebook');
  expect(cardSiteOf('x')).toBe('x');
  expect(cardSiteOf('quora')).toBe('quora');
  expect(cardSiteOf('youtube')).toBeNull();
  expect(cardSiteOf(null)).toBeNull();
});
