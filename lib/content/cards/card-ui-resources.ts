/**
 * The manifest entry that lets the content script import /card-ui.js (card-ui-loader.ts): a
 * web-accessible resource, exposed only to the sites where hover cards run. Not a permission.
 * Used by wxt.config.ts at build time.
 */
import type { Platform } from '../../catalogue/schema';
import { toMatchPatterns } from '../../detect/host-index';
import { CARD_SITES } from '../../settings/defaults';
import { CARD_UI_FILE } from './card-ui-file';

type Mv3Resource = { resources: string[]; matches: string[] };

export function cardUiWebAccessibleResources(manifestVersion: 2 | 3, platforms: Pick<Platform, 'id' | 'hosts'>[]): string[] | Mv3Resource[] {
  const file = CARD_UI_FILE.slice(1);
  if (manifestVersion === 2) return [file];
  const hosts = platforms.filter((p) => (CARD_SITES as readonly string[]).includes(p.id)).flatMap((p) => p.hosts);
  return [{ resources: [file], matches: toMatchPatterns(hosts) }];
}
