import type { Platform } from '@/lib/catalogue/schema';
import { useTranslation } from './use-translation';

/** What a foreign person or business meets when trying to use each platform of the pairing. */
export function AccessNotes({ platforms }: { platforms: Platform[] }) {
  const { t } = useTranslation();
  return (
    <div className="cl-access" data-testid="access">
      {platforms.map((p) => (
        <section key={p.id} className="cl-access__platform" aria-labelledby={`access-${p.id}`}>
          <h4 id={`access-${p.id}`} className="cl-subheading">
            {p.name}
          </h4>
          {p.access.length > 0 ? (
            <ul className="cl-bullets">
              {p.access.map((a, i) => (
                <li key={i}>{a}</li>
              ))}
            </ul>
          ) : (
            <p className="cl-empty">{t('shared.access.none', { platform: p.name })}</p>
          )}
        </section>
      ))}
    </div>
  );
}
