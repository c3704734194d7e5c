import { useId, useState } from 'react';
import type { Region } from '@/lib/catalogue/schema';
import type { FigurePanel, FigureRow } from '@/lib/popup/figure-rows';
import { formatAsOf, formatFigureValue, sourceLabel } from './format';
import { useTranslation } from './use-translation';

/**
 * Users as a small bar chart (one bar per platform and measure, newest figure), each with its
 * as-of date and source; other figures as lines; older and conflicting figures on demand.
 * Bars are drawn to scale against the largest; the numbers are text, so nothing hides in the bars.
 */
export function FiguresChart({ panel, regions, western, chinese }: { panel: FigurePanel; regions: Record<string, Region>; western: string; chinese: string }) {
  const { t, locale } = useTranslation();
  const [showOthers, setShowOthers] = useState(false);
  const othersId = useId();
  if (panel.bars.length + panel.facts.length + panel.others.length === 0)
    return <p className="cl-empty">{t('shared.figures.none', { western, chinese })}</p>;

  const max = Math.max(...panel.bars.map((r) => r.figure.value), 1);
  const meta = (r: FigureRow) => `${t('shared.figures.asOf', { date: formatAsOf(r.figure.asOf, locale) })} · ${sourceLabel(r.source, r.figure.sourceId)}`;
  return (
    <div className="cl-figures" data-testid="figures">
      {panel.bars.length > 0 ? (
        <figure className="cl-chart">
          <figcaption className="cl-subheading">{t('shared.figures.caption')}</figcaption>
          <ul className="cl-chart__rows">
            {panel.bars.map((r) => (
              <li key={`${r.platform.id}-${r.figure.metric}`} className="cl-chart__row" data-testid="figure-bar">
                <span className="cl-chart__label">
                  <span className="cl-chart__platform">{r.platform.name}</span> <span className="cl-chart__metric">{t(`metric.${r.figure.metric}`)}</span>
                </span>
                <span className="cl-chart__line">
                  <span className="cl-chart__track" aria-hidden="true">
                    <span
                      className={`cl-chart__bar cl-chart__bar--${regions[r.platform.id] ?? 'western'}`}
                      style={{ width: `${Math.max(2, (r.figure.value / max) * 100)}%` }}
                    />
                  </span>
                  <span className="cl-chart__value">{formatFigureValue(r.figure, locale, t)}</span>
                </span>
                <span className="cl-chart__meta">{meta(r)}</span>
                {r.figure.note ? <span className="cl-chart__note">{r.figure.note}</span> : null}
              </li>
            ))}
          </ul>
        </figure>
      ) : (
        <p className="cl-empty">{t('shared.figures.noUsers')}</p>
      )}
      {panel.facts.length > 0 ? (
        <section aria-labelledby={`${othersId}-facts`}>
          <h4 id={`${othersId}-facts`} className="cl-subheading">
            {t('shared.figures.facts')}
          </h4>
          <FigureList rows={panel.facts} meta={meta} />
        </section>
      ) : null}
      {panel.others.length > 0 ? (
        <div className="cl-figures__others">
          <button type="button" className="cl-link-button" aria-expanded={showOthers} aria-controls={othersId} onClick={() => setShowOthers((v) => !v)}>
            {showOthers
              ? t('shared.figures.hideOthers')
              : panel.others.length === 1
                ? t('shared.figures.showOther')
                : t('shared.figures.showOthers', { count: panel.others.length })}
          </button>
          <div id={othersId} hidden={!showOthers}>
            <h4 className="cl-subheading">{t('shared.figures.othersHeading')}</h4>
            <FigureList rows={panel.others} meta={meta} testId="figure-other" />
          </div>
        </div>
      ) : null}
    </div>
  );
}

function FigureList({ rows, meta, testId }: { rows: FigureRow[]; meta: (r: FigureRow) => string; testId?: string }) {
  const { t, locale } = useTranslation();
  return (
    <ul className="cl-figure-list">
      {rows.map((r, i) => (
        <li key={i} data-testid={testId}>
          <span className="cl-figure-list__what">
            {r.platform.name} · {t(`metric.${r.figure.metric}`)} <strong>{formatFigureValue(r.figure, locale, t)}</strong>
          </span>
          <span className="cl-chart__meta">{meta(r)}</span>
          {r.figure.note ? <span className="cl-chart__note">{r.figure.note}</span> : null}
        </li>
      ))}
    </ul>
  );
}
