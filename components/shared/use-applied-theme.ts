/** Applies the theme setting to <html data-theme>, following the system when set to "system". */
import { useLayoutEffect } from 'react';
import type { Settings } from '@/lib/settings/schema';
import { DARK_QUERY, resolveTheme } from '@/lib/settings/theme';

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
