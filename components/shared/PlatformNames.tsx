import type { Platform } from '@/lib/catalogue/schema';

/** Name, 汉字 and pinyin on one line: "Weibo 微博 Wēi Bó". */
export function PlatformNames({ platform, nameTestId }: { platform: Pick<Platform, 'name' | 'hanzi' | 'pinyin'>; nameTestId?: string }) {
  return (
    <span className="cl-names">
      <span className="cl-names__name" data-testid={nameTestId}>
        {platform.name}
      </span>
      {platform.hanzi ? (
        <span className="cl-names__hanzi" lang="zh-CN">
          {platform.hanzi}
        </span>
      ) : null}
      {platform.pinyin ? (
        <span className="cl-names__pinyin" lang="zh-Latn-pinyin">
          {platform.pinyin}
        </span>
      ) : null}
    </span>
  );
}
