import 'fake-indexeddb/auto';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { beforeEach } from 'vitest';
import { registerPageMessages } from '@/lib/i18n/page-messages';
import { DICTIONARIES } from '@/lib/i18n/messages';

// Component tests render views outside their page entry: give them every string.
registerPageMessages(...DICTIONARIES);

beforeEach(() => {
  fakeBrowser.reset();
});
