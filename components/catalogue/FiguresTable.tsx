import { formatAsOf, formatFigureValue } from '@/components/shared/format';
import { useTranslation } from '@/components/shared/use-translation';
import { figuresByMetric } from '@/lib/catalogue/figures';
import type { Figure, Source } from '@/lib/catalogue/schema';
import { SourceCite } from './SourceCite';

/**
 * Every figure of a platform, grouped by measure, newest first, each with its date and source.
 * Where sources disagree the table says so and keeps them all: the person decides which to quote.
 */
export function FiguresTable({ figures, sources, platformName }: { figures: Figure[]; sources: Map<string, Source>; platformName: string }) {
  const { t, locale } = useTranslation();
  if (figures.length === 0) return <p className="cl-empty">{t('catalogue.entry.noFigures', { platform: platformName })}</p>;
  const groups = figuresByMetric(figures);
  const conflicts = groups.filter((g) => g.others.some((f) => f.value !== g.newest.value || f.qualifier !== g.newest.qualifier));
  return (
    <div className="cp-figures" data-testid="entry-figures">
      <div className="cp-table-wrap">
        <table className="cp-table">
          <caption className="cl-visually-hidden">{t('catalogue.entry.figuresCaption', { platform: platformName })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('catalogue.figures.measure')}</th>
              <th scope="col">{t('catalogue.figures.value')}</th>
              <th scope="col">{t('catalogue.figures.asOf')}</th>
              <th scope="col">{t('catalogue.figures.source')}</th>
            </tr>
          </thead>
          {groups.map((g) => (
            <tbody key={g.metric}>
              {[g.newest, ...g.others].map((f, i) => (
                <tr key={i} className={i > 0 ? 'cp-table__older' : undefined} data-testid="figure-row">
                  {i === 0 ? (
                    <th scope="rowgroup" rowSpan={g.others.length + 1}>
                      {t(`metric.${g.metric}`)}
                    </th>
                  ) : null}
                  <td>
                    <strong>{formatFigureValue(f, locale, t)}</strong>
                    {i > 0 ? <span className="cp-tag">{t('catalogue.figures.older')}</span> : null}
                    {f.note ? <span className="cp-table__note">{f.note}</span> : null}
                  </td>
                  <td>{formatAsOf(f.asOf, locale)}</td>
                  <td>
                    <SourceCite source={sources.get(f.sourceId)} id={f.sourceId} />
                  </td>
                </tr>
              ))}
            </tbody>
          ))}
        </table>
      </div>
      {conflicts.length > 0 ? (
        <p className="cp-callout" data-testid="figures-conflict">
          {t('catalogue.figures.conflictExplained', { measures: conflicts.map((g) => t(`metric.${g.metric}`)).join(', ') })}
        </p>
      ) : null}
    </div>
  );
}
