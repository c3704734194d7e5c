import { useId } from 'react';
import { LOCALES } from '@/lib/i18n/locales';
import { CARD_SITES } from '@/lib/settings/defaults';
import { useSettings } from '@/lib/settings/store';
import { useTranslation } from '@/components/shared/use-translation';
import type { PopupData } from './use-popup-data';

const THEMES = ['system', 'light', 'dark'] as const;

/**
 * Theme, language and the hover-card switches. Each change is stored at once in
 * browser.storage.local, where content scripts in open tabs pick it up.
 */
export function SettingsPanel({ data }: { data: PopupData }) {
  const { t } = useTranslation();
  const ids = useId();
  const { theme, language, cards, setTheme, setLanguage, setCards, setCardSite } = useSettings();
  return (
    <div className="cl-settings" data-testid="settings-panel">
      <h1 className="cl-page-title">{t('popup.settings')}</h1>

      <fieldset className="cl-fieldset">
        <legend className="cl-section-title">{t('popup.settings.theme')}</legend>
        <div className="cl-segmented">
          {THEMES.map((value) => (
            <label key={value} className="cl-segmented__option">
              <input type="radio" name={`${ids}-theme`} value={value} checked={theme === value} onChange={() => setTheme(value)} />
              <span>{t(`popup.settings.theme.${value}`)}</span>
            </label>
          ))}
        </div>
      </fieldset>

      <div className="cl-fieldset">
        <label htmlFor={`${ids}-language`} className="cl-section-title">
          {t('popup.settings.language')}
        </label>
        <select id={`${ids}-language`} className="cl-select" value={language} onChange={(e) => setLanguage(e.target.value as typeof language)} data-testid="language">
          <option value="auto">{t('popup.settings.language.auto')}</option>
          {LOCALES.map((l) => (
            <option key={l} value={l} lang={l}>
              {t(`popup.settings.language.${l}`)}
            </option>
          ))}
        </select>
      </div>

      <fieldset className="cl-fieldset">
        <legend className="cl-section-title">{t('popup.settings.cards')}</legend>
        <label className="cl-switch">
          <input type="checkbox" role="switch" checked={cards.enabled} onChange={(e) => setCards({ enabled: e.target.checked })} data-testid="cards-enabled" />
          <span className="cl-switch__track" aria-hidden="true" />
          <span>{t('popup.settings.cards.enabled')}</span>
        </label>
        <fieldset className="cl-fieldset cl-fieldset--nested" disabled={!cards.enabled}>
          <legend className="cl-subheading">{t('popup.settings.cards.sites')}</legend>
          {CARD_SITES.map((site) => (
            <label key={site} className="cl-switch">
              <input type="checkbox" role="switch" checked={cards.sites[site]} onChange={(e) => setCardSite(site, e.target.checked)} data-testid={`cards-site-${site}`} />
              <span className="cl-switch__track" aria-hidden="true" />
              <span>{data.byId.get(site)?.name ?? site}</span>
            </label>
          ))}
        </fieldset>
      </fieldset>

      <p className="cl-hint">{t('popup.settings.privacy')}</p>
    </div>
  );
}
