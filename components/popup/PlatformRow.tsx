import type { Platform } from '@/lib/catalogue/schema';
import { ChevronIcon } from '@/components/shared/Icons';
import { Monogram } from '@/components/shared/Monogram';
import { PlatformNames } from '@/components/shared/PlatformNames';
import { useTranslation } from '@/components/shared/use-translation';

/** One platform in a list (pinned, recent, a category): opens its entry. */
export function PlatformRow({ platform, onOpen, testId }: { platform: Platform; onOpen: (id: string) => void; testId?: string }) {
  const { t } = useTranslation();
  return (
    <li className="cl-row" data-testid={testId}>
      <button type="button" className="cl-row__button" onClick={() => onOpen(platform.id)}>
        <Monogram platform={platform} size="sm" />
        <span className="cl-row__body">
          <PlatformNames platform={platform} />
          <span className="cl-row__meta">
            {t(`region.${platform.region}`)} · {platform.categories.map((c) => t(`category.${c}`)).join(', ')}
          </span>
        </span>
        <ChevronIcon className="cl-row__chevron" />
      </button>
    </li>
  );
}

/** A list of platform rows; testId names the list, rowTestId each row. */
export function PlatformRows({ platforms, onOpen, testId, rowTestId }: { platforms: Platform[]; onOpen: (id: string) => void; testId?: string; rowTestId?: string }) {
  return (
    <ul className="cl-rows" data-testid={testId}>
      {platforms.map((p) => (
        <PlatformRow key={p.id} platform={p} onOpen={onOpen} testId={rowTestId} />
      ))}
    </ul>
  );
}
