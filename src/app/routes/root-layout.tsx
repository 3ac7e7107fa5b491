import { lazy, Suspense } from 'react';
import { Link, NavLink, Outlet } from 'react-router';
import { AppStatus } from '#src/features/app-shell/app-status.tsx';
import { useFocusReturn } from '#src/lib/use-focus-return.ts';
import { useI18n } from '#src/lib/i18n.tsx';
import { DevBadge } from './dev-badge.tsx';
import { homePath, parcoursPath, searchPath } from '#contract/pages.ts';

// The dock (and the animation code it drags in) arrives after first paint.
const PathDock = lazy(() =>
  import('#src/features/path/path-dock.tsx').then((mod) => ({ default: mod.PathDock })),
);

export function RootLayout() {
  const { t, locale, setLocale } = useI18n();
  useFocusReturn();
  return (
    <>
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <header className="app-header">
        <Link to={homePath()} className="app-header__brand">
          <span className="app-header__logo" aria-hidden="true" />
          {t('app.name')}
        </Link>
        <p className="app-header__tagline">{t('app.tagline')}</p>
        <NavLink to={searchPath()} className="button button--ghost app-header__search">
          <svg viewBox="0 0 24 24" aria-hidden="true" focusable="false">
            <circle cx="11" cy="11" r="6.5" />
            <path d="M16 16l4.5 4.5" />
          </svg>
          <span className="app-header__search-label">{t('search.open')}</span>
        </NavLink>
        <NavLink to={parcoursPath()} end className="button button--ghost app-header__path">
          <svg viewBox="0 0 24 24" aria-hidden="true" focusable="false">
            <circle cx="6" cy="18" r="2.2" />
            <circle cx="18" cy="6" r="2.2" />
            <path d="M7.5 16.5C10 12 8 9 12 9s5-1 4.5-1.5" />
          </svg>
          <span className="app-header__path-label">{t('path.headerLink')}</span>
        </NavLink>
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
      <Suspense fallback={null}>
        <PathDock />
      </Suspense>
      <AppStatus />
      <DevBadge />
    </>
  );
}
