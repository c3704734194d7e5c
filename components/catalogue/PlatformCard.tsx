import { Highlight } from '@/components/shared/Highlight';
import { Monogram } from '@/components/shared/Monogram';
import { useTranslation } from '@/components/shared/use-translation';
import { equivalentsOf } from '@/lib/catalogue/equivalents';
import type { Platform } from '@/lib/catalogue/schema';
import type { SearchHit } from '@/lib/search/search-index';
import { HeadlineFacts } from './HeadlineFacts';
import { RouteLink } from './router-context';

/**
 * One platform in a grid: its mark, names, what it is, its headline audience figure (with year),
 * and who it pairs with. The whole card is one link to the entry (the name is the link text; the
 * rest is reachable by the card's stretched link, so keyboard users tab once per card).
 */
export function PlatformCard({ platform, platforms, pinned, hit }: { platform: Platform; platforms: Platform[]; pinned: boolean; hit?: SearchHit }) {
  const { t } = useTranslation();
  const counterparts = equivalentsOf(platform.id, { platforms });
  const also = hit && (hit.alias ?? hit.counterpart);
  return (
    <article className="cp-card" data-testid="platform-card" data-id={platform.id}>
      <div className="cp-card__head">
        <Monogram platform={platform} size="md" />
        <div className="cp-card__names">
          <h3 className="cp-card__title">
            <RouteLink to={{ view: 'platform', id: platform.id }} className="cp-card__link" data-testid="platform-card-link">
              {hit ? <Highlight value={hit.name} /> : platform.name}
            </RouteLink>
            {platform.hanzi ? (
              <span className="cp-card__hanzi" lang="zh-CN">
                {hit?.hanzi ? <Highlight value={hit.hanzi} /> : platform.hanzi}
              </span>
            ) : null}
          </h3>
          {platform.pinyin ? (
            <p className="cp-card__pinyin" lang="zh-Latn-pinyin">
              {hit?.pinyin ? <Highlight value={hit.pinyin} /> : platform.pinyin}
            </p>
          ) : null}
        </div>
        {pinned ? (
          <span className="cp-card__pinned" title={t('catalogue.card.pinned')}>
            <span aria-hidden="true">★</span>
            <span className="cl-visually-hidden">{t('catalogue.card.pinned')}</span>
          </span>
        ) : null}
      </div>
      <p className="cp-card__meta">
        <span className={`cp-region cp-region--${platform.region}`}>{t(`region.${platform.region}`)}</span>{' '}
        {platform.categories.map((c) => t(`category.${c}`)).join(' · ')}
        {platform.status !== 'active' ? ` · ${t(`status.${platform.status}`)}` : ''}
      </p>
      {also ? (
        <p className="cp-card__also">
          {hit?.alias ? t('catalogue.card.alias') : t('catalogue.card.counterpartOf')} <Highlight value={also} />
        </p>
      ) : null}
      <p className="cp-card__summary">{platform.summary}</p>
      <dl className="cp-card__facts">
        <HeadlineFacts figures={platform.figures} />
      </dl>
      {counterparts.length > 0 ? (
        <p className="cp-card__pairs">
          <span className="cp-muted">{platform.region === 'western' ? t('catalogue.card.chinese') : t('catalogue.card.western')}</span>{' '}
          {counterparts
            .slice(0, 4)
            .map((e) => e.platform.name)
            .join(', ')}
          {counterparts.length > 4 ? ` ${t('catalogue.card.more', { count: counterparts.length - 4 })}` : ''}
        </p>
      ) : null}
    </article>
  );
}
