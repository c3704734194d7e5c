import { buildCardData } from '../catalogue/card-data';
import { onMessage } from '../messaging/on-message';
import { cardLabelsFor } from './card-labels';
import { databaseReady } from './database-ready';
import { openCatalogueEntry } from './open-catalogue-entry';
import { showPlatformOnTab } from './setup-badge';

export function setUpMessages(): void {
  onMessage({
    async pageDetected({ platformId }, sender) {
      if (sender.tab?.id !== undefined) await showPlatformOnTab(sender.tab.id, platformId);
      return { ok: true };
    },
    async getCard({ platformId }) {
      const db = await databaseReady();
      const [platforms, sources] = await Promise.all([db.platforms.toArray(), db.sources.toArray()]);
      return buildCardData(platformId, platforms, sources);
    },
    async cardLabels({ locale }) {
      return cardLabelsFor(locale);
    },
    async openEntry({ platformId }, sender) {
      return openCatalogueEntry(platformId, sender);
    },
  });
}
