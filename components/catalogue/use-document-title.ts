import { useEffect } from 'react';
import { useTranslation } from '@/components/shared/use-translation';

/** "WeChat — China Lens": each view names the tab, so history and tab lists are readable. */
export function useDocumentTitle(title: string | undefined): void {
  const { t } = useTranslation();
  useEffect(() => {
    document.title = title ? `${title} — ${t('app.name')}` : t('app.name');
  }, [title, t]);
}
