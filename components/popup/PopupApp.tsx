import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useState } from 'react';
import { hostIndex } from 'virtual:china-lens/host-index';
import { equivalentsOf } from '@/lib/catalogue/equivalents';
import { pageDatabase } from '@/lib/db/page-database';
import { detectPlatform } from '@/lib/detect/detect-platform';
import { activeTabUrl } from '@/lib/ui/active-tab';

export function PopupApp() {
  const [platformId, setPlatformId] = useState<string | null | undefined>(undefined);
  useEffect(() => {
    void activeTabUrl().then((url) => setPlatformId(url ? (detectPlatform(url, hostIndex)?.platformId ?? null) : null));
  }, []);
  const platforms = useLiveQuery(() => pageDatabase().platforms.toArray(), []);
  if (platformId === undefined || !platforms) return <p>…</p>;
  const platform = platforms.find((p) => p.id === platformId);
  if (!platform) return <p data-testid="not-catalogued">Not catalogued</p>;
  return (
    <main>
      <h1 data-testid="platform-name">{platform.name}</h1>
      <ul>
        {equivalentsOf(platform.id, { platforms }).map((e) => (
          <li key={e.platform.id} data-testid="equivalent">
            <span data-testid="equivalent-name">{e.platform.name}</span>
          </li>
        ))}
      </ul>
    </main>
  );
}
