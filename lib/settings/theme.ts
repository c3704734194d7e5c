/** The theme a page shows for the theme setting: "system" follows the system's dark mode. */
import type { Settings } from './schema';

export const DARK_QUERY = '(prefers-color-scheme: dark)';

export function resolveTheme(theme: Settings['theme'], systemDark: boolean): 'light' | 'dark' {
  return theme === 'system' ? (systemDark ? 'dark' : 'light') : theme;
}

/** resolveTheme with the system's current preference (light where it cannot be asked). */
export function appliedTheme(theme: Settings['theme']): 'light' | 'dark' {
  return resolveTheme(theme, typeof matchMedia === 'function' && matchMedia(DARK_QUERY).matches);
}
