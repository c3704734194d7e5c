import type { ReactNode } from 'react';
import type { Platform } from '@/lib/catalogue/schema';
import { Monogram } from './Monogram';
import { useTranslation } from './use-translation';

/**
 * The entry's header: mark, name with 汉字 and pinyin, region and categories, and room for actions
 * (pin). `eyebrow` says how the person got here ("You are on", "Catalogue entry").
 */
export function PlatformHeader({ platform, eyebrow, actions, headingLevel = 1 }: { platform: Platform; eyebrow: string; actions?: ReactNode; headingLevel?: 1 | 2 }) {
  const { t } = useTranslation();
  const Heading = headingLevel === 1 ? 'h1' : 'h2';
  const meta = [t(`region.${platform.region}`), ...platform.categories.map((c) => t(`category.${c}`))];
  if (platform.status !== 'active') meta.push(t(`status.${platform.status}`));
  return (
    <header className="cl-platform-header">
      <Monogram platform={platform} size="lg" />
      <div className="cl-platform-header__text">
        <p className="cl-eyebrow">{eyebrow}</p>
        <Heading className="cl-platform-header__title">
          <span data-testid="platform-name">{platform.name}</span>
          {platform.hanzi ? (
            <span className="cl-platform-header__hanzi" lang="zh-CN">
              {platform.hanzi}
            </span>
          ) : null}
        </Heading>
        {platform.pinyin ? (
          <p className="cl-platform-header__pinyin" lang="zh-Latn-pinyin">
            {platform.pinyin}
          </p>
        ) : null}
        <p className="cl-platform-header__meta">{meta.join(' · ')}</p>
      </div>
      {actions ? <div className="cl-platform-header__actions">{actions}</div> : null}
    </header>
  );
}
