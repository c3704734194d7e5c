import type { KeyboardEvent, RefObject } from 'react';
import { BackIcon, CloseIcon, GearIcon, SearchIcon } from '@/components/shared/Icons';
import { useTranslation } from '@/components/shared/use-translation';
import { RESULTS_ID, resultId } from './SearchResults';

/**
 * Back (when there is somewhere to go back to), the mark (which goes to the start view), the
 * search field (a combobox over the results list) and settings.
 */
export function TopBar({
  canGoBack,
  onBack,
  onHome,
  settingsOpen,
  onSettings,
  query,
  onQuery,
  activeIndex,
  resultCount,
  onKey,
  inputRef,
}: {
  canGoBack: boolean;
  onBack: () => void;
  onHome: () => void;
  settingsOpen: boolean;
  onSettings: () => void;
  query: string;
  onQuery: (q: string) => void;
  activeIndex: number;
  resultCount: number;
  onKey: (e: KeyboardEvent<HTMLInputElement>) => void;
  inputRef: RefObject<HTMLInputElement | null>;
}) {
  const { t } = useTranslation();
  const expanded = query.trim() !== '' && resultCount > 0;
  return (
    <div className="cl-topbar">
      {canGoBack ? (
        <button type="button" className="cl-icon-button" onClick={onBack} aria-label={t('popup.back')} data-testid="back">
          <BackIcon />
        </button>
      ) : (
        <button type="button" className="cl-brand" onClick={onHome} aria-label={t('popup.home')} data-testid="home">
          <img src="/icon/48.png" alt="" width={24} height={24} />
        </button>
      )}
      <div className="cl-search">
        <SearchIcon className="cl-search__icon" />
        <input
          ref={inputRef}
          type="text"
          role="combobox"
          className="cl-search__input"
          data-testid="search"
          aria-label={t('popup.search.label')}
          aria-expanded={expanded}
          aria-controls={expanded ? RESULTS_ID : undefined}
          aria-autocomplete="list"
          aria-activedescendant={expanded && activeIndex >= 0 ? resultId(activeIndex) : undefined}
          placeholder={t('popup.search.placeholder')}
          autoComplete="off"
          spellCheck={false}
          value={query}
          onChange={(e) => onQuery(e.target.value)}
          onKeyDown={onKey}
        />
        {query ? (
          <button type="button" className="cl-search__clear" onClick={() => onQuery('')} aria-label={t('popup.search.clear')}>
            <CloseIcon />
          </button>
        ) : null}
      </div>
      <button
        type="button"
        className="cl-icon-button"
        onClick={onSettings}
        aria-label={t('popup.settings')}
        aria-pressed={settingsOpen}
        data-testid="settings"
      >
        <GearIcon />
      </button>
    </div>
  );
}
