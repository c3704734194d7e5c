/** Applies the theme setting to <html data-theme>, following the system when set to "system". */
import { useLayoutEffect } from 'react';
import type { Settings } from '@/lib/settings/schema';

const DARK_QUERY = '(prefers-color-scheme: dark)';

export function resolveTheme(theme: Settings['theme'], systemDark: boolean): 'light' | 'dark' {
  return theme === 'system' ? (systemDark ? 'dark' : 'light') : theme;
}

export function useAppliedTheme(theme: Settings['theme']): void {
  // Before paint, so a dark-theme popup never flashes light.
  useLayoutEffect(() => {
    const media = typeof matchMedia === 'function' ? matchMedia(DARK_QUERY) : undefined;
    const apply = () => {
      document.documentElement.dataset.theme = resolveTheme(theme, media?.matches ?? false);
    };
    apply();
    media?.addEventListener('change', apply);
    return () => media?.removeEventListener('change', apply);
  }, [theme]);
}
