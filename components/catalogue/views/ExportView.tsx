/**
 * Export: a brief for the chosen platforms as Markdown, CSV or a printed page (sources always
 * included), and the person's own pins and notes as a JSON file, with an import that validates
 * the file first and changes nothing when it is bad.
 */
import { useId, useMemo, useRef, useState } from 'react';
import { Skeleton } from '@/components/shared/Skeleton';
import { useTranslation } from '@/components/shared/use-translation';
import type { Platform } from '@/lib/catalogue/schema';
import type { Route } from '@/lib/catalogue-page/routes';
import { buildBrief } from '@/lib/export/brief';
import { briefCsv } from '@/lib/export/brief-csv';
import { briefMarkdown } from '@/lib/export/brief-markdown';
import { briefFileName, personalFileName } from '@/lib/export/file-names';
import { importProblemMessage, importSummaryMessage } from '@/lib/export/import-message';
import { buildPersonalExport, importPersonalData, MAX_IMPORT_BYTES, personalExportJson, readPersonalImport } from '@/lib/export/personal-data';
import { BriefDocument } from '../BriefDocument';
import { downloadText, fileDate } from '../download';
import { RouteLink, useNavigate } from '../router-context';
import { useCatalogueData } from '../use-catalogue-data';
import { useDocumentTitle } from '../use-document-title';
import { ViewHead } from '../ViewHead';

type ExportRoute = Extract<Route, { view: 'export' }>;
const byName = (a: Platform, b: Platform) => a.name.localeCompare(b.name);

export function ExportView({ route }: { route: ExportRoute }) {
  const { t, locale } = useTranslation();
  const navigate = useNavigate();
  const data = useCatalogueData();
  const { platforms, byId, sources, glossary, notes, pins } = data;
  const [withNotes, setWithNotes] = useState(true);
  const ids = useId();
  useDocumentTitle(t('catalogue.nav.export'));

  const chosen = useMemo(() => route.ids.filter((id) => byId.has(id)), [route.ids, byId]);
  const setChosen = (next: string[]) => navigate({ view: 'export', ids: [...new Set(next)] }, { replace: true });
  const brief = useMemo(
    () =>
      platforms && chosen.length > 0
        ? buildBrief(chosen, { platforms, sources: [...sources.values()], glossary: glossary ?? [], notes: withNotes ? (notes ?? []) : [] })
        : null,
    [platforms, sources, glossary, notes, withNotes, chosen],
  );

  if (!platforms) return <Skeleton label={t('catalogue.loading')} lines={4} />;
  const pinnedIds = (pins ?? []).map((p) => p.platformId).filter((id) => byId.has(id));
  const unpinnedChosen = pinnedIds.filter((id) => !chosen.includes(id));
  const download = (ext: 'md' | 'csv') => {
    if (!brief) return;
    const name = briefFileName(chosen, fileDate(), ext);
    if (ext === 'md') downloadText(name, briefMarkdown(brief, { locale, t }), 'text/markdown');
    else downloadText(name, briefCsv(brief, { locale, t }), 'text/csv');
  };

  return (
    <div className="cp-export">
      <ViewHead title={t('catalogue.export.title')} lede={t('catalogue.export.lede')} noPrint />

      <section className="cp-panel cp-noprint" aria-labelledby={`${ids}-choose`}>
        <h2 id={`${ids}-choose`}>{t('catalogue.export.choose')}</h2>
        <ul className="cp-chips" aria-label={t('catalogue.export.chosen')}>
          {chosen.map((id) => (
            <li key={id} className="cp-chip" data-testid="export-chosen">
              <span>{byId.get(id)!.name}</span>
              <button
                type="button"
                className="cp-chip__remove"
                aria-label={t('catalogue.compare.remove', { platform: byId.get(id)!.name })}
                onClick={() => setChosen(chosen.filter((x) => x !== id))}
              >
                ×
              </button>
            </li>
          ))}
          {chosen.length === 0 ? <li className="cp-muted">{t('catalogue.export.noneChosen')}</li> : null}
        </ul>
        <div className="cp-toolbar">
          <label htmlFor={`${ids}-add`} className="cl-visually-hidden">
            {t('catalogue.export.add')}
          </label>
          <select id={`${ids}-add`} value="" onChange={(e) => e.target.value && setChosen([...chosen, e.target.value])} data-testid="export-add">
            <option value="">{t('catalogue.export.add')}</option>
            {(['western', 'chinese'] as const).map((region) => (
              <optgroup key={region} label={t(`region.${region}`)}>
                {platforms
                  .filter((p) => p.region === region && !chosen.includes(p.id))
                  .sort(byName)
                  .map((p) => (
                    <option key={p.id} value={p.id}>
                      {p.name}
                      {p.hanzi ? ` ${p.hanzi}` : ''}
                    </option>
                  ))}
              </optgroup>
            ))}
          </select>
          {unpinnedChosen.length > 0 ? (
            <button type="button" className="cp-button cp-button--quiet" onClick={() => setChosen([...chosen, ...unpinnedChosen])}>
              {t('catalogue.export.addPinned', { count: unpinnedChosen.length })}
            </button>
          ) : null}
          {chosen.length > 0 ? (
            <button type="button" className="cp-button cp-button--quiet" onClick={() => setChosen([])}>
              {t('catalogue.export.clear')}
            </button>
          ) : null}
        </div>
        <label className="cp-check">
          <input type="checkbox" checked={withNotes} onChange={(e) => setWithNotes(e.target.checked)} />
          <span>{t('catalogue.export.withNotes')}</span>
        </label>
        <div className="cp-toolbar" role="group" aria-label={t('catalogue.export.label')}>
          <button type="button" className="cp-button" disabled={!brief} onClick={() => download('md')} data-testid="export-md">
            {t('catalogue.export.markdown')}
          </button>
          <button type="button" className="cp-button cp-button--quiet" disabled={!brief} onClick={() => download('csv')} data-testid="export-csv">
            {t('catalogue.export.csv')}
          </button>
          <button type="button" className="cp-button cp-button--quiet" disabled={!brief} onClick={() => window.print()}>
            {t('catalogue.export.print')}
          </button>
        </div>
        <p className="cp-hint">{t('catalogue.export.sourcesAlways')}</p>
      </section>

      {brief ? (
        <section className="cp-section cp-preview" aria-labelledby={`${ids}-preview`}>
          <h2 id={`${ids}-preview`} className="cp-noprint">
            {t('catalogue.export.preview')}
          </h2>
          <BriefDocument brief={brief} />
        </section>
      ) : (
        <div className="cp-empty cp-noprint">
          <p className="cp-empty__title">{t('catalogue.export.empty')}</p>
          <p>
            {t('catalogue.export.emptyHint')} <RouteLink to={{ view: 'browse', sort: 'name' }}>{t('catalogue.nav.browse')}</RouteLink>
          </p>
        </div>
      )}

      <PersonalData />
    </div>
  );
}

type ImportState = { kind: 'idle' } | { kind: 'error'; message: string } | { kind: 'done'; message: string };

function PersonalData() {
  const { t } = useTranslation();
  const { db, pins, notes, byId } = useCatalogueData();
  const [state, setState] = useState<ImportState>({ kind: 'idle' });
  const [busy, setBusy] = useState(false);
  const file = useRef<HTMLInputElement>(null);
  const ids = useId();
  const noteCount = (notes ?? []).filter((n) => n.text.trim() !== '').length;

  const exportJson = () => {
    const data = buildPersonalExport(pins ?? [], notes ?? []);
    downloadText(personalFileName(fileDate()), personalExportJson(data), 'application/json');
  };

  const importFile = async (f: File) => {
    setBusy(true);
    try {
      // The size is checked before reading, so a huge file is refused without loading it.
      const result = f.size > MAX_IMPORT_BYTES ? readPersonalImport('', f.size) : readPersonalImport(await f.text(), f.size);
      if (!result.ok) {
        setState({ kind: 'error', message: importProblemMessage(result.problem, f.name, t) });
        return;
      }
      const summary = await importPersonalData(db, result.data, new Set(byId.keys()), (date) => t('catalogue.import.marker', { date }));
      setState({ kind: 'done', message: importSummaryMessage(summary, t) });
    } catch (e) {
      setState({ kind: 'error', message: t('catalogue.import.failed', { file: f.name, detail: e instanceof Error ? e.message : String(e) }) });
    } finally {
      setBusy(false);
      if (file.current) file.current.value = '';
    }
  };

  return (
    <section className="cp-panel cp-noprint" aria-labelledby={`${ids}-personal`} data-testid="personal-data">
      <h2 id={`${ids}-personal`}>{t('catalogue.personal.title')}</h2>
      <p>{t('catalogue.personal.counts', { pins: pins?.length ?? 0, notes: noteCount })}</p>
      <p className="cp-hint">{t('catalogue.personal.help')}</p>
      <div className="cp-toolbar">
        <button type="button" className="cp-button" onClick={exportJson} data-testid="personal-export">
          {t('catalogue.personal.export')}
        </button>
        <label className="cp-button cp-button--quiet cp-file">
          <input
            ref={file}
            type="file"
            accept=".json,application/json"
            className="cp-file__input"
            disabled={busy}
            data-testid="personal-import"
            onChange={(e) => {
              const f = e.target.files?.[0];
              if (f) void importFile(f);
            }}
          />
          <span>{t('catalogue.personal.import')}</span>
        </label>
      </div>
      <div role="alert" className="cp-alert-slot">
        {state.kind === 'error' ? (
          <p className="cp-alert cp-alert--error" data-testid="import-error">
            <strong>{t('catalogue.import.refused')}</strong> {state.message} {t('catalogue.import.nothingChanged')}
          </p>
        ) : null}
      </div>
      <p role="status" className="cp-status" data-testid="import-status">
        {state.kind === 'done' ? state.message : ''}
      </p>
    </section>
  );
}
