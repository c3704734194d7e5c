import type { Highlighted } from '@/lib/search/highlight';
import { Highlight } from './Highlight';

type Text = string | Highlighted | undefined;

/**
 * The Chinese characters and the pinyin that follow a name, each marked with its language so the
 * CJK font applies and a screen reader reads pinyin as Chinese. Either may be missing. Search
 * results pass Highlighted values to show what matched.
 */
export function HanziPinyin({
  hanzi,
  pinyin,
  hanziClassName = 'cl-names__hanzi',
  pinyinClassName = 'cl-names__pinyin',
}: {
  hanzi: Text;
  pinyin: Text;
  hanziClassName?: string;
  pinyinClassName?: string;
}) {
  return (
    <>
      {hanzi ? <Part className={hanziClassName} lang="zh-CN" value={hanzi} /> : null}
      {pinyin ? <Part className={pinyinClassName} lang="zh-Latn-pinyin" value={pinyin} /> : null}
    </>
  );
}

function Part({ className, lang, value }: { className: string; lang: string; value: string | Highlighted }) {
  return typeof value === 'string' ? (
    <span className={className} lang={lang}>
      {value}
    </span>
  ) : (
    <span className={className}>
      <Highlight value={value} lang={lang} />
    </span>
  );
}
