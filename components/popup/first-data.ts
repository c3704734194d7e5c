/**
 * What the popup needs for its first answer, started before React loads: the page's address and
 * the platform rows (plus pins, for the pin button). Reading them while settings are read and
 * React starts, and rendering once they are in, lets the popup open showing the answer rather
 * than a loading state that flashes for a few milliseconds.
 */
import type { Platform } from '@/lib/catalogue/schema';
import type { Pin } from '@/lib/db/personal-schema';
import { listPins } from '@/lib/personal/pins';
import { loaderOf, type DbSource } from '@/lib/popup/lazy-db';

export interface FirstData {
  url: string | undefined;
  platforms: Platform[];
  pins: Pin[];
}

export async function loadFirstData(source: DbSource, pageUrl: () => Promise<string | undefined>): Promise<FirstData> {
  const [url, db] = await Promise.all([pageUrl().catch(() => undefined), loaderOf(source)()]);
  const [platforms, pins] = await Promise.all([db.platforms.toArray(), listPins(db)]);
  return { url, platforms, pins };
}
