/**
 * A platform's mark. The catalogue carries no logos (they are trademarks and would be fetched or
 * bundled per platform), so each platform gets a stable coloured tile: the first 汉字 of a Chinese
 * name, the initials of a Western one.
 */
import type { Platform } from '@/lib/catalogue/schema';

// Each colour carries white text at 4.5:1 or better.
const PALETTE = ['#b42318', '#a04b07', '#027a48', '#026aa2', '#5925dc', '#c11574', '#1d4ed8', '#0e7490', '#475467', '#7a2e0e'];

export function monogramText(platform: Pick<Platform, 'name' | 'hanzi' | 'region'>): string {
  if (platform.region === 'chinese' && platform.hanzi) return [...platform.hanzi][0]!;
  const words = platform.name.replace(/\(.*?\)/g, '').split(/[\s.]+/).filter((w) => /^[\p{L}\p{N}]/u.test(w));
  if (words.length >= 2) return (words[0]![0]! + words[1]![0]!).toUpperCase();
  return [...(words[0] ?? platform.name)][0]!.toUpperCase();
}

export function monogramColour(id: string): string {
  let hash = 0;
  for (const c of id) hash = (hash * 31 + c.charCodeAt(0)) >>> 0;
  return PALETTE[hash % PALETTE.length]!;
}

export function Monogram({ platform, size = 'md' }: { platform: Pick<Platform, 'id' | 'name' | 'hanzi' | 'region'>; size?: 'sm' | 'md' | 'lg' }) {
  const text = monogramText(platform);
  return (
    <span
      className={`cl-monogram cl-monogram--${size}`}
      style={{ background: monogramColour(platform.id) }}
      lang={platform.region === 'chinese' && platform.hanzi ? 'zh-CN' : undefined}
      aria-hidden="true"
    >
      {text}
    </span>
  );
}
