import { useEffect } from 'react';
import type { Category, Platform } from '@/lib/catalogue/schema';
import type { SearchHit } from '@/lib/search/search-index';
import { HanziPinyin } from '@/components/shared/HanziPinyin';
import { Highlight } from '@/components/shared/Highlight';
import { Monogram } from '@/components/shared/Monogram';
import { useTranslation } from '@/components/shared/use-translation';

export const RESULTS_ID = 'cl-results';
export const resultId = (i: number) => `cl-result-${i}`;

/** The results list the search field controls: ranked, matches highlighted, ↑/↓ to move. */
export function SearchResults({
  query,
  hits,
  activeIndex,
  byId,
  platformCounts,
  onOpen,
}: {
  query: string;
  hits: SearchHit[];
  activeIndex: number;
  byId: Map<string, Platform>;
  platformCounts: Map<Category, number>;
  onOpen: (hit: SearchHit) => void;
}) {
  const { t } = useTranslation();
  useEffect(() => {
    if (activeIndex >= 0) document.getElementById(resultId(activeIndex))?.scrollIntoView?.({ block: 'nearest' });
  }, [activeIndex]);

  return (
    <section className="cl-results" aria-label={t('popup.search.results')}>
      <p className="cl-results__count" role="status">
        {hits.length === 0 ? '' : hits.length === 1 ? t('popup.search.countOne') : t('popup.search.count', { count: hits.length })}
        {hits.length > 0 ? <span className="cl-results__keys" aria-hidden="true">{t('popup.search.keys')}</span> : null}
      </p>
      {hits.length === 0 ? (
        <div className="cl-results__none" data-testid="no-results">
          <p className="cl-results__none-title">{t('popup.search.none', { query: query.trim() })}</p>
          <p>{t('popup.search.noneHint')}</p>
        </div>
      ) : null}
      {hits.length > 0 ? (
      <ul id={RESULTS_ID} role="listbox" aria-label={t('popup.search.results')} className="cl-results__list">
        {hits.map((hit, i) => {
          const platform = hit.kind === 'platform' ? byId.get(hit.id) : undefined;
          const count = hit.kind === 'category' ? (platformCounts.get(hit.categoryIds[0]!) ?? 0) : 0;
          return (
            <li
              key={hit.key}
              id={resultId(i)}
              role="option"
              aria-selected={i === activeIndex}
              className={i === activeIndex ? 'cl-result cl-result--active' : 'cl-result'}
              data-testid="search-result"
              data-key={hit.key}
              // The search field keeps focus (it owns the list); a click must not steal it first.
              onMouseDown={(e) => e.preventDefault()}
              onClick={() => onOpen(hit)}
            >
              {platform ? (
                <Monogram platform={platform} size="sm" />
              ) : (
                <span className={`cl-result__kind cl-result__kind--${hit.kind}`} aria-hidden="true">
                  {hit.kind === 'term' ? 'Aa' : '#'}
                </span>
              )}
              <span className="cl-result__body">
                <span className="cl-result__names">
                  <span className="cl-result__name">
                    <Highlight value={hit.name} />
                  </span>
                  <HanziPinyin hanzi={hit.hanzi} pinyin={hit.pinyin} hanziClassName="cl-result__hanzi" pinyinClassName="cl-result__pinyin" />
                </span>
                <span className="cl-result__meta">
                  {hit.alias ? (
                    <>
                      {t('popup.search.alias')} <Highlight value={hit.alias} />
                    </>
                  ) : hit.counterpart ? (
                    <>
                      {t('popup.search.pairsWith')} <Highlight value={hit.counterpart} />
                    </>
                  ) : hit.kind === 'term' ? (
                    t('popup.search.kind.term')
                  ) : hit.kind === 'category' ? (
                    `${t('popup.search.kind.category')} · ${count === 1 ? t('popup.platformCountOne') : t('popup.platformCount', { count })}`
                  ) : (
                    [hit.region ? t(`region.${hit.region}`) : '', ...hit.categoryIds.map((c) => t(`category.${c}`))].filter(Boolean).join(' · ')
                  )}
                </span>
              </span>
            </li>
          );
        })}
      </ul>
      ) : null}
    </section>
  );
}
