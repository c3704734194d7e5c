import { ExternalIcon } from '@/components/shared/Icons';
import { useTranslation } from '@/components/shared/use-translation';
import type { Source } from '@/lib/catalogue/schema';

/** A short citation: "Publisher, 2023", linking to the source when it has an address. */
export function SourceCite({ source, id }: { source: Source | undefined; id: string }) {
  const { t } = useTranslation();
  if (!source) return <span className="cp-cite">{id}</span>;
  const label = `${source.publisher}${source.year ? `, ${source.year}` : ''}`;
  return source.url ? (
    <a className="cp-cite" href={source.url} target="_blank" rel="noreferrer noopener" title={source.title}>
      {label}
      <ExternalIcon className="cl-inline-icon" />
      <span className="cl-visually-hidden"> ({source.title}; {t('shared.sources.opensNewTab')})</span>
    </a>
  ) : (
    <span className="cp-cite" title={source.title}>
      {label}
    </span>
  );
}

/** "Based on: Publisher, 2021; Publisher, 2019" — the sources behind an entry, term or pairing. */
export function SourceCites({
  ids,
  sources,
  as: Tag = 'p',
}: {
  ids: string[];
  sources: Map<string, Source>;
  as?: 'p' | 'span';
}) {
  const { t } = useTranslation();
  if (ids.length === 0) return null;
  return (
    <Tag className="cp-cites">
      {t('catalogue.entry.basedOn')}{' '}
      {ids.map((sid, i) => (
        <span key={sid}>
          {i > 0 ? '; ' : ''}
          <SourceCite source={sources.get(sid)} id={sid} />
        </span>
      ))}
    </Tag>
  );
}
