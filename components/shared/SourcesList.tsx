import type { Source } from '@/lib/catalogue/schema';
import { ExternalIcon } from './Icons';
import { useTranslation } from './use-translation';

/** The sources behind an entry: publisher, title, year; titles with an address open it in a new tab. */
export function SourcesList({ sources }: { sources: Source[] }) {
  const { t } = useTranslation();
  if (sources.length === 0) return <p className="cl-empty">{t('shared.sources.none')}</p>;
  return (
    <ol className="cl-sources" data-testid="sources">
      {sources.map((s) => (
        <li key={s.id}>
          {s.url ? (
            <a href={s.url} target="_blank" rel="noreferrer noopener" className="cl-sources__title">
              {s.title}
              <ExternalIcon className="cl-inline-icon" />
              <span className="cl-visually-hidden"> {t('shared.sources.opensNewTab')}</span>
            </a>
          ) : (
            <span className="cl-sources__title">{s.title}</span>
          )}
          <span className="cl-sources__meta">
            {s.publisher}
            {s.year ? `, ${s.year}` : ''}
            {s.year && s.yearInferred ? ` ${t('shared.sources.yearInferred')}` : ''}
          </span>
        </li>
      ))}
    </ol>
  );
}
