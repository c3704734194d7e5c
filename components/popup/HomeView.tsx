import { useId } from 'react';
import type { Category, Platform } from '@/lib/catalogue/schema';
import { useTranslation } from '@/components/shared/use-translation';
import { Block } from './Block';
import { PlatformRows } from './PlatformRow';
import type { PopupData } from './use-popup-data';

const RECENT_SHOWN = 5;

/**
 * The start view: on a page the catalogue does not know it says so, then offers pinned and recent
 * entries and every category to browse, so the popup is never empty.
 */
export function HomeView({
  data,
  notCatalogued,
  host,
  onOpenPlatform,
  onOpenCategory,
}: {
  data: PopupData;
  /** Set when this is the answer for the current page (which is not catalogued). */
  notCatalogued: boolean;
  host: string | undefined;
  onOpenPlatform: (id: string) => void;
  onOpenCategory: (id: Category) => void;
}) {
  const { t } = useTranslation();
  const ids = useId();
  const pinned = (data.pins ?? []).flatMap((p) => (data.byId.has(p.platformId) ? [data.byId.get(p.platformId)!] : []));
  const pinnedIds = new Set(pinned.map((p) => p.id));
  const recent = (data.recent ?? [])
    .filter((r) => !pinnedIds.has(r.platformId))
    .flatMap((r) => (data.byId.has(r.platformId) ? [data.byId.get(r.platformId)!] : []))
    .slice(0, RECENT_SHOWN);
  const counts = categoryCounts(data.platforms ?? []);

  return (
    <div className="cl-home">
      {notCatalogued ? (
        <section className="cl-banner" data-testid="not-catalogued" aria-labelledby={`${ids}-banner`}>
          <h1 id={`${ids}-banner`} className="cl-banner__title">
            {host ? t('popup.notCatalogued.host', { host }) : t('popup.notCatalogued.page')}
          </h1>
          <p className="cl-banner__body">{t('popup.notCatalogued.body')}</p>
        </section>
      ) : (
        <h1 className="cl-visually-hidden">{t('popup.title')}</h1>
      )}
      {pinned.length > 0 ? (
        <Block title={t('popup.pinned')}>
          <PlatformRows platforms={pinned} onOpen={onOpenPlatform} testId="pinned" rowTestId="pinned-entry" />
        </Block>
      ) : null}
      {recent.length > 0 ? (
        <Block title={t('popup.recent')}>
          <PlatformRows platforms={recent} onOpen={onOpenPlatform} testId="recent" rowTestId="recent-entry" />
        </Block>
      ) : null}
      {pinned.length === 0 && recent.length === 0 ? <p className="cl-hint">{t('popup.personalEmpty')}</p> : null}
      <Block title={t('popup.categories')}>
        <ul className="cl-categories" data-testid="categories">
          {[...counts.keys()].map((c) => (
            <li key={c}>
              <button type="button" className="cl-chip" onClick={() => onOpenCategory(c)}>
                <span>{t(`category.${c}`)}</span>
                <span className="cl-chip__count" aria-hidden="true">
                  {counts.get(c)}
                </span>
                <span className="cl-visually-hidden">
                  {' '}
                  ({counts.get(c) === 1 ? t('popup.platformCountOne') : t('popup.platformCount', { count: counts.get(c)! })})
                </span>
              </button>
            </li>
          ))}
        </ul>
      </Block>
    </div>
  );
}

/** Platforms per category, the fullest categories first (ties keep catalogue order). */
export function categoryCounts(platforms: Pick<Platform, 'categories'>[]): Map<Category, number> {
  const counts = new Map<Category, number>();
  for (const p of platforms) for (const c of p.categories) counts.set(c, (counts.get(c) ?? 0) + 1);
  return new Map([...counts].sort((a, b) => b[1] - a[1]));
}
