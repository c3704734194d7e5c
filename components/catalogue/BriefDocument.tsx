/**
 * A brief as a readable, printable document: the same content as the Markdown export (built from
 * the same Brief), numbered citations and the full source list with addresses. The print
 * stylesheet hides everything on the page but this, so "Print → Save as PDF" gives a clean file.
 */
import { formatAsOf, formatFigureValue } from '@/components/shared/format';
import { useTranslation } from '@/components/shared/use-translation';
import type { Brief, BriefPlatform, Cites } from '@/lib/export/brief';
import { briefTitle, platformTitle, sourceLine } from '@/lib/export/brief-markdown';

function Cite({ cites }: { cites: Cites }) {
  if (cites.length === 0) return null;
  return (
    <sup className="cp-brief__cite">
      {cites.map((n, i) => (
        <span key={n}>
          {i > 0 ? ',' : ''}
          <a href={`#brief-source-${n}`} onClick={(e) => (e.preventDefault(), document.getElementById(`brief-source-${n}`)?.scrollIntoView?.())}>
            {n}
          </a>
        </span>
      ))}
    </sup>
  );
}

function Section({ s }: { s: BriefPlatform }) {
  const { t, locale } = useTranslation();
  const p = s.platform;
  return (
    <section className="cp-brief__platform" data-testid="brief-platform">
      <h3>{platformTitle(p)}</h3>
      <p className="cp-brief__meta">
        {[t(`region.${p.region}`), p.categories.map((c) => t(`category.${c}`)).join(', '), ...(p.owner ? [t('catalogue.entry.owner', { owner: p.owner })] : [])].join(' · ')}
      </p>
      <p>
        {p.summary}
        <Cite cites={s.cites} />
      </p>
      {p.description ? <p>{p.description}</p> : null}
      {s.figures.length > 0 ? (
        <>
          <h4>{t('catalogue.entry.figures')}</h4>
          <table className="cp-table cp-table--brief">
            <thead>
              <tr>
                <th scope="col">{t('catalogue.figures.measure')}</th>
                <th scope="col">{t('catalogue.figures.value')}</th>
                <th scope="col">{t('catalogue.figures.asOf')}</th>
              </tr>
            </thead>
            <tbody>
              {s.figures.flatMap((g) =>
                g.figures.map((f, i) => (
                  <tr key={`${g.metric}-${i}`}>
                    <th scope="row">
                      {t(`metric.${g.metric}`)}
                      {i > 0 ? ` (${t('catalogue.figures.older')})` : ''}
                    </th>
                    <td>
                      {formatFigureValue(f.figure, locale, t)}
                      {f.figure.note ? ` (${f.figure.note})` : ''}
                      <Cite cites={f.cites} />
                    </td>
                    <td>{formatAsOf(f.figure.asOf, locale)}</td>
                  </tr>
                )),
              )}
            </tbody>
          </table>
        </>
      ) : null}
      {p.audience ? (
        <>
          <h4>{t('catalogue.entry.audience')}</h4>
          <p>{[p.audience.summary, p.audience.age, p.audience.cityTiers].filter(Boolean).join(' ')}</p>
        </>
      ) : null}
      {p.access.length > 0 ? (
        <>
          <h4>{t('catalogue.entry.access')}</h4>
          <ul>
            {p.access.map((a, i) => (
              <li key={i}>{a}</li>
            ))}
          </ul>
        </>
      ) : null}
      {s.marketing.length > 0 ? (
        <>
          <h4>{t('catalogue.entry.marketing')}</h4>
          <ul>
            {s.marketing.map(({ note, cites }, i) => (
              <li key={i}>
                <strong>{t(`shared.marketing.topic.${note.topic}`)}:</strong> {note.text}
                <Cite cites={cites} />
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {s.pairings.length > 0 ? (
        <>
          <h4>{t('catalogue.entry.pairings')}</h4>
          {s.pairings.map(({ western, chinese, pairing, cites }) => (
            <div key={`${western.id}-${chinese.id}`} className="cp-brief__pairing">
              <h5>
                {western.name} → {platformTitle(chinese)} ({t(`fit.${pairing.fit}`)}
                {pairing.historical ? `, ${t('historical')}` : ''})
              </h5>
              <p>
                {pairing.why}
                <Cite cites={cites} />
              </p>
              {pairing.differences.length > 0 ? (
                <table className="cp-table cp-table--brief">
                  <thead>
                    <tr>
                      <th scope="col">{t('catalogue.compare.aspect')}</th>
                      <th scope="col">{western.name}</th>
                      <th scope="col">{chinese.name}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {pairing.differences.map((d) => (
                      <tr key={d.aspect}>
                        <th scope="row">{d.aspect}</th>
                        <td>{d.western}</td>
                        <td>{d.chinese}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              ) : null}
              {pairing.note ? (
                <p>
                  <em>{t('catalogue.entry.pairingNote')}:</em> {pairing.note}
                </p>
              ) : null}
            </div>
          ))}
        </>
      ) : null}
      {s.glossary.length > 0 ? (
        <>
          <h4>{t('catalogue.entry.glossary')}</h4>
          <ul>
            {s.glossary.map(({ term, cites }) => (
              <li key={term.id}>
                <strong>{term.term}</strong>
                {term.hanzi ? <span lang="zh-CN"> {term.hanzi}</span> : null}
                {term.pinyin ? ` (${term.pinyin})` : ''}: {term.definition}
                <Cite cites={cites} />
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {s.note ? (
        <>
          <h4>{t('catalogue.entry.note')}</h4>
          <blockquote className="cp-brief__note">{s.note.text}</blockquote>
        </>
      ) : null}
    </section>
  );
}

export function BriefDocument({ brief }: { brief: Brief }) {
  const { t, locale } = useTranslation();
  const date = new Intl.DateTimeFormat(locale, { dateStyle: 'long' }).format(brief.createdAt);
  return (
    <article className="cp-brief" data-testid="brief" aria-label={briefTitle(brief, t)}>
      <header>
        <p className="cp-brief__kicker">{t('app.name')}</p>
        <h2 className="cp-brief__title">{briefTitle(brief, t)}</h2>
        <p className="cp-brief__meta">{t('catalogue.brief.prepared', { date })}</p>
      </header>
      {brief.platforms.map((s) => (
        <Section key={s.platform.id} s={s} />
      ))}
      <section className="cp-brief__sources">
        <h3>{t('catalogue.brief.sources')}</h3>
        {brief.sources.length === 0 ? <p>{t('catalogue.brief.noSources')}</p> : null}
        <ol>
          {brief.sources.map((s, i) => (
            <li key={s.id} id={`brief-source-${i + 1}`}>
              {sourceLine(s, t)}
              {s.url ? (
                <>
                  {' '}
                  <a href={s.url} target="_blank" rel="noreferrer noopener" className="cp-brief__url">
                    {s.url}
                  </a>
                </>
              ) : null}
            </li>
          ))}
        </ol>
      </section>
    </article>
  );
}
