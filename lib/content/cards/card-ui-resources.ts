/**
 * The manifest entry that lets the content script import hover cards' code, /cards.js
 * (cards-loader.ts), and the card's drawing code, /card-ui.js (card-ui-loader.ts):
 * web-accessible resources, exposed only to the sites where hover cards run. Not a permission.
 * Used by wxt.config.ts at build time.
 */
import type { Platform } from '../../catalogue/schema';
import { toMatchPatterns } from '../../detect/host-index';
import { CARD_SITES } from '../../settings/defaults';
import { CARD_UI_FILE } from './card-ui-file';
import { CARDS_FILE } from './cards-file';

type Mv3Resource = { resources: string[]; matches: string[] };

export function cardUiWebAccessibleResources(manifestVersion: 2 | 3, platforms: Pick<Platform, 'id' | 'hosts'>[]): string[] | Mv3Resource[] {
  const files = [CARDS_FILE, CARD_UI_FILE].map((f) => f.slice(1));
  if (manifestVersion === 2) return files;
  const hosts = platforms.filter((p) => (CARD_SITES as readonly string[]).includes(p.id)).flatMap((p) => p.hosts);
  return [{ resources: files, matches: toMatchPatterns(hosts) }];
}
