import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';

import { I18nProvider, useI18n } from './i18n.tsx';

function Probe() {
  const { locale, setLocale } = useI18n();
  return (
    <button type="button" onClick={() => setLocale(locale === 'fr' ? 'en' : 'fr')}>
      {locale}
    </button>
  );
}

afterEach(() => {
  document.cookie = 'parcours.locale=; path=/; max-age=0';
  window.localStorage.clear();
});

describe('the language the server renders in', () => {
  it('is told to the server by a cookie, from the first render and on every switch', async () => {
    render(
      <I18nProvider initialLocale="fr">
        <Probe />
      </I18nProvider>,
    );
    expect(document.cookie).toContain('parcours.locale=fr');
    await userEvent.click(screen.getByRole('button', { name: 'fr' }));
    expect(document.cookie).toContain('parcours.locale=en');
    expect(document.documentElement.lang).toBe('en');
  });

  it('follows the device’s stored choice over the server’s language once the page runs', async () => {
    window.localStorage.setItem('parcours.locale', 'en');
    render(
      <I18nProvider initialLocale="fr" serverRendered>
        <Probe />
      </I18nProvider>,
    );
    expect(await screen.findByRole('button', { name: 'en' })).toBeInTheDocument();
    expect(document.cookie).toContain('parcours.locale=en');
  });
});
