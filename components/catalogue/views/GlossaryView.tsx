/**
 * Every glossary term: its name, 汉字, pinyin, definition, related platforms and sources. A filter
 * narrows the list (tone marks optional); #/glossary/<term> opens the view at that term.
 */
import { useEffect, useId, useMemo, useState } from 'react';
import { HanziPinyin } from '@/components/shared/HanziPinyin';
import { Skeleton } from '@/components/shared/Skeleton';
import { useTranslation } from '@/components/shared/use-translation';
import { filterGlossary } from '@/lib/catalogue-page/glossary';
import type { Route } from '@/lib/catalogue-page/routes';
import { RouteLink } from '../router-context';
import { SourceCites } from '../SourceCite';
import { useCatalogueData } from '../use-catalogue-data';
import { useDocumentTitle } from '../use-document-title';
import { ViewHead } from '../ViewHead';

type GlossaryRoute = Extract<Route, { view: 'glossary' }>;

export function GlossaryView({ route }: { route: GlossaryRoute }) {
  const { t } = useTranslation();
  const { glossary, byId, sources } = useCatalogueData();
  const [query, setQuery] = useState('');
  const filterId = useId();
  const focusTerm = glossary?.find((g) => g.id === route.term);
  useDocumentTitle(focusTerm ? focusTerm.term : t('catalogue.nav.glossary'));
  const terms = useMemo(() => filterGlossary(glossary ?? [], query), [glossary, query]);

  useEffect(() => {
    if (!route.term || !glossary) return;
    const el = document.getElementById(`term-${route.term}`);
    el?.scrollIntoView?.({ block: 'start' });
  }, [route.term, glossary]);

  if (!glossary) return <Skeleton label={t('catalogue.loading')} lines={4} />;
  return (
    <div className="cp-glossary">
      <ViewHead title={t('catalogue.glossary.title')} lede={t('catalogue.glossary.lede', { count: glossary.length })} />
      <div className="cp-field cp-field--wide">
        <label htmlFor={filterId} className="cp-field__label">
          {t('catalogue.glossary.filter')}
        </label>
        <input id={filterId} type="search" value={query} onChange={(e) => setQuery(e.target.value)} placeholder={t('catalogue.glossary.placeholder')} data-testid="glossary-filter" />
      </div>
      <p className="cp-count" role="status">
        {query ? t('catalogue.glossary.count', { count: terms.length, total: glossary.length }) : ''}
      </p>
      {terms.length === 0 ? (
        <p className="cp-empty">{t('catalogue.glossary.none', { query })}</p>
      ) : (
        <dl className="cp-terms-list">
          {terms.map((term) => (
            <div key={term.id} id={`term-${term.id}`} className={term.id === route.term ? 'cp-term cp-term--focus' : 'cp-term'} data-testid="glossary-term">
              <dt>
                <RouteLink to={{ view: 'glossary', term: term.id }} className="cp-term__name" aria-current={term.id === route.term ? 'location' : undefined}>
                  {term.term}
                </RouteLink>
                <HanziPinyin hanzi={term.hanzi} pinyin={term.pinyin} hanziClassName="cp-term__hanzi" pinyinClassName="cp-term__pinyin" />
              </dt>
              <dd>
                <p>{term.definition}</p>
                {term.platformIds.length > 0 ? (
                  <p className="cp-term__related">
                    <span className="cp-muted">{t('catalogue.glossary.related')}</span>{' '}
                    {term.platformIds.map((pid, i) => {
                      const p = byId.get(pid);
                      return (
                        <span key={pid}>
                          {i > 0 ? ', ' : ''}
                          {p ? <RouteLink to={{ view: 'platform', id: pid }}>{p.name}</RouteLink> : pid}
                        </span>
                      );
                    })}
                  </p>
                ) : null}
                <SourceCites ids={term.sourceIds} sources={sources} />
              </dd>
            </div>
          ))}
        </dl>
      )}
    </div>
  );
}
