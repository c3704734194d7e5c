/**
 * China's digital market in figures: how many people are online and on social media, how they
 * go online, how long they stay, live streaming, tier cities, trends. Head counts are drawn on one
 * scale; shares as filled bars; every figure and finding carries its year and source.
 */
import { Skeleton } from '@/components/shared/Skeleton';
import { formatAsOf } from '@/components/shared/format';
import { useTranslation } from '@/components/shared/use-translation';
import type { MarketFact, Source } from '@/lib/catalogue/schema';
import { AUDIENCE_TOPICS, audienceCounts, marketSections } from '@/lib/catalogue-page/market-overview';
import { figureText } from '@/lib/export/figure-text';
import { BarChart, ShareBar } from '../charts/BarChart';
import { SourceCite } from '../SourceCite';
import { useCatalogueData } from '../use-catalogue-data';
import { useDocumentTitle } from '../use-document-title';
import { ViewHead } from '../ViewHead';

type Measured = MarketFact & { value: number; unit: NonNullable<MarketFact['unit']> };
const measured = (f: MarketFact): Measured => f as Measured;

function Meta({ fact, sources }: { fact: MarketFact; sources: Map<string, Source> }) {
  const { t, locale } = useTranslation();
  return (
    <>
      {t('shared.figures.asOf', { date: formatAsOf(fact.asOf, locale) })} · <SourceCite source={sources.get(fact.sourceId)} id={fact.sourceId} />
    </>
  );
}

export function MarketView() {
  const { t, locale } = useTranslation();
  const { market, sources } = useCatalogueData();
  useDocumentTitle(t('catalogue.nav.market'));
  if (!market) return <Skeleton label={t('catalogue.loading')} lines={4} />;
  const sections = marketSections(market);
  const headline = audienceCounts(market);
  // Long number words ("1.4 billion", "25 hours a week"): this page has the room, and hours need a unit.
  const value = (f: MarketFact) => figureText(locale, measured(f), t);

  return (
    <div className="cp-market">
      <ViewHead title={t('catalogue.market.title')} lede={t('catalogue.market.lede')} />
      {headline.length > 0 ? (
        <section className="cp-section cp-panel" aria-labelledby="market-headline">
          <h2 id="market-headline">{t('catalogue.market.headline')}</h2>
          <BarChart
            testId="market-headline-chart"
            caption={t('catalogue.market.headlineCaption')}
            bars={headline.map((f) => ({
              key: f.id,
              label: (
                <>
                  <span className="cp-bars__topic">{t(`catalogue.market.topic.${f.topic}`)}</span> {f.statement}
                </>
              ),
              value: f.value!,
              valueText: value(f),
              meta: <Meta fact={f} sources={sources} />,
              tone: 'chinese',
            }))}
          />
          <p className="cp-hint">{t('catalogue.market.headlineHint')}</p>
        </section>
      ) : null}
      <nav className="cp-toc cp-noprint" aria-label={t('catalogue.market.tocLabel')}>
        <ul>
          {sections.map((s) => (
            <li key={s.topic}>
              <button type="button" className="cp-link-button" onClick={() => document.getElementById(`market-${s.topic}`)?.scrollIntoView?.({ block: 'start' })}>
                {t(`catalogue.market.topic.${s.topic}`)}
              </button>
            </li>
          ))}
        </ul>
      </nav>
      {sections.map((s) => (
        <section key={s.topic} id={`market-${s.topic}`} className="cp-section" aria-labelledby={`market-${s.topic}-h`} data-testid="market-section">
          <h2 id={`market-${s.topic}-h`}>{t(`catalogue.market.topic.${s.topic}`)}</h2>
          {s.counts.length >= 2 && !AUDIENCE_TOPICS.includes(s.topic) ? (
            <BarChart
              caption={t('catalogue.market.countsCaption', { topic: t(`catalogue.market.topic.${s.topic}`) })}
              bars={s.counts.map((f) => ({ key: f.id, label: f.statement, value: f.value!, valueText: value(f), meta: <Meta fact={f} sources={sources} />, tone: 'neutral' }))}
            />
          ) : null}
          <ul className="cp-facts">
            {(s.counts.length === 1 || AUDIENCE_TOPICS.includes(s.topic) ? s.counts : []).concat(s.figures).map((f) => (
              <li key={f.id} className="cp-fact" data-testid="market-fact">
                <span className="cp-fact__value">{value(f)}</span>
                <span className="cp-fact__statement">{f.statement}</span>
                <span className="cp-fact__meta">
                  <Meta fact={f} sources={sources} />
                </span>
              </li>
            ))}
            {s.shares.map((f) => (
              <li key={f.id} className="cp-fact cp-fact--share" data-testid="market-fact">
                <ShareBar percent={f.value!} valueText={value(f)} />
                <span className="cp-fact__statement">{f.statement}</span>
                <span className="cp-fact__meta">
                  <Meta fact={f} sources={sources} />
                </span>
              </li>
            ))}
            {s.findings.map((f) => (
              <li key={f.id} className="cp-fact cp-fact--finding" data-testid="market-fact">
                <span className="cp-fact__statement">{f.statement}</span>
                <span className="cp-fact__meta">
                  <Meta fact={f} sources={sources} />
                </span>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
