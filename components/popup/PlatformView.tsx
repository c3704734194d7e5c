import { useCallback, useEffect, useId, useMemo } from 'react';
import { equivalentsOf } from '@/lib/catalogue/equivalents';
import type { Platform } from '@/lib/catalogue/schema';
import { readNote, saveNote } from '@/lib/personal/notes';
import { setPinned } from '@/lib/personal/pins';
import { recordView } from '@/lib/personal/recent';
import { markAnswerShown } from '@/lib/popup/answer-mark';
import { loaderOf, type DbSource } from '@/lib/popup/lazy-db';
import { useLiveRows } from '@/lib/popup/use-live-rows';
import { usePopupView } from '@/lib/popup/view-store';
import { EquivalentList } from '@/components/shared/EquivalentList';
import { ChevronIcon, ExternalIcon } from '@/components/shared/Icons';
import { NoteEditor } from '@/components/shared/NoteEditor';
import { PairingDetail } from '@/components/shared/PairingDetail';
import { PinButton } from '@/components/shared/PinButton';
import { PlatformHeader } from '@/components/shared/PlatformHeader';
import { useTranslation } from '@/components/shared/use-translation';
import { Block } from './Block';
import type { PopupData } from './use-popup-data';

/**
 * One platform's entry: who it is, its counterparts on the other side (best fit first), the
 * chosen pairing in detail, a pin and a private note.
 */
export function PlatformView({
  platform,
  data,
  db,
  detected,
  catalogueHref,
  onOpenPlatform,
}: {
  platform: Platform;
  data: PopupData;
  db: DbSource;
  /** True when this is the site the person is on (not an entry they opened). */
  detected: boolean;
  catalogueHref?: ((id: string) => string) | undefined;
  onOpenPlatform: (id: string) => void;
}) {
  const { t } = useTranslation();
  const ids = useId();
  const { chosen, choose, tab, setTab } = usePopupView();
  const views = useMemo(() => equivalentsOf(platform.id, { platforms: data.platforms ?? [] }), [platform.id, data.platforms]);
  const chosenId = chosen[platform.id] ?? views[0]?.platform.id;
  const chosenView = views.find((v) => v.platform.id === chosenId);
  const pinned = (data.pins ?? []).some((p) => p.platformId === platform.id);
  const load = useMemo(() => loaderOf(db), [db]);
  const note = useLiveRows(db, (d) => readNote(d, platform.id), [db, platform.id]);
  const onSaveNote = useCallback((text: string) => load().then((d) => saveNote(d, platform.id, text)), [load, platform.id]);

  useEffect(() => {
    // Recent is a convenience: a failed write must not disturb the answer.
    load()
      .then((d) => recordView(d, platform.id))
      .catch((e: unknown) => console.warn('China Lens could not record a recent view', e));
  }, [load, platform.id]);
  useEffect(markAnswerShown, []);

  const side = platform.region === 'western' ? 'chinese' : 'western';
  return (
    <article className="cl-entry" data-testid="entry" data-platform={platform.id}>
      <PlatformHeader
        platform={platform}
        eyebrow={detected ? t('shared.youAreOn') : t('shared.entry')}
        actions={<PinButton pinned={pinned} platformName={platform.name} onToggle={() => load().then((d) => setPinned(d, platform.id, !pinned)).catch((e: unknown) => console.error('China Lens could not save the pin', e))} />}
      />
      {!detected || views.length === 0 ? <p className="cl-entry__summary">{platform.summary}</p> : null}

      <Block title={side === 'chinese' ? t('shared.equivalents.chinese') : t('shared.equivalents.western')} headingId={`${ids}-equivalents`}>
        {views.length > 0 ? (
          <EquivalentList views={views} chosenId={chosenId} onChoose={(id) => choose(platform.id, id)} labelledBy={`${ids}-equivalents`} />
        ) : (
          <p className="cl-empty">
            {side === 'chinese' ? t('shared.equivalents.noneChinese', { platform: platform.name }) : t('shared.equivalents.noneWestern', { platform: platform.name })}
          </p>
        )}
      </Block>

      {chosenView ? (
        <PairingDetail
          view={chosenView}
          sources={data.sources}
          tab={tab}
          onTab={setTab}
          action={
            <button type="button" className="cl-link-button cl-detail__open" onClick={() => onOpenPlatform(chosenView.platform.id)} data-testid="open-counterpart">
              {t('popup.openEntry', { platform: chosenView.platform.name })}
              <ChevronIcon className="cl-inline-icon" />
            </button>
          }
        />
      ) : null}

      <Block title={t('shared.note.heading')}>
        <NoteEditor key={platform.id} platformName={platform.name} note={note} onSave={onSaveNote} />
      </Block>

      {catalogueHref ? (
        <p className="cl-entry__footer">
          <a className="cl-button" href={catalogueHref(platform.id)} target="_blank" rel="noopener" data-testid="open-catalogue">
            {t('popup.openCatalogue')}
            <ExternalIcon className="cl-inline-icon" />
          </a>
        </p>
      ) : null}
    </article>
  );
}
