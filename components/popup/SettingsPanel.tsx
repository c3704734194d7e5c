import { useId } from 'react';
import { useSettings } from '@/lib/settings/store';
import { CardSiteSwitches, LanguageSelect, ThemeChoice } from '@/components/shared/SettingsFields';
import { Switch } from '@/components/shared/Switch';
import { useTranslation } from '@/components/shared/use-translation';
import type { PopupData } from './use-popup-data';

/**
 * Theme, language and the hover-card switches, compact for the popup; the catalogue page's
 * settings view has them all with their explanations. Each change is stored at once in
 * browser.storage.local, where content scripts in open tabs pick it up.
 */
export function SettingsPanel({ data }: { data: PopupData }) {
  const { t } = useTranslation();
  const ids = useId();
  const cardsOn = useSettings((s) => s.cards.enabled);
  const setCards = useSettings((s) => s.setCards);
  return (
    <div className="cl-settings" data-testid="settings-panel">
      <h1 className="cl-page-title">{t('popup.settings')}</h1>

      <fieldset className="cl-fieldset">
        <legend className="cl-section-title">{t('popup.settings.theme')}</legend>
        <ThemeChoice name={`${ids}-theme`} />
      </fieldset>

      <div className="cl-fieldset">
        <label htmlFor={`${ids}-language`} className="cl-section-title">
          {t('popup.settings.language')}
        </label>
        <LanguageSelect id={`${ids}-language`} className="cl-select" testId="language" />
      </div>

      <fieldset className="cl-fieldset">
        <legend className="cl-section-title">{t('popup.settings.cards')}</legend>
        <Switch checked={cardsOn} onChange={(enabled) => setCards({ enabled })} testId="cards-enabled">
          <span>{t('popup.settings.cards.enabled')}</span>
        </Switch>
        <fieldset className="cl-fieldset cl-fieldset--nested" disabled={!cardsOn}>
          <legend className="cl-subheading">{t('popup.settings.cards.sites')}</legend>
          <CardSiteSwitches byId={data.byId} testIdPrefix="cards-site-" />
        </fieldset>
      </fieldset>

      <p className="cl-hint">{t('popup.settings.privacy')}</p>
    </div>
  );
}
