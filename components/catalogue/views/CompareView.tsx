/**
 * One Western platform beside up to three Chinese ones: a table aspect by aspect (what each is,
 * how it plays the Western one's role, its audience figure with year and source, and every
 * difference the catalogue's pairings describe), the audience figures as bars on one scale, and
 * the comparison exported as Markdown, CSV or a printed page, sources included.
 */
import { useId, useMemo } from 'react';
import { FiguresChart } from '@/components/shared/FiguresChart';
import { FitBadge } from '@/components/shared/FitBadge';
import { Monogram } from '@/components/shared/Monogram';
import { Skeleton } from '@/components/shared/Skeleton';
import { SourcesList } from '@/components/shared/SourcesList';
import { formatAsOf, formatFigureValue } from '@/components/shared/format';
import { useTranslation } from '@/components/shared/use-translation';
import { equivalentsOf } from '@/lib/catalogue/equivalents';
import { headlineFigure, launchYear } from '@/lib/catalogue/figures';
import type { Platform } from '@/lib/catalogue/schema';
import { buildComparison, suggestedChinese } from '@/lib/catalogue-page/comparison';
import { MAX_COMPARED, type Route } from '@/lib/catalogue-page/routes';
import { buildComparisonBrief } from '@/lib/export/brief';
import { comparisonCsv } from '@/lib/export/brief-csv';
import { briefMarkdown } from '@/lib/export/brief-markdown';
import { comparisonFileName } from '@/lib/export/file-names';
import { figurePanel } from '@/lib/popup/figure-rows';
import { downloadText, fileDate } from '../download';
import { RouteLink, useNavigate } from '../router-context';
import { SourceCite } from '../SourceCite';
import { useCatalogueData } from '../use-catalogue-data';
import { useDocumentTitle } from '../use-document-title';
import { ViewHead } from '../ViewHead';

type CompareRoute = Extract<Route, { view: 'compare' }>;
const byName = (a: Platform, b: Platform) => a.name.localeCompare(b.name);

export function CompareView({ route }: { route: CompareRoute }) {
  const { t, locale } = useTranslation();
  const navigate = useNavigate();
  const { platforms, byId, sources, glossary, notes } = useCatalogueData();
  const westernId = useId();
  const addId = useId();

  const comparison = useMemo(
    () => (platforms && route.western ? buildComparison(route.western, route.chinese, platforms) : null),
    [platforms, route.western, route.chinese],
  );
  const title = comparison
    ? t('catalogue.compare.titleWith', { western: comparison.western.name, chinese: comparison.chinese.map((c) => c.platform.name).join(', ') || '…' })
    : t('catalogue.compare.title');
  useDocumentTitle(title);

  if (!platforms) return <Skeleton label={t('catalogue.loading')} lines={4} />;

  const westerns = platforms.filter((p) => p.region === 'western').sort(byName);
  const chosen = route.chinese.filter((id) => byId.get(id)?.region === 'chinese');
  const paired = route.western ? equivalentsOf(route.western, { platforms }).map((e) => e.platform) : [];
  const others = platforms.filter((p) => p.region === 'chinese' && !paired.some((x) => x.id === p.id)).sort(byName);
  const go = (western: string | undefined, chinese: string[]) =>
    navigate({ view: 'compare', ...(western ? { western } : {}), chinese: chinese.slice(0, MAX_COMPARED) }, { replace: true });
  const westernHint = !route.western && chosen[0] ? equivalentsOf(chosen[0], { platforms }).map((e) => e.platform) : [];

  const brief = comparison && comparison.chinese.length > 0 ? buildComparisonBrief(comparison, { platforms, sources: [...sources.values()], glossary: glossary ?? [], notes: notes ?? [] }) : null;
  const exportAs = (ext: 'md' | 'csv') => {
    if (!brief || !comparison) return;
    const name = comparisonFileName(comparison.western.id, comparison.chinese.map((c) => c.platform.id), fileDate(), ext);
    if (ext === 'md') downloadText(name, briefMarkdown(brief, { locale, t }), 'text/markdown');
    else downloadText(name, comparisonCsv(brief, { locale, t })!, 'text/csv');
  };

  return (
    <div className="cp-compare">
      <ViewHead title={title} lede={t('catalogue.compare.lede', { max: MAX_COMPARED })} />

      <div className="cp-picker cp-noprint" role="group" aria-label={t('catalogue.compare.pickerLabel')}>
        <div className="cp-field">
          <label htmlFor={westernId} className="cp-field__label">
            {t('catalogue.compare.western')}
          </label>
          <select
            id={westernId}
            value={route.western ?? ''}
            data-testid="compare-western"
            onChange={(e) => {
              const w = e.target.value || undefined;
              go(w, w ? (chosen.length ? chosen : suggestedChinese(w, platforms)) : chosen);
            }}
          >
            <option value="">{t('catalogue.compare.chooseWestern')}</option>
            {westernHint.length > 0 ? (
              <optgroup label={t('catalogue.compare.counterpartsOf', { platform: byId.get(chosen[0]!)!.name })}>
                {westernHint.map((p) => (
                  <option key={`hint-${p.id}`} value={p.id}>
                    {p.name}
                  </option>
                ))}
              </optgroup>
            ) : null}
            <optgroup label={t('catalogue.compare.allWestern')}>
              {westerns.map((p) => (
                <option key={p.id} value={p.id}>
                  {p.name}
                </option>
              ))}
            </optgroup>
          </select>
        </div>
        <div className="cp-field cp-field--grow">
          <span className="cp-field__label" id={`${addId}-chosen`}>
            {t('catalogue.compare.chinese', { max: MAX_COMPARED })}
          </span>
          <ul className="cp-chips" aria-labelledby={`${addId}-chosen`}>
            {chosen.map((id) => {
              const p = byId.get(id)!;
              return (
                <li key={id} className="cp-chip" data-testid="compare-chosen">
                  <span>
                    {p.name}
                    {p.hanzi ? (
                      <span lang="zh-CN" className="cp-chip__hanzi">
                        {' '}
                        {p.hanzi}
                      </span>
                    ) : null}
                  </span>
                  <button
                    type="button"
                    className="cp-chip__remove"
                    aria-label={t('catalogue.compare.remove', { platform: p.name })}
                    onClick={() =>
                      go(
                        route.western,
                        chosen.filter((x) => x !== id),
                      )
                    }
                  >
                    ×
                  </button>
                </li>
              );
            })}
            {chosen.length === 0 ? <li className="cp-muted">{t('catalogue.compare.noneChosen')}</li> : null}
          </ul>
          <label htmlFor={addId} className="cl-visually-hidden">
            {t('catalogue.compare.add')}
          </label>
          <select
            id={addId}
            value=""
            disabled={chosen.length >= MAX_COMPARED}
            data-testid="compare-add"
            onChange={(e) => e.target.value && go(route.western, [...chosen, e.target.value])}
          >
            <option value="">{chosen.length >= MAX_COMPARED ? t('catalogue.compare.full', { max: MAX_COMPARED }) : t('catalogue.compare.add')}</option>
            {paired.length > 0 ? (
              <optgroup label={t('catalogue.compare.pairedWith', { platform: byId.get(route.western!)?.name ?? '' })}>
                <PlatformOptions platforms={paired} leaveOut={chosen} />
              </optgroup>
            ) : null}
            <optgroup label={t('catalogue.compare.otherChinese')}>
              <PlatformOptions platforms={others} leaveOut={chosen} />
            </optgroup>
          </select>
        </div>
      </div>

      {!route.western || !comparison ? (
        <div className="cp-empty">
          <p className="cp-empty__title">{route.western ? t('catalogue.compare.notWestern', { id: route.western }) : t('catalogue.compare.start')}</p>
          <p>{t('catalogue.compare.startHint')}</p>
          <ul className="cp-suggest">
            {['facebook', 'x', 'youtube', 'amazon', 'instagram', 'google']
              .filter((id) => byId.has(id))
              .map((id) => (
                <li key={id}>
                  <RouteLink to={{ view: 'compare', western: id, chinese: suggestedChinese(id, platforms) }}>{byId.get(id)!.name}</RouteLink>
                </li>
              ))}
          </ul>
        </div>
      ) : comparison.chinese.length === 0 ? (
        <div className="cp-empty">
          <p className="cp-empty__title">{t('catalogue.compare.addChinese', { platform: comparison.western.name })}</p>
          {suggestedChinese(comparison.western.id, platforms).length > 0 ? (
            <button type="button" className="cp-button" onClick={() => go(comparison.western.id, suggestedChinese(comparison.western.id, platforms))}>
              {t('catalogue.compare.useSuggested')}
            </button>
          ) : null}
        </div>
      ) : (
        <>
          <div className="cp-toolbar cp-noprint" role="group" aria-label={t('catalogue.export.label')}>
            <button type="button" className="cp-button" onClick={() => exportAs('md')} data-testid="compare-export-md">
              {t('catalogue.export.markdown')}
            </button>
            <button type="button" className="cp-button cp-button--quiet" onClick={() => exportAs('csv')} data-testid="compare-export-csv">
              {t('catalogue.export.csv')}
            </button>
            <button type="button" className="cp-button cp-button--quiet" onClick={() => window.print()}>
              {t('catalogue.export.print')}
            </button>
          </div>

          <h2 id="cp-compare-caption" className="cp-table-heading">
            {t('catalogue.compare.caption', { western: comparison.western.name })}
          </h2>
          {/* Scrolls sideways on a narrow screen; focusable so the keyboard can scroll it too. */}
          <div className="cp-table-wrap cp-table-wrap--compare" tabIndex={0} role="region" aria-labelledby="cp-compare-caption">
            <table className="cp-table cp-compare-table" data-testid="compare-table" aria-labelledby="cp-compare-caption">
              <thead>
                <tr>
                  <th scope="col">{t('catalogue.compare.aspect')}</th>
                  {[comparison.western, ...comparison.chinese.map((c) => c.platform)].map((p) => (
                    <th scope="col" key={p.id} data-testid="compare-column">
                      <span className="cp-compare-head">
                        <Monogram platform={p} size="sm" />
                        <RouteLink to={{ view: 'platform', id: p.id }}>{p.name}</RouteLink>
                        {p.hanzi ? (
                          <span lang="zh-CN" className="cp-card__hanzi">
                            {p.hanzi}
                          </span>
                        ) : null}
                      </span>
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                <tr>
                  <th scope="row">{t('catalogue.compare.summary')}</th>
                  <td>{comparison.western.summary}</td>
                  {comparison.chinese.map((c) => (
                    <td key={c.platform.id}>{c.platform.summary}</td>
                  ))}
                </tr>
                <tr>
                  <th scope="row">{t('catalogue.compare.role')}</th>
                  <td className="cp-muted">—</td>
                  {comparison.chinese.map((c) => (
                    <td key={c.platform.id}>
                      {c.pairing ? (
                        <>
                          <FitBadge fit={c.pairing.fit} historical={c.pairing.historical} /> {c.pairing.why}
                        </>
                      ) : (
                        <span className="cp-muted">{t('catalogue.compare.notPaired', { western: comparison.western.name })}</span>
                      )}
                    </td>
                  ))}
                </tr>
                <tr>
                  <th scope="row">{t('catalogue.compare.headline')}</th>
                  {[comparison.western, ...comparison.chinese.map((c) => c.platform)].map((p) => {
                    const f = headlineFigure(p.figures);
                    return (
                      <td key={p.id}>
                        {f ? (
                          <>
                            <strong>{formatFigureValue(f, locale, t)}</strong> {t(`metric.${f.metric}`).toLowerCase()}
                            <span className="cp-table__note">
                              {formatAsOf(f.asOf, locale)} · <SourceCite source={sources.get(f.sourceId)} id={f.sourceId} />
                            </span>
                          </>
                        ) : (
                          <span className="cp-muted">{t('catalogue.compare.noFigure')}</span>
                        )}
                      </td>
                    );
                  })}
                </tr>
                <tr>
                  <th scope="row">{t('metric.launch-year')}</th>
                  {[comparison.western, ...comparison.chinese.map((c) => c.platform)].map((p) => (
                    <td key={p.id}>{launchYear(p.figures)?.value ?? <span className="cp-muted">—</span>}</td>
                  ))}
                </tr>
                <tr>
                  <th scope="row">{t('catalogue.compare.whoUses')}</th>
                  {[comparison.western, ...comparison.chinese.map((c) => c.platform)].map((p) => (
                    <td key={p.id}>{p.audience?.summary ?? <span className="cp-muted">—</span>}</td>
                  ))}
                </tr>
                {comparison.aspects.map((a) => (
                  <tr key={a.aspect} data-testid="compare-aspect">
                    <th scope="row">{a.aspect}</th>
                    <td>{a.western.join(' / ')}</td>
                    {a.chinese.map((x, i) => (
                      <td key={i}>{x ?? <span className="cp-muted">{t('catalogue.compare.notDescribed')}</span>}</td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>

          <section className="cp-section" aria-labelledby="cp-compare-figures">
            <h2 id="cp-compare-figures">{t('catalogue.compare.figuresHeading')}</h2>
            <p className="cp-hint">{t('catalogue.compare.figuresHint')}</p>
            <FiguresChart
              panel={figurePanel([comparison.western, ...comparison.chinese.map((c) => c.platform)], sources)}
              regions={Object.fromEntries([comparison.western, ...comparison.chinese.map((c) => c.platform)].map((p) => [p.id, p.region]))}
              western={comparison.western.name}
              chinese={comparison.chinese.map((c) => c.platform.name).join(', ')}
            />
          </section>

          {comparison.chinese.some((c) => c.pairing?.note) ? (
            <section className="cp-section" aria-labelledby="cp-compare-notes">
              <h2 id="cp-compare-notes">{t('shared.marketing.forMarketers')}</h2>
              <dl className="cp-dl">
                {comparison.chinese
                  .filter((c) => c.pairing?.note)
                  .map((c) => (
                    <div key={c.platform.id}>
                      <dt>{c.platform.name}</dt>
                      <dd>{c.pairing!.note}</dd>
                    </div>
                  ))}
              </dl>
            </section>
          ) : null}

          <section className="cp-section" aria-labelledby="cp-compare-sources">
            <h2 id="cp-compare-sources">{t('catalogue.brief.sources')}</h2>
            <SourcesList sources={brief?.sources ?? []} />
          </section>
        </>
      )}
    </div>
  );
}

/** The platforms one may still add to the comparison, as options named "Weibo 微博". */
function PlatformOptions({ platforms, leaveOut }: { platforms: Platform[]; leaveOut: string[] }) {
  return platforms
    .filter((p) => !leaveOut.includes(p.id))
    .map((p) => (
      <option key={p.id} value={p.id}>
        {p.name} {p.hanzi}
      </option>
    ));
}
