import { setUpBadge } from '@/lib/background/setup-badge';
import { setUpMessages } from '@/lib/background/setup-messages';
import { setUpSeeding } from '@/lib/background/setup-seeding';

export default defineBackground(() => {
  setUpSeeding();
  setUpMessages();
  setUpBadge();
});
