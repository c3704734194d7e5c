import { matchPatterns } from 'virtual:china-lens/host-index';
import { reportPagePlatform } from '@/lib/content/report-page-platform';

export default defineContentScript({
  // Generated from the catalogue's hosts at build time, so hosts are typed once (in data/).
  matches: matchPatterns,
  runAt: 'document_idle',
  main(ctx) {
    reportPagePlatform(ctx);
  },
});
