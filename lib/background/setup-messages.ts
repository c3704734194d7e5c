import { hostIndex } from 'virtual:china-lens/host-index';
import { detectPlatform } from '../detect/detect-platform';
import { onMessage } from '../messaging/on-message';
import { createCardAnswers } from './card-answers';
import { cardLabelsFor } from './card-labels';
import { databaseReady } from './database-ready';
import { openCatalogueEntry } from './open-catalogue-entry';
import { showPlatformOnTab } from './setup-badge';

export function setUpMessages(): void {
  const cardAnswer = createCardAnswers(databaseReady);
  onMessage({
    async pageDetected({ url }, sender) {
      if (sender.tab?.id !== undefined) await showPlatformOnTab(sender.tab.id, detectPlatform(url, hostIndex)?.platformId ?? null);
      return { ok: true };
    },
    async getCard({ platformId }) {
      return cardAnswer(platformId);
    },
    async cardLabels({ locale }) {
      return cardLabelsFor(locale);
    },
    async openEntry({ platformId }, sender) {
      return openCatalogueEntry(platformId, sender);
    },
  });
}
