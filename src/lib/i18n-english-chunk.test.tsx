import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

import { LanguageSwitch } from '#src/components/ui/language-switch.tsx';
import { Notice } from '#src/components/ui/notice.tsx';

import { loadEnglishMessages } from './english-messages.ts';
import {
  hasCoreMessages,
  I18nProvider,
  loadCoreMessages,
  resetMessagesForTests,
  setCoreMessagesLoader,
  startingLocales,
  useI18n,
} from './i18n.tsx';
import { en } from './messages-en.ts';
import { dismissNotice } from './notice.ts';

function Page() {
  const { t } = useI18n();
  return (
    <>
      <h1>{t('app.skipToContent')}</h1>
      <LanguageSwitch className="switch" />
      <Notice />
    </>
  );
}

// As a first load has it: French only. English is its own chunk (decision 041).
beforeEach(() => resetMessagesForTests());
afterEach(() => {
  setCoreMessagesLoader('en', loadEnglishMessages);
  dismissNotice();
  document.documentElement.lang = 'fr';
  window.localStorage.clear();
  resetMessagesForTests(en);
});

describe('the English strings, a chunk of their own', () => {
  it('are not in the first load, and come when the visitor switches to English', async () => {
    expect(hasCoreMessages('fr')).toBe(true);
    expect(hasCoreMessages('en')).toBe(false);
    render(
      <I18nProvider initialLocale="fr">
        <Page />
      </I18nProvider>,
    );
    expect(screen.getByRole('heading', { name: 'Aller au contenu' })).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Switch to English' }));
    expect(await screen.findByRole('heading', { name: 'Skip to content' })).toBeInTheDocument();
    expect(hasCoreMessages('en')).toBe(true);
    expect(document.documentElement.lang).toBe('en');
  });

  it('draws in French rather than in missing strings when English is asked for but absent, then in English once it came', async () => {
    render(
      <I18nProvider initialLocale="en">
        <Page />
      </I18nProvider>,
    );
    expect(screen.getByRole('heading', { name: 'Aller au contenu' })).toBeInTheDocument();
    expect(await screen.findByRole('heading', { name: 'Skip to content' })).toBeInTheDocument();
  });

  it('that cannot come (offline, never cached): the page stays in French and says why', async () => {
    setCoreMessagesLoader('en', () =>
      Promise.reject(new TypeError('Failed to fetch dynamically imported module')),
    );
    render(
      <I18nProvider initialLocale="fr">
        <Page />
      </I18nProvider>,
    );
    await userEvent.click(screen.getByRole('button', { name: 'Switch to English' }));
    expect(await screen.findByText(/La connexion semble interrompue/)).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Aller au contenu' })).toBeInTheDocument();
    expect(window.localStorage.getItem('parcours.locale')).toBeNull();
  });

  it('are loaded before the app starts when the page or the device is in English', async () => {
    const languages = vi.spyOn(navigator, 'languages', 'get').mockReturnValue(['fr-FR']);
    expect(startingLocales()).toEqual(['fr']);
    window.localStorage.setItem('parcours.locale', 'en');
    expect(startingLocales()).toEqual(['fr', 'en']);
    window.localStorage.clear();
    languages.mockReturnValue(['en-GB', 'fr']);
    expect(startingLocales()).toEqual(['fr', 'en']);
    languages.mockReturnValue(['de']);
    document.documentElement.lang = 'en';
    expect(startingLocales()).toContain('en');
    await loadCoreMessages('en');
    expect(hasCoreMessages('en')).toBe(true);
  });
});
