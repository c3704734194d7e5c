/**
 * Every setting in the settings store, each with what it does in plain words, plus reset. Changes
 * are stored at once (browser.storage.local), so open tabs and the popup follow without reload.
 */
import { useEffect, useId, useState } from 'react';
import { browser } from 'wxt/browser';
import { useTranslation } from '@/components/shared/use-translation';
import { LOCALES } from '@/lib/i18n/locales';
import { CARD_SITES } from '@/lib/settings/defaults';
import { useSettings } from '@/lib/settings/store';
import { RouteLink } from '../router-context';
import { useCatalogueData } from '../use-catalogue-data';
import { useDocumentTitle } from '../use-document-title';

const THEMES = ['system', 'light', 'dark'] as const;
const DELAYS = [0, 150, 300, 500, 800, 1200] as const;

/** The shortcut the browser has for opening the popup (the person may have changed it). */
function usePopupShortcut(): string | null | undefined {
  const [shortcut, setShortcut] = useState<string | null | undefined>(undefined);
  useEffect(() => {
    let live = true;
    Promise.resolve()
      .then(() => browser.commands.getAll())
      .then((all) => {
        const popup = all.find((c) => c.name === '_execute_action' || c.name === '_execute_browser_action');
        if (live) setShortcut(popup?.shortcut || null);
      })
      .catch(() => live && setShortcut(null));
    return () => {
      live = false;
    };
  }, []);
  return shortcut;
}

export function SettingsView() {
  const { t } = useTranslation();
  const ids = useId();
  const { byId } = useCatalogueData();
  const { theme, language, cards, setTheme, setLanguage, setCards, setCardSite, reset } = useSettings();
  const [confirming, setConfirming] = useState(false);
  const [resetDone, setResetDone] = useState(false);
  const shortcut = usePopupShortcut();
  useDocumentTitle(t('catalogue.nav.settings'));

  return (
    <div className="cp-settings" data-testid="settings">
      <div className="cp-view-head">
        <h1>{t('catalogue.settings.title')}</h1>
        <p className="cp-lede">{t('catalogue.settings.lede')}</p>
      </div>

      <section className="cp-panel cp-setting-group" aria-labelledby={`${ids}-look`}>
        <h2 id={`${ids}-look`}>{t('catalogue.settings.look')}</h2>
        <fieldset className="cp-setting">
          <legend className="cp-setting__name">{t('popup.settings.theme')}</legend>
          <div className="cp-segmented">
            {THEMES.map((value) => (
              <label key={value} className="cp-segmented__option">
                <input type="radio" name={`${ids}-theme`} checked={theme === value} onChange={() => setTheme(value)} data-testid={`theme-${value}`} />
                <span>{t(`popup.settings.theme.${value}`)}</span>
              </label>
            ))}
          </div>
          <p className="cp-setting__help">{t('catalogue.settings.themeHelp')}</p>
        </fieldset>
        <div className="cp-setting">
          <label htmlFor={`${ids}-language`} className="cp-setting__name">
            {t('popup.settings.language')}
          </label>
          <select id={`${ids}-language`} value={language} onChange={(e) => setLanguage(e.target.value as typeof language)} aria-describedby={`${ids}-language-help`} data-testid="settings-language">
            <option value="auto">{t('popup.settings.language.auto')}</option>
            {LOCALES.map((l) => (
              <option key={l} value={l} lang={l}>
                {t(`popup.settings.language.${l}`)}
              </option>
            ))}
          </select>
          <p id={`${ids}-language-help`} className="cp-setting__help">
            {t('catalogue.settings.languageHelp')}
          </p>
        </div>
      </section>

      <section className="cp-panel cp-setting-group" aria-labelledby={`${ids}-cards`}>
        <h2 id={`${ids}-cards`}>{t('popup.settings.cards')}</h2>
        <div className="cp-setting">
          <label className="cp-switch">
            <input type="checkbox" role="switch" checked={cards.enabled} onChange={(e) => setCards({ enabled: e.target.checked })} aria-describedby={`${ids}-enabled-help`} data-testid="settings-cards-enabled" />
            <span className="cp-switch__track" aria-hidden="true" />
            <span className="cp-setting__name">{t('catalogue.settings.cardsEnabled')}</span>
          </label>
          <p id={`${ids}-enabled-help`} className="cp-setting__help">
            {t('catalogue.settings.cardsEnabledHelp')}
          </p>
        </div>
        <fieldset className="cp-setting-nested" disabled={!cards.enabled}>
          <legend className="cl-visually-hidden">{t('catalogue.settings.cardDetails')}</legend>
          <fieldset className="cp-setting">
            <legend className="cp-setting__name">{t('popup.settings.cards.sites')}</legend>
            <div className="cp-checks">
              {CARD_SITES.map((site) => (
                <label key={site} className="cp-switch">
                  <input type="checkbox" role="switch" checked={cards.sites[site]} onChange={(e) => setCardSite(site, e.target.checked)} data-testid={`settings-site-${site}`} />
                  <span className="cp-switch__track" aria-hidden="true" />
                  <span>{byId.get(site)?.name ?? site}</span>
                </label>
              ))}
            </div>
            <p className="cp-setting__help">{t('catalogue.settings.sitesHelp')}</p>
          </fieldset>
          <div className="cp-setting">
            <label className="cp-switch">
              <input type="checkbox" role="switch" checked={cards.mentions} onChange={(e) => setCards({ mentions: e.target.checked })} aria-describedby={`${ids}-mentions-help`} />
              <span className="cp-switch__track" aria-hidden="true" />
              <span className="cp-setting__name">{t('catalogue.settings.mentions')}</span>
            </label>
            <p id={`${ids}-mentions-help`} className="cp-setting__help">
              {t('catalogue.settings.mentionsHelp')}
            </p>
          </div>
          <div className="cp-setting">
            <label className="cp-switch">
              <input type="checkbox" role="switch" checked={cards.chip} onChange={(e) => setCards({ chip: e.target.checked })} aria-describedby={`${ids}-chip-help`} />
              <span className="cp-switch__track" aria-hidden="true" />
              <span className="cp-setting__name">{t('catalogue.settings.chip')}</span>
            </label>
            <p id={`${ids}-chip-help`} className="cp-setting__help">
              {t('catalogue.settings.chipHelp')}
            </p>
          </div>
          <div className="cp-setting">
            <label htmlFor={`${ids}-delay`} className="cp-setting__name">
              {t('catalogue.settings.delay')}
            </label>
            <select id={`${ids}-delay`} value={cards.delayMs} onChange={(e) => setCards({ delayMs: Number(e.target.value) })} aria-describedby={`${ids}-delay-help`}>
              {[...new Set<number>([...DELAYS, cards.delayMs])]
                .sort((a, b) => a - b)
                .map((ms) => (
                  <option key={ms} value={ms}>
                    {ms === 0 ? t('catalogue.settings.delayNone') : t('catalogue.settings.delayMs', { ms })}
                  </option>
                ))}
            </select>
            <p id={`${ids}-delay-help`} className="cp-setting__help">
              {t('catalogue.settings.delayHelp')}
            </p>
          </div>
        </fieldset>
      </section>

      <section className="cp-panel cp-setting-group" aria-labelledby={`${ids}-keys`}>
        <h2 id={`${ids}-keys`}>{t('catalogue.settings.waysIn')}</h2>
        <dl className="cp-dl">
          <div>
            <dt>{t('catalogue.settings.shortcut')}</dt>
            <dd data-testid="popup-shortcut">
              {shortcut ? <kbd>{shortcut}</kbd> : shortcut === null ? t('catalogue.settings.shortcutNone') : '…'} {t('catalogue.settings.shortcutHelp')}
            </dd>
          </div>
          <div>
            <dt>{t('catalogue.settings.omnibox')}</dt>
            <dd>{t('catalogue.settings.omniboxHelp')}</dd>
          </div>
          <div>
            <dt>{t('catalogue.settings.menus')}</dt>
            <dd>{t('catalogue.settings.menusHelp')}</dd>
          </div>
        </dl>
      </section>

      <section className="cp-panel cp-setting-group" aria-labelledby={`${ids}-reset`}>
        <h2 id={`${ids}-reset`}>{t('catalogue.settings.resetTitle')}</h2>
        <p className="cp-setting__help">
          {t('catalogue.settings.resetHelp')} <RouteLink to={{ view: 'export', ids: [] }}>{t('catalogue.settings.resetExportLink')}</RouteLink>
        </p>
        {confirming ? (
          <div className="cp-confirm" role="group" aria-label={t('catalogue.settings.resetConfirm')}>
            <p>{t('catalogue.settings.resetConfirm')}</p>
            <button
              type="button"
              className="cp-button cp-button--danger"
              data-testid="settings-reset-confirm"
              onClick={() => {
                reset();
                setConfirming(false);
                setResetDone(true);
              }}
            >
              {t('catalogue.settings.resetYes')}
            </button>
            <button type="button" className="cp-button cp-button--quiet" onClick={() => setConfirming(false)}>
              {t('catalogue.settings.resetNo')}
            </button>
          </div>
        ) : (
          <button type="button" className="cp-button cp-button--quiet" data-testid="settings-reset" onClick={() => (setConfirming(true), setResetDone(false))}>
            {t('catalogue.settings.reset')}
          </button>
        )}
        <p role="status" className="cp-status">
          {resetDone ? t('catalogue.settings.resetDone') : ''}
        </p>
      </section>
      <p className="cp-hint">{t('popup.settings.privacy')}</p>
    </div>
  );
}
