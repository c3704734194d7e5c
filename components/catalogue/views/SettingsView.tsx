/**
 * Every setting in the settings store, each with what it does in plain words, plus reset. Changes
 * are stored at once (browser.storage.local), so open tabs and the popup follow without reload.
 */
import { useEffect, useId, useState } from 'react';
import { browser } from 'wxt/browser';
import { useTranslation } from '@/components/shared/use-translation';
import { CardSiteSwitches, LanguageSelect, ThemeChoice } from '@/components/shared/SettingsFields';
import { Switch } from '@/components/shared/Switch';
import { useSettings } from '@/lib/settings/store';
import { FactRow } from '../FactRow';
import { RouteLink } from '../router-context';
import { useCatalogueData } from '../use-catalogue-data';
import { useDocumentTitle } from '../use-document-title';
import { ViewHead } from '../ViewHead';

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

/** One on/off setting with what it does in plain words under it. */
function SwitchSetting({ checked, onChange, label, help, testId }: { checked: boolean; onChange: (on: boolean) => void; label: string; help: string; testId?: string }) {
  const helpId = useId();
  return (
    <div className="cp-setting">
      <Switch checked={checked} onChange={onChange} describedBy={helpId} {...(testId ? { testId } : {})}>
        <span className="cp-setting__name">{label}</span>
      </Switch>
      <p id={helpId} className="cp-setting__help">
        {help}
      </p>
    </div>
  );
}

export function SettingsView() {
  const { t } = useTranslation();
  const ids = useId();
  const { byId } = useCatalogueData();
  const { cards, setCards, reset } = useSettings();
  const [confirming, setConfirming] = useState(false);
  const [resetDone, setResetDone] = useState(false);
  const shortcut = usePopupShortcut();
  useDocumentTitle(t('catalogue.nav.settings'));

  return (
    <div className="cp-settings" data-testid="settings">
      <ViewHead title={t('catalogue.settings.title')} lede={t('catalogue.settings.lede')} />

      <section className="cp-panel cp-setting-group" aria-labelledby={`${ids}-look`}>
        <h2 id={`${ids}-look`}>{t('catalogue.settings.look')}</h2>
        <fieldset className="cp-setting">
          <legend className="cp-setting__name">{t('popup.settings.theme')}</legend>
          <ThemeChoice name={`${ids}-theme`} />
          <p className="cp-setting__help">{t('catalogue.settings.themeHelp')}</p>
        </fieldset>
        <div className="cp-setting">
          <label htmlFor={`${ids}-language`} className="cp-setting__name">
            {t('popup.settings.language')}
          </label>
          <LanguageSelect id={`${ids}-language`} describedBy={`${ids}-language-help`} testId="settings-language" />
          <p id={`${ids}-language-help`} className="cp-setting__help">
            {t('catalogue.settings.languageHelp')}
          </p>
        </div>
      </section>

      <section className="cp-panel cp-setting-group" aria-labelledby={`${ids}-cards`}>
        <h2 id={`${ids}-cards`}>{t('popup.settings.cards')}</h2>
        <SwitchSetting checked={cards.enabled} onChange={(enabled) => setCards({ enabled })} label={t('catalogue.settings.cardsEnabled')} help={t('catalogue.settings.cardsEnabledHelp')} testId="settings-cards-enabled" />
        <fieldset className="cp-setting-nested" disabled={!cards.enabled}>
          <legend className="cl-visually-hidden">{t('catalogue.settings.cardDetails')}</legend>
          <fieldset className="cp-setting">
            <legend className="cp-setting__name">{t('popup.settings.cards.sites')}</legend>
            <div className="cp-checks">
              <CardSiteSwitches byId={byId} testIdPrefix="settings-site-" />
            </div>
            <p className="cp-setting__help">{t('catalogue.settings.sitesHelp')}</p>
          </fieldset>
          <SwitchSetting checked={cards.mentions} onChange={(mentions) => setCards({ mentions })} label={t('catalogue.settings.mentions')} help={t('catalogue.settings.mentionsHelp')} />
          <SwitchSetting checked={cards.chip} onChange={(chip) => setCards({ chip })} label={t('catalogue.settings.chip')} help={t('catalogue.settings.chipHelp')} />
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
          <FactRow term={t('catalogue.settings.shortcut')} testId="popup-shortcut">
            {shortcut ? <kbd>{shortcut}</kbd> : shortcut === null ? t('catalogue.settings.shortcutNone') : '…'} {t('catalogue.settings.shortcutHelp')}
          </FactRow>
          <FactRow term={t('catalogue.settings.omnibox')}>{t('catalogue.settings.omniboxHelp')}</FactRow>
          <FactRow term={t('catalogue.settings.menus')}>{t('catalogue.settings.menusHelp')}</FactRow>
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
