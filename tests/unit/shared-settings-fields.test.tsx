/**
 * The settings fields the popup and the catalogue page share: a switch flipped in one is the
 * setting the other shows, and names in Chinese carry the language a screen reader needs.
 */
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FactRow } from '@/components/catalogue/FactRow';
import { HanziPinyin } from '@/components/shared/HanziPinyin';
import { CardSiteSwitches, LanguageSelect, ThemeChoice } from '@/components/shared/SettingsFields';
import { DEFAULT_SETTINGS } from '@/lib/settings/defaults';
import { useSettings } from '@/lib/settings/store';

const names = new Map([
  ['facebook', { name: 'Facebook' }],
  ['x', { name: 'X' }],
  ['quora', { name: 'Quora' }],
]);

beforeEach(() => {
  useSettings.setState({ ...DEFAULT_SETTINGS, language: 'en' });
});
afterEach(cleanup);

describe('settings fields', () => {
  it('two views of the same switches stay in step, since both read the one settings store', () => {
    render(
      <>
        <div data-testid="popup">
          <CardSiteSwitches byId={names} testIdPrefix="cards-site-" />
        </div>
        <div data-testid="page">
          <CardSiteSwitches byId={names} testIdPrefix="settings-site-" />
        </div>
      </>,
    );
    const popupQuora = screen.getByTestId('cards-site-quora') as HTMLInputElement;
    const pageQuora = screen.getByTestId('settings-site-quora') as HTMLInputElement;
    expect([popupQuora.checked, pageQuora.checked]).toEqual([true, true]);
    fireEvent.click(popupQuora);
    expect([popupQuora.checked, pageQuora.checked]).toEqual([false, false]);
    expect(useSettings.getState().cards.sites.quora).toBe(false);
    expect(screen.getAllByRole('switch', { name: 'Facebook' })).toHaveLength(2);
  });

  it('theme radios and the language select store what is chosen', () => {
    render(
      <>
        <ThemeChoice name="theme" />
        <label htmlFor="lang">Language</label>
        <LanguageSelect id="lang" testId="language" />
      </>,
    );
    fireEvent.click(screen.getByRole('radio', { name: 'Dark' }));
    expect(useSettings.getState().theme).toBe('dark');
    fireEvent.change(screen.getByRole('combobox', { name: 'Language' }), { target: { value: 'sv' } });
    expect(useSettings.getState().language).toBe('sv');
    expect((screen.getByRole('radio', { name: 'Mörkt' }) as HTMLInputElement).checked).toBe(true);
  });
});

describe('HanziPinyin', () => {
  it('marks characters as Chinese and pinyin as romanised Chinese, and leaves out what is missing', () => {
    render(<HanziPinyin hanzi="微博" pinyin="Wēi Bó" />);
    expect(screen.getByText('微博').getAttribute('lang')).toBe('zh-CN');
    expect(screen.getByText('Wēi Bó').getAttribute('lang')).toBe('zh-Latn-pinyin');
    cleanup();
    render(<HanziPinyin hanzi="知乎" pinyin={undefined} />);
    expect(document.body.textContent).toBe('知乎');
  });

  it('shows what a search matched inside highlighted names', () => {
    render(<HanziPinyin hanzi={{ text: '微博', ranges: [[0, 1]] }} pinyin={{ text: 'Wēi Bó', ranges: [] }} />);
    expect(document.querySelector('mark')?.textContent).toBe('微');
    expect(document.querySelector('[lang="zh-CN"]')?.textContent).toBe('微博');
  });
});

describe('FactRow', () => {
  it('shows a term with its value, and nothing when the catalogue has no value', () => {
    render(
      <dl>
        <FactRow term="Owner">Sina</FactRow>
        <FactRow term="Age">{undefined}</FactRow>
        <FactRow term="Interests">{[].join(', ')}</FactRow>
      </dl>,
    );
    expect(screen.getByText('Owner').nextElementSibling?.textContent).toBe('Sina');
    expect(screen.queryByText('Age')).toBeNull();
    expect(screen.queryByText('Interests')).toBeNull();
  });
});
