import { Outlet } from 'react-router';
import { useI18n } from '#src/lib/i18n.tsx';
import { DevBadge } from './dev-badge.tsx';

export function RootLayout() {
  const { t, locale, setLocale } = useI18n();
  return (
    <>
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <header className="app-header">
        <a href="/" className="app-header__brand">
          <span className="app-header__logo" aria-hidden="true" />
          {t('app.name')}
        </a>
        <p className="app-header__tagline">{t('app.tagline')}</p>
        <button
          type="button"
          className="button button--ghost app-header__lang"
          lang={locale === 'fr' ? 'en' : 'fr'}
          aria-label={t('lang.switchLabel')}
          onClick={() => setLocale(locale === 'fr' ? 'en' : 'fr')}
        >
          {t('lang.switch')}
        </button>
      </header>
      <main id="main" tabIndex={-1}>
        <Outlet />
      </main>
      <DevBadge />
    </>
  );
}
