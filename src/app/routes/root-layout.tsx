import { lazy, Suspense } from 'react';
import { Link, NavLink, Outlet, useNavigation } from 'react-router';

import { homePath, parcoursPath, searchPath } from '#contract/pages.ts';
import { PathIcon, SearchIcon } from '#src/components/ui/icons.tsx';
import { LanguageSwitch } from '#src/components/ui/language-switch.tsx';
import { AppStatus } from '#src/features/app-shell/app-status.tsx';
import { useI18n } from '#src/lib/i18n.tsx';
import { useFocusReturn } from '#src/lib/use-focus-return.ts';

import { DevBadge } from './dev-badge.tsx';

// The dock (and the animation code it drags in) arrives after first paint.
const PathDock = lazy(() =>
  import('#src/features/path/path-dock.tsx').then((mod) => ({ default: mod.PathDock })),
);

export function RootLayout() {
  const { t } = useI18n();
  useFocusReturn();
  // An in-app move to a page whose loader is still waiting keeps the old page on
  // screen: say that the next one is coming (a bar that shows after a moment).
  const pending = useNavigation().state === 'loading';
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
          <SearchIcon />
          <span className="app-header__search-label">{t('search.open')}</span>
        </NavLink>
        <NavLink to={parcoursPath()} end className="button button--ghost app-header__path">
          <PathIcon />
          <span className="app-header__path-label">{t('path.headerLink')}</span>
        </NavLink>
        <LanguageSwitch className="button button--ghost app-header__lang" />
      </header>
      {pending ? <div className="route-pending" aria-hidden="true" /> : null}
      <main id="main" tabIndex={-1} aria-busy={pending || undefined}>
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
