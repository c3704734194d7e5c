import type { EquivalentView } from '@/lib/catalogue/equivalents';
import { FitBadge } from './FitBadge';
import { Monogram } from './Monogram';
import { PlatformNames } from './PlatformNames';

/**
 * The counterparts of a platform, best fit first, each with its fit and one line on why. Choosing
 * one shows its details below; the chosen one is marked (aria-pressed) and expanded.
 */
export function EquivalentList({
  views,
  chosenId,
  onChoose,
  labelledBy,
}: {
  views: EquivalentView[];
  chosenId: string | undefined;
  onChoose: (id: string) => void;
  labelledBy: string;
}) {
  return (
    <ul className="cl-equivalents" aria-labelledby={labelledBy}>
      {views.map((v) => {
        const chosen = v.platform.id === chosenId;
        return (
          <li key={v.platform.id} data-testid="equivalent" className={chosen ? 'cl-equivalent cl-equivalent--chosen' : 'cl-equivalent'}>
            <button
              type="button"
              className="cl-equivalent__button"
              aria-pressed={chosen}
              onClick={() => onChoose(v.platform.id)}
            >
              <Monogram platform={v.platform} />
              <span className="cl-equivalent__body">
                <span className="cl-equivalent__top">
                  <PlatformNames platform={v.platform} nameTestId="equivalent-name" />
                  <FitBadge fit={v.fit} historical={v.pairing.historical} />
                </span>
                <span className="cl-equivalent__why">{v.pairing.why}</span>
              </span>
            </button>
          </li>
        );
      })}
    </ul>
  );
}
