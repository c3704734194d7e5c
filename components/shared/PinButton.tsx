import { StarIcon } from './Icons';
import { useTranslation } from './use-translation';

/** A toggle: pressed when the platform is pinned. Pins live in IndexedDB (lib/personal/pins). */
export function PinButton({ pinned, platformName, onToggle }: { pinned: boolean; platformName: string; onToggle: () => void }) {
  const { t } = useTranslation();
  return (
    <button
      type="button"
      className={pinned ? 'cl-pin cl-pin--on' : 'cl-pin'}
      aria-pressed={pinned}
      aria-label={t('shared.pin.label', { platform: platformName })}
      data-testid="pin"
      onClick={onToggle}
    >
      <StarIcon filled={pinned} />
      <span aria-hidden="true">{pinned ? t('shared.pinned') : t('shared.pin')}</span>
    </button>
  );
}
