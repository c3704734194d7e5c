import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_SETTINGS, SETTINGS_STORAGE_KEY } from '@/lib/settings/defaults';
import { useSettings } from '@/lib/settings/store';

const stored = async () => (await fakeBrowser.storage.local.get(SETTINGS_STORAGE_KEY))[SETTINGS_STORAGE_KEY];

beforeEach(() => {
  useSettings.setState({ ...DEFAULT_SETTINGS });
});

describe('the settings store reading what is stored', () => {
  it('upgrades a version-0 value (flat hoverCards switch) when it loads, keeping the choices', async () => {
    await fakeBrowser.storage.local.set({ [SETTINGS_STORAGE_KEY]: { state: { theme: 'dark', language: 'sv', hoverCards: false }, version: 0 } });
    await useSettings.persist.rehydrate();
    const s = useSettings.getState();
    expect(s.theme).toBe('dark');
    expect(s.language).toBe('sv');
    expect(s.cards.enabled).toBe(false);
    expect(s).not.toHaveProperty('hoverCards');
  });

  it('replaces broken fields with defaults, field by field', async () => {
    await fakeBrowser.storage.local.set({ [SETTINGS_STORAGE_KEY]: { state: { theme: 'purple', language: 'zh-CN', cards: { delayMs: -5, sites: { x: false } } }, version: 1 } });
    await useSettings.persist.rehydrate();
    const s = useSettings.getState();
    expect(s.theme).toBe('system');
    expect(s.language).toBe('zh-CN');
    expect(s.cards.delayMs).toBe(DEFAULT_SETTINGS.cards.delayMs);
    expect(s.cards.sites).toEqual({ facebook: true, x: false, quora: true });
  });

  it('with nothing (or garbage) stored, keeps the defaults', async () => {
    await useSettings.persist.rehydrate();
    expect(useSettings.getState().theme).toBe(DEFAULT_SETTINGS.theme);
    await fakeBrowser.storage.local.set({ [SETTINGS_STORAGE_KEY]: 'not settings' });
    await useSettings.persist.rehydrate();
    expect(useSettings.getState().cards).toEqual(DEFAULT_SETTINGS.cards);
  });

  it('stores a change as the current version', async () => {
    useSettings.getState().setTheme('dark');
    await new Promise((r) => setTimeout(r, 0));
    expect(await stored()).toMatchObject({ state: { theme: 'dark' }, version: 1 });
  });
});
