import type { Fit } from '@/lib/catalogue/schema';
import { useTranslation } from './use-translation';

/** How well a counterpart plays the role: closest, partial or related; historical pairings say so. */
export function FitBadge({ fit, historical = false }: { fit: Fit; historical?: boolean }) {
  const { t } = useTranslation();
  return (
    <span className="cl-badges">
      <span className={`cl-fit cl-fit--${fit}`} data-testid="fit">
        {t(`fit.${fit}`)}
      </span>
      {historical ? <span className="cl-fit cl-fit--historical">{t('historical')}</span> : null}
    </span>
  );
}
