import type { GlossaryTerm } from '@/lib/catalogue/schema';
import { HanziPinyin } from '@/components/shared/HanziPinyin';
import { SourcesList } from '@/components/shared/SourcesList';
import { useTranslation } from '@/components/shared/use-translation';
import { Block } from './Block';
import { PlatformRows } from './PlatformRow';
import type { PopupData } from './use-popup-data';

/** A glossary term found by search: what it means, where you meet it, and the sources. */
export function TermView({ term, data, onOpenPlatform }: { term: GlossaryTerm; data: PopupData; onOpenPlatform: (id: string) => void }) {
  const { t } = useTranslation();
  const platforms = term.platformIds.flatMap((id) => (data.byId.has(id) ? [data.byId.get(id)!] : []));
  const sources = term.sourceIds.flatMap((id) => (data.sources.has(id) ? [data.sources.get(id)!] : []));
  return (
    <article className="cl-term" data-testid="term">
      <p className="cl-eyebrow">{t('popup.search.kind.term')}</p>
      <h1 className="cl-page-title">{term.term}</h1>
      {term.hanzi || term.pinyin ? (
        <p className="cl-term__names">
          <HanziPinyin hanzi={term.hanzi} pinyin={term.pinyin} />
        </p>
      ) : null}
      <p className="cl-term__definition">{term.definition}</p>
      {platforms.length > 0 ? (
        <Block title={t('popup.term.platforms')}>
          <PlatformRows platforms={platforms} onOpen={onOpenPlatform} />
        </Block>
      ) : null}
      <Block title={t('shared.tab.sources')}>
        <SourcesList sources={sources} />
      </Block>
    </article>
  );
}
