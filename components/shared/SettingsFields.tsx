/**
 * The settings the popup and the catalogue page both offer, each bound to the settings store:
 * a change is stored at once in browser.storage.local, where every open page and content script
 * picks it up. Each page wraps them in its own layout (labels, help text, grouping).
 */
import type { Platform } from '@/lib/catalogue/schema';
import { LOCALES } from '@/lib/i18n/locales';
import { CARD_SITES } from '@/lib/settings/defaults';
import { useSettings } from '@/lib/settings/store';
import { Switch } from './Switch';
import { useTranslation } from './use-translation';

const THEMES = ['system', 'light', 'dark'] as const;

/** Match system / Light / Dark as one radio group drawn as segmented buttons. */
export function ThemeChoice({ name }: { name: string }) {
  const { t } = useTranslation();
  const theme = useSettings((s) => s.theme);
  const setTheme = useSettings((s) => s.setTheme);
  return (
    <div className="cl-segmented">
      {THEMES.map((value) => (
        <label key={value} className="cl-segmented__option">
          <input type="radio" name={name} value={value} checked={theme === value} onChange={() => setTheme(value)} data-testid={`theme-${value}`} />
          <span>{t(`popup.settings.theme.${value}`)}</span>
        </label>
      ))}
    </div>
  );
}

/** The interface language: "auto" (the browser's) or one of the locales, each named in itself. */
export function LanguageSelect({ id, className, testId, describedBy }: { id: string; className?: string; testId: string; describedBy?: string }) {
  const { t } = useTranslation();
  const language = useSettings((s) => s.language);
  const setLanguage = useSettings((s) => s.setLanguage);
  return (
    <select id={id} className={className} value={language} onChange={(e) => setLanguage(e.target.value as typeof language)} aria-describedby={describedBy} data-testid={testId}>
      <option value="auto">{t('popup.settings.language.auto')}</option>
      {LOCALES.map((l) => (
        <option key={l} value={l} lang={l}>
          {t(`popup.settings.language.${l}`)}
        </option>
      ))}
    </select>
  );
}

/** One switch per site hover cards can run on, named as the catalogue names the platform. */
export function CardSiteSwitches({ byId, testIdPrefix }: { byId: ReadonlyMap<string, Pick<Platform, 'name'>>; testIdPrefix: string }) {
  const sites = useSettings((s) => s.cards.sites);
  const setCardSite = useSettings((s) => s.setCardSite);
  return CARD_SITES.map((site) => (
    <Switch key={site} checked={sites[site]} onChange={(on) => setCardSite(site, on)} testId={`${testIdPrefix}${site}`}>
      <span>{byId.get(site)?.name ?? site}</span>
    </Switch>
  ));
}
