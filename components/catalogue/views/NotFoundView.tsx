import { useTranslation } from '@/components/shared/use-translation';
import { RouteLink } from '../router-context';
import { useDocumentTitle } from '../use-document-title';

/** An address the page does not know (an old bookmark, a typo, a platform since removed). */
export function NotFoundView({ hash, what }: { hash: string; what?: string }) {
  const { t } = useTranslation();
  useDocumentTitle(t('catalogue.notFound.title'));
  return (
    <div className="cp-empty cp-empty--page" data-testid="not-found">
      <h1>{t('catalogue.notFound.title')}</h1>
      <p>{what ?? t('catalogue.notFound.text', { address: hash })}</p>
      <p>
        <RouteLink to={{ view: 'browse', sort: 'name' }} className="cp-button">
          {t('catalogue.notFound.browse')}
        </RouteLink>
      </p>
    </div>
  );
}
