import type { Category, Region } from '@/lib/catalogue/schema';

const REGIONS: readonly Region[] = ['western', 'chinese'];
import { useTranslation } from '@/components/shared/use-translation';
import { Block } from './Block';
import { PlatformRows } from './PlatformRow';
import type { PopupData } from './use-popup-data';

/** Every platform in one category, Western and Chinese side by side in two lists, by name. */
export function CategoryView({ category, data, onOpenPlatform }: { category: Category; data: PopupData; onOpenPlatform: (id: string) => void }) {
  const { t } = useTranslation();
  const inCategory = (data.platforms ?? []).filter((p) => p.categories.includes(category)).sort((a, b) => a.name.localeCompare(b.name));
  return (
    <div className="cl-category" data-testid="category">
      <h1 className="cl-page-title">
        {t(`category.${category}`)}
        <span className="cl-page-title__count">
          {inCategory.length === 1 ? t('popup.platformCountOne') : t('popup.platformCount', { count: inCategory.length })}
        </span>
      </h1>
      {REGIONS.map((region) => {
        const list = inCategory.filter((p) => p.region === region);
        if (list.length === 0) return null;
        return (
          <Block key={region} title={t(`region.${region}`)}>
            <PlatformRows platforms={list} onOpen={onOpenPlatform} />
          </Block>
        );
      })}
    </div>
  );
}
