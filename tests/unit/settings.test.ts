import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, SETTINGS_VERSION } from '@/lib/settings/defaults';
import { migrateSettings, parseSettings } from '@/lib/settings/schema';

describe('stored settings', () => {
  it('version 0 (flat, hoverCards switch) upgrades to the current shape, keeping the choice', () => {
    const v0 = { theme: 'dark', language: 'sv', hoverCards: false };
    const upgraded = migrateSettings(v0, 0);
    expect(upgraded.theme).toBe('dark');
    expect(upgraded.language).toBe('sv');
    expect(upgraded.cards.enabled).toBe(false);
    expect(upgraded.cards.delayMs).toBe(DEFAULT_SETTINGS.cards.delayMs);
    expect(upgraded).not.toHaveProperty('hoverCards');
    expect(SETTINGS_VERSION).toBe(1);
  });

  it('broken or foreign values fall back to defaults field by field', () => {
    const parsed = parseSettings({ theme: 'purple', language: 42, cards: { delayMs: -5, mentions: false, sites: { x: false } } });
    expect(parsed.theme).toBe('system');
    expect(parsed.language).toBe('auto');
    expect(parsed.cards.delayMs).toBe(300);
    expect(parsed.cards.mentions).toBe(false);
    expect(parsed.cards.sites).toEqual({ facebook: true, x: false, quora: true });
  });

  it('nothing stored gives the defaults', () => {
    expect(parseSettings(undefined)).toEqual(DEFAULT_SETTINGS);
  });
});
