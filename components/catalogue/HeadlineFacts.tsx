import { formatAsOf, formatFigureValue } from '@/components/shared/format';
import { useTranslation } from '@/components/shared/use-translation';
import { headlineFigure, launchYear } from '@/lib/catalogue/figures';
import type { Platform } from '@/lib/catalogue/schema';
import { FactRow } from './FactRow';

/**
 * A platform's headline audience figure (with the year it is as of) and its launch year, as
 * term–value rows for a <dl>; a row is left out when the catalogue has no such figure. The
 * browse card and the entry's "at a glance" panel both lead with these two.
 */
export function HeadlineFacts({ figures }: { figures: Platform['figures'] }) {
  const { t, locale } = useTranslation();
  const headline = headlineFigure(figures);
  const launched = launchYear(figures);
  return (
    <>
      {headline ? (
        <FactRow term={t(`metric.${headline.metric}`)}>
          {formatFigureValue(headline, locale, t)} <span className="cp-muted">({formatAsOf(headline.asOf, locale)})</span>
        </FactRow>
      ) : null}
      <FactRow term={t('metric.launch-year')}>{launched?.value}</FactRow>
    </>
  );
}
