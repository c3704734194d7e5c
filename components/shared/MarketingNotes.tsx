import type { MarketingNote, Source } from '@/lib/catalogue/schema';
import { sourceLabel } from './format';
import { useTranslation } from './use-translation';

/**
 * What a marketer should know: first what to do differently for this pairing, then the Chinese
 * platform's notes by topic, each with the sources it rests on.
 */
export function MarketingNotes({
  pairingNote,
  notes,
  platformName,
  sources,
}: {
  pairingNote?: string | undefined;
  notes: MarketingNote[];
  platformName: string;
  sources: Map<string, Source>;
}) {
  const { t } = useTranslation();
  if (!pairingNote && notes.length === 0) return <p className="cl-empty">{t('shared.marketing.none', { platform: platformName })}</p>;
  return (
    <div className="cl-marketing" data-testid="marketing">
      {pairingNote ? (
        <div className="cl-callout">
          <p className="cl-callout__title">{t('shared.marketing.forMarketers')}</p>
          <p>{pairingNote}</p>
        </div>
      ) : null}
      {notes.length > 0 ? (
        <dl className="cl-marketing__notes">
          {notes.map((n, i) => (
            <div key={i} className="cl-marketing__note">
              <dt>{t(`shared.marketing.topic.${n.topic}`)}</dt>
              <dd>
                {n.text}
                {n.sourceIds.length > 0 ? (
                  <span className="cl-cite"> — {n.sourceIds.map((id) => sourceLabel(sources.get(id), id)).join('; ')}</span>
                ) : null}
              </dd>
            </div>
          ))}
        </dl>
      ) : null}
    </div>
  );
}
