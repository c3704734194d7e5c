/**
 * One platform, everything the catalogue knows: names, summary and description, its
 * counterparts with the differences, features, audience, what a foreign business meets,
 * marketing notes, every figure with its source (conflicts explained), glossary terms that
 * mention it, all sources, and the person's pin and note.
 */
import { useEffect, useMemo } from 'react';
import { DifferencesTable } from '@/components/shared/DifferencesTable';
import { FitBadge } from '@/components/shared/FitBadge';
import { HanziPinyin } from '@/components/shared/HanziPinyin';
import { MarketingNotes } from '@/components/shared/MarketingNotes';
import { Monogram } from '@/components/shared/Monogram';
import { NoteEditor } from '@/components/shared/NoteEditor';
import { PinButton } from '@/components/shared/PinButton';
import { PlatformHeader } from '@/components/shared/PlatformHeader';
import { Skeleton } from '@/components/shared/Skeleton';
import { SourcesList } from '@/components/shared/SourcesList';
import { useTranslation } from '@/components/shared/use-translation';
import { equivalentsOf, type EquivalentView } from '@/lib/catalogue/equivalents';
import type { Platform, Source } from '@/lib/catalogue/schema';
import { suggestedChinese } from '@/lib/catalogue-page/comparison';
import { termsMentioning } from '@/lib/catalogue-page/glossary';
import type { Route } from '@/lib/catalogue-page/routes';
import { saveNote } from '@/lib/personal/notes';
import { setPinned } from '@/lib/personal/pins';
import { recordView } from '@/lib/personal/recent';
import { FactRow } from '../FactRow';
import { FiguresTable } from '../FiguresTable';
import { HeadlineFacts } from '../HeadlineFacts';
import { RouteLink } from '../router-context';
import { SourceCites } from '../SourceCite';
import { useCatalogueData } from '../use-catalogue-data';
import { useDocumentTitle } from '../use-document-title';
import { NotFoundView } from './NotFoundView';

/** Where "Compare" goes from an entry: a Western one beside its best pairings; a Chinese one beside its best Western counterpart. */
export function compareRouteFor(platform: Platform, platforms: Platform[]): Route {
  if (platform.region === 'western') return { view: 'compare', western: platform.id, chinese: suggestedChinese(platform.id, platforms) };
  const western = equivalentsOf(platform.id, { platforms })[0]?.platform;
  return western ? { view: 'compare', western: western.id, chinese: [platform.id] } : { view: 'compare', chinese: [platform.id] };
}

export function entrySourceIds(platform: Platform, pairs: EquivalentView[], termSourceIds: string[]): string[] {
  return [
    ...new Set([
      ...platform.sourceIds,
      ...platform.figures.map((f) => f.sourceId),
      ...platform.marketing.flatMap((m) => m.sourceIds),
      ...pairs.flatMap((e) => e.pairing.sourceIds),
      ...termSourceIds,
    ]),
  ];
}

/** Scrolls to a section and gives its heading focus, so keyboard users continue from there. */
function goToSection(headingId: string): void {
  const heading = document.getElementById(headingId);
  if (!heading) return;
  heading.tabIndex = -1;
  heading.scrollIntoView?.({ block: 'start' });
  heading.focus({ preventScroll: true });
}

export function EntryView({ id }: { id: string }) {
  const { t } = useTranslation();
  const { db, platforms, byId, sources, glossary, pinned, notes } = useCatalogueData();
  const platform = byId.get(id);
  useDocumentTitle(platform?.name);
  const shownId = platform?.id;
  useEffect(() => {
    if (shownId) void recordView(db, shownId);
  }, [db, shownId]);

  const pairs = useMemo(() => (platform && platforms ? equivalentsOf(platform.id, { platforms }) : []), [platform, platforms]);
  const terms = useMemo(() => (platform && glossary ? termsMentioning(platform.id, glossary) : []), [platform, glossary]);

  if (!platforms) return <Skeleton label={t('catalogue.loading')} lines={5} />;
  if (!platform) return <NotFoundView hash={`#/platform/${id}`} what={t('catalogue.entry.unknown', { id })} />;

  const note = notes === undefined ? undefined : (notes.find((n) => n.platformId === platform.id) ?? null);
  const isPinned = pinned.has(platform.id);
  const entrySources = entrySourceIds(platform, pairs, terms.flatMap((term) => term.sourceIds)).flatMap((sid) => {
    const s = sources.get(sid);
    return s ? [s] : [];
  });
  const a = platform.audience;

  return (
    <article className="cp-entry" data-testid="entry">
      <PlatformHeader
        platform={platform}
        eyebrow={t('shared.entry')}
        actions={<PinButton pinned={isPinned} platformName={platform.name} onToggle={() => void setPinned(db, platform.id, !isPinned)} />}
      />
      <div className="cp-entry__layout">
        <div className="cp-entry__main">
          <section className="cp-section" aria-labelledby="entry-about">
            <h2 id="entry-about">{t('catalogue.entry.about')}</h2>
            <p className="cp-summary" data-testid="entry-summary">
              {platform.summary}
            </p>
            {platform.description ? <p>{platform.description}</p> : null}
            {platform.aliases.length > 0 ? <p className="cp-muted">{t('catalogue.entry.alsoKnownAs', { names: platform.aliases.join(', ') })}</p> : null}
            <SourceCites ids={platform.sourceIds} sources={sources} />
          </section>

          <section className="cp-section" aria-labelledby="entry-pairs">
            <h2 id="entry-pairs">{platform.region === 'western' ? t('shared.equivalents.chinese') : t('shared.equivalents.western')}</h2>
            {pairs.length === 0 ? (
              <p className="cl-empty">
                {platform.region === 'western' ? t('shared.equivalents.noneChinese', { platform: platform.name }) : t('shared.equivalents.noneWestern', { platform: platform.name })}
              </p>
            ) : (
              <ul className="cp-pairs">
                {pairs.map((e) => (
                  <li key={e.platform.id} className="cp-pair" data-testid="pair">
                    <Pairing view={e} sources={sources} />
                  </li>
                ))}
              </ul>
            )}
          </section>

          {platform.features.length > 0 ? (
            <section className="cp-section" aria-labelledby="entry-features">
              <h2 id="entry-features">{t('catalogue.entry.features')}</h2>
              <ul className="cl-bullets">
                {platform.features.map((f, i) => (
                  <li key={i}>{f}</li>
                ))}
              </ul>
            </section>
          ) : null}

          {a ? (
            <section className="cp-section" aria-labelledby="entry-audience">
              <h2 id="entry-audience">{t('catalogue.entry.audience')}</h2>
              <p>{a.summary}</p>
              <dl className="cp-dl">
                <FactRow term={t('catalogue.entry.age')}>{a.age}</FactRow>
                <FactRow term={t('catalogue.entry.cityTiers')}>{a.cityTiers}</FactRow>
                <FactRow term={t('catalogue.entry.interests')}>{a.interests.join(', ')}</FactRow>
              </dl>
            </section>
          ) : null}

          <section className="cp-section" aria-labelledby="entry-access">
            <h2 id="entry-access">{t('catalogue.entry.access')}</h2>
            {platform.access.length > 0 ? (
              <ul className="cl-bullets" data-testid="entry-access">
                {platform.access.map((x, i) => (
                  <li key={i}>{x}</li>
                ))}
              </ul>
            ) : (
              <p className="cl-empty">{t('shared.access.none', { platform: platform.name })}</p>
            )}
          </section>

          <section className="cp-section" aria-labelledby="entry-marketing">
            <h2 id="entry-marketing">{t('catalogue.entry.marketing')}</h2>
            <MarketingNotes notes={platform.marketing} platformName={platform.name} sources={sources} />
          </section>

          <section className="cp-section" aria-labelledby="entry-figures">
            <h2 id="entry-figures">{t('catalogue.entry.figures')}</h2>
            <FiguresTable figures={platform.figures} sources={sources} platformName={platform.name} />
          </section>

          <section className="cp-section" aria-labelledby="entry-glossary">
            <h2 id="entry-glossary">{t('catalogue.entry.glossary')}</h2>
            {terms.length === 0 ? (
              <p className="cl-empty">{t('catalogue.entry.noTerms', { platform: platform.name })}</p>
            ) : (
              <ul className="cp-terms" data-testid="entry-terms">
                {terms.map((term) => (
                  <li key={term.id}>
                    <RouteLink to={{ view: 'glossary', term: term.id }} className="cp-terms__name">
                      {term.term}
                    </RouteLink>
                    <HanziPinyin hanzi={term.hanzi} pinyin={term.pinyin} hanziClassName="cp-terms__hanzi" pinyinClassName="cp-muted" />
                    <p className="cp-terms__definition">{term.definition}</p>
                  </li>
                ))}
              </ul>
            )}
          </section>

          <section className="cp-section" aria-labelledby="entry-sources">
            <h2 id="entry-sources">{t('catalogue.entry.sources')}</h2>
            <SourcesList sources={entrySources} />
          </section>
        </div>

        <aside className="cp-entry__aside" aria-label={t('catalogue.entry.asideLabel', { platform: platform.name })}>
          <section className="cp-panel">
            <h2 className="cp-panel__title">{t('catalogue.entry.yourNote')}</h2>
            <NoteEditor key={platform.id} platformName={platform.name} note={note} onSave={(text) => saveNote(db, platform.id, text)} />
          </section>
          <section className="cp-panel">
            <h2 className="cp-panel__title">{t('catalogue.entry.atAGlance')}</h2>
            <dl className="cp-dl cp-dl--compact">
              <HeadlineFacts figures={platform.figures} />
              <FactRow term={t('catalogue.entry.ownerLabel')}>{platform.owner}</FactRow>
              <FactRow term={t('catalogue.entry.hosts')} className="cp-hosts">
                {platform.hosts.join(', ')}
              </FactRow>
            </dl>
          </section>
          <nav className="cp-panel cp-noprint cp-onpage" aria-label={t('catalogue.entry.onThisPage')}>
            <h2 className="cp-panel__title">{t('catalogue.entry.onThisPage')}</h2>
            <ul>
              {[
                ['entry-about', t('catalogue.entry.about'), undefined],
                ['entry-pairs', platform.region === 'western' ? t('shared.equivalents.chinese') : t('shared.equivalents.western'), pairs.length],
                ...(platform.features.length ? [['entry-features', t('catalogue.entry.features'), platform.features.length] as const] : []),
                ...(a ? [['entry-audience', t('catalogue.entry.audience'), undefined] as const] : []),
                ['entry-access', t('catalogue.entry.access'), platform.access.length],
                ['entry-marketing', t('catalogue.entry.marketing'), platform.marketing.length],
                ['entry-figures', t('catalogue.entry.figures'), platform.figures.length],
                ['entry-glossary', t('catalogue.entry.glossary'), terms.length],
                ['entry-sources', t('catalogue.entry.sources'), entrySources.length],
              ].map(([target, label, count]) => (
                <li key={target}>
                  <button type="button" className="cp-link-button" onClick={() => goToSection(String(target))}>
                    {label}
                    {count !== undefined ? <span className="cp-muted"> ({count})</span> : null}
                  </button>
                </li>
              ))}
            </ul>
          </nav>
          <section className="cp-panel cp-noprint">
            <h2 className="cp-panel__title">{t('catalogue.entry.next')}</h2>
            <ul className="cp-actions">
              <li>
                <RouteLink to={compareRouteFor(platform, platforms)} className="cp-button" data-testid="entry-compare">
                  {t('catalogue.entry.compare')}
                </RouteLink>
              </li>
              <li>
                <RouteLink to={{ view: 'export', ids: [platform.id] }} className="cp-button cp-button--quiet" data-testid="entry-brief">
                  {t('catalogue.entry.brief')}
                </RouteLink>
              </li>
            </ul>
          </section>
        </aside>
      </div>
    </article>
  );
}

function Pairing({ view, sources }: { view: EquivalentView; sources: Map<string, Source> }) {
  const { t } = useTranslation();
  const { platform: other, pairing, western, chinese } = view;
  return (
    <>
      <div className="cp-pair__head">
        <Monogram platform={other} size="sm" />
        <h3 className="cp-pair__name">
          <RouteLink to={{ view: 'platform', id: other.id }}>{other.name}</RouteLink>
          {other.hanzi ? (
            <span className="cp-card__hanzi" lang="zh-CN">
              {other.hanzi}
            </span>
          ) : null}
        </h3>
        <FitBadge fit={pairing.fit} historical={pairing.historical} />
      </div>
      <p className="cp-pair__why">{pairing.why}</p>
      {pairing.differences.length > 0 ? <DifferencesTable western={western.name} chinese={chinese.name} differences={pairing.differences} /> : null}
      {pairing.note ? (
        <div className="cl-callout">
          <p className="cl-callout__title">{t('shared.marketing.forMarketers')}</p>
          <p>{pairing.note}</p>
        </div>
      ) : null}
      <p className="cp-pair__foot">
        <SourceCites ids={pairing.sourceIds} sources={sources} as="span" />
        <RouteLink to={{ view: 'compare', western: western.id, chinese: [chinese.id] }} className="cp-pair__compare cp-noprint">
          {t('catalogue.entry.compareThese', { western: western.name, chinese: chinese.name })}
        </RouteLink>
      </p>
    </>
  );
}
