import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { chooseLocale, followLocalePreference, useLocale, useT } from '@/components/i18n';
import { OptionsView } from '@/components/OptionsView';
import { OptionsDepsProvider } from '@/components/options/deps';
import { LOCALE_KEY, readLocalePreference, saveLocalePreference } from '@/lib/i18n/preference';
import { pageSender } from '../../support/background';
import { freshDb } from '../../support/db';

function Title() {
  const t = useT();
  return <h1>{t('options.title')}</h1>;
}

// The language chosen in the options page is kept in storage.local, so the popup, the demo, the
// options page and the overlay in every tab read the same choice.
describe('the saved language', () => {
  beforeEach(() => {
    useLocale.setState({ locale: 'en' });
  });

  it('is none until the user chooses; junk in storage counts as none', async () => {
    expect(await readLocalePreference()).toBeNull();
    await fakeBrowser.storage.local.set({ [LOCALE_KEY]: 'fr' });
    expect(await readLocalePreference()).toBeNull();
  });

  it('is saved by the options switch and applied to the page at once', async () => {
    render(<Title />);
    await act(() => chooseLocale('zh-CN'));
    expect(screen.getByRole('heading')).toHaveTextContent('三思设置');
    expect(await fakeBrowser.storage.local.get(LOCALE_KEY)).toEqual({ [LOCALE_KEY]: 'zh-CN' });
  });

  it('is what a page opens in, and a page follows a change made in another', async () => {
    await saveLocalePreference('zh-CN');
    const controller = new AbortController();
    render(<Title />);
    await act(() => followLocalePreference(controller.signal));
    expect(screen.getByRole('heading')).toHaveTextContent('三思设置');
    expect(document.documentElement.lang).toBe('zh-CN');

    // The options page in another tab switches back to English.
    await act(() => saveLocalePreference('en'));
    expect(screen.getByRole('heading')).toHaveTextContent('Sansi settings');
    expect(document.documentElement.lang).toBe('en');
    controller.abort();
  });

  it('does not undo a switch made on the page while storage was answering', async () => {
    await saveLocalePreference('en');
    const ready = followLocalePreference();
    useLocale.getState().setLocale('zh-CN');
    await ready;
    expect(useLocale.getState().locale).toBe('zh-CN');
  });

  it('is saved by the language select of the options page', async () => {
    const db = freshDb('locale');
    const user = userEvent.setup();
    render(
      <OptionsDepsProvider deps={{ db, send: pageSender(db).send }}>
        <OptionsView />
      </OptionsDepsProvider>,
    );
    await user.selectOptions(screen.getByRole('combobox', { name: 'Language' }), '简体中文');
    expect(await readLocalePreference()).toBe('zh-CN');
    expect(document.title).toBe('三思设置');
    await db.delete();
  });
});
