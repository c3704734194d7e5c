import type { Platform } from '@/lib/catalogue/schema';
import { HanziPinyin } from './HanziPinyin';

/** Name, 汉字 and pinyin on one line: "Weibo 微博 Wēi Bó". */
export function PlatformNames({ platform, nameTestId }: { platform: Pick<Platform, 'name' | 'hanzi' | 'pinyin'>; nameTestId?: string }) {
  return (
    <span className="cl-names">
      <span className="cl-names__name" data-testid={nameTestId}>
        {platform.name}
      </span>
      <HanziPinyin hanzi={platform.hanzi} pinyin={platform.pinyin} />
    </span>
  );
}
