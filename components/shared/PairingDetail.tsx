import { useId, useMemo, useRef, type KeyboardEvent, type ReactNode } from 'react';
import type { EquivalentView } from '@/lib/catalogue/equivalents';
import type { Source } from '@/lib/catalogue/schema';
import { figurePanel } from '@/lib/popup/figure-rows';
import { pairingSources } from '@/lib/popup/pairing-sources';
import { DETAIL_TABS, type DetailTab } from '@/lib/popup/view-store';
import { AccessNotes } from './AccessNotes';
import { DifferencesTable } from './DifferencesTable';
import { FiguresChart } from './FiguresChart';
import { MarketingNotes } from './MarketingNotes';
import { SourcesList } from './SourcesList';
import { useTranslation } from './use-translation';

/**
 * Everything about one pairing, Western vs Chinese, in tabs (differences first): the glance is
 * the table; marketing, access, figures and sources are one key or click away.
 */
export function PairingDetail({
  view,
  sources,
  tab,
  onTab,
  action,
}: {
  view: EquivalentView;
  sources: Map<string, Source>;
  tab: DetailTab;
  onTab: (tab: DetailTab) => void;
  /** Shown beside the heading, such as a way to open the counterpart's own entry. */
  action?: ReactNode;
}) {
  const { t } = useTranslation();
  const base = useId();
  const tabs = useRef<Record<string, HTMLButtonElement | null>>({});
  const { western, chinese, pairing } = view;
  const names = { western: western.name, chinese: chinese.name };
  const panel = useMemo(() => figurePanel([western, chinese], sources), [western, chinese, sources]);
  const regions = { [western.id]: western.region, [chinese.id]: chinese.region };

  const onKeyDown = (e: KeyboardEvent) => {
    const i = DETAIL_TABS.indexOf(tab);
    const next =
      e.key === 'ArrowRight' ? DETAIL_TABS[(i + 1) % DETAIL_TABS.length]
      : e.key === 'ArrowLeft' ? DETAIL_TABS[(i - 1 + DETAIL_TABS.length) % DETAIL_TABS.length]
      : e.key === 'Home' ? DETAIL_TABS[0]
      : e.key === 'End' ? DETAIL_TABS[DETAIL_TABS.length - 1]
      : undefined;
    if (!next) return;
    e.preventDefault();
    onTab(next);
    tabs.current[next]?.focus();
  };

  return (
    <section className="cl-detail" aria-labelledby={`${base}-title`} data-testid="pairing-detail">
      <div className="cl-detail__head">
        <h2 id={`${base}-title`} className="cl-section-title">
          {t('shared.versus', names)}
        </h2>
        {action}
      </div>
      <div role="tablist" aria-label={t('shared.tabs.label', names)} className="cl-tabs" onKeyDown={onKeyDown}>
        {DETAIL_TABS.map((name) => (
          <button
            key={name}
            ref={(el) => {
              tabs.current[name] = el;
            }}
            type="button"
            role="tab"
            id={`${base}-tab-${name}`}
            aria-selected={tab === name}
            aria-controls={`${base}-panel`}
            tabIndex={tab === name ? 0 : -1}
            className="cl-tab"
            onClick={() => onTab(name)}
          >
            {t(`shared.tab.${name}`)}
          </button>
        ))}
      </div>
      <div role="tabpanel" id={`${base}-panel`} aria-labelledby={`${base}-tab-${tab}`} tabIndex={0} className="cl-tabpanel">
        {tab === 'differences' ? <DifferencesTable western={western.name} chinese={chinese.name} differences={pairing.differences} /> : null}
        {tab === 'marketing' ? <MarketingNotes pairingNote={pairing.note} notes={chinese.marketing} platformName={chinese.name} sources={sources} /> : null}
        {tab === 'access' ? <AccessNotes platforms={[chinese, western]} /> : null}
        {tab === 'figures' ? <FiguresChart panel={panel} regions={regions} western={western.name} chinese={chinese.name} /> : null}
        {tab === 'sources' ? <SourcesList sources={pairingSources(view, sources)} /> : null}
      </div>
    </section>
  );
}
