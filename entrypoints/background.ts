import { setUpBadge } from '@/lib/background/setup-badge';
import { setUpContextMenus } from '@/lib/background/setup-context-menus';
import { setUpMessages } from '@/lib/background/setup-messages';
import { setUpOmnibox } from '@/lib/background/setup-omnibox';
import { setUpSeeding } from '@/lib/background/setup-seeding';

export default defineBackground(() => {
  setUpSeeding();
  setUpMessages();
  setUpBadge();
  setUpContextMenus();
  setUpOmnibox();
});
