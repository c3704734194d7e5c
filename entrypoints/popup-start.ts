import { startPopupPrefetch } from '@/lib/popup/prefetch';

// Loaded by popup.html as a classic script before the popup's module: starts its first reads
// (lib/popup/prefetch.ts explains why).
export default defineUnlistedScript(() => {
  startPopupPrefetch();
});
