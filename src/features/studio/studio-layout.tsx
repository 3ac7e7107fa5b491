import './studio.css';

import { useQuery } from '@tanstack/react-query';
import { Link, Outlet, useLocation, useSearchParams } from 'react-router';

import { homePath, signInPath } from '#contract/pages.ts';
import type { Role } from '#contract/schemas.ts';
import { meQueryOptions } from '#src/api/account.ts';
import { ErrorState } from '#src/components/ui/error-state.tsx';
import { LanguageSwitch } from '#src/components/ui/language-switch.tsx';
import { useI18n } from '#src/lib/i18n.tsx';
import { useDocumentTitle } from '#src/lib/use-document-title.ts';

import { studioPath } from './studio-paths.ts';

/** Who may use the studio (the API answers 403 to anyone else). */
const EDITORS: readonly Role[] = ['editor', 'admin'];

/**
 * The studio's frame: a bar with the way back to the site, the language and who is
 * signed in, and the page, once the person is known to be an editor. Signed out, the
 * account's sign-in page is offered with the way back here; another role gets a plain
 * "not allowed".
 */
export function StudioLayout() {
  const { t } = useI18n();
  const me = useQuery(meQueryOptions());
  const [params] = useSearchParams();
  const access = me.isPending ? (
    <p role="status" className="studio-muted">
      {t('studio.loading')}
    </p>
  ) : me.isError ? (
    <ErrorState error={me.error} onRetry={() => void me.refetch()} />
  ) : me.data === null ? (
    <SignInPrompt />
  ) : !EDITORS.includes(me.data.role) ? (
    <NotAllowed />
  ) : (
    <Outlet />
  );
  // Inside the preview's frames: the viewer alone, as a visitor's screen shows it.
  if (params.get('frame') === '1') return access;
  return (
    <div className="studio-shell">
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <header className="studio-bar">
        <Link to={studioPath()} className="studio-bar__brand">
          {t('studio.name')}
        </Link>
        <span className="studio-bar__spacer" />
        {me.data ? <span className="studio-bar__who">{me.data.displayName}</span> : null}
        <LanguageSwitch className="button button--ghost" />
        <Link to={homePath()} className="button button--ghost">
          {t('studio.toSite')}
        </Link>
      </header>
      <main id="main" tabIndex={-1} className="studio-main">
        {access}
      </main>
    </div>
  );
}

function SignInPrompt() {
  const { t } = useI18n();
  const { pathname, search } = useLocation();
  useDocumentTitle(t('studio.signInTitle'));
  return (
    <section className="studio-message">
      <h1>{t('studio.signInTitle')}</h1>
      <p>{t('studio.signInText')}</p>
      <p>
        <Link to={signInPath(`${pathname}${search}`)} className="button button--primary">
          {t('studio.signIn')}
        </Link>
      </p>
    </section>
  );
}

/** The studio is for editors; also drawn when the API answers 403 (a role changed since). */
export function NotAllowed() {
  const { t } = useI18n();
  useDocumentTitle(t('studio.notAllowedTitle'));
  return (
    <section className="studio-message">
      <h1>{t('studio.notAllowedTitle')}</h1>
      <p>{t('studio.notAllowedText')}</p>
      <p>
        <Link to={homePath()} className="button">
          {t('studio.toSite')}
        </Link>
      </p>
    </section>
  );
}

/**
 * The shell's error element: a page's code that failed to arrive, a render error. In
 * the core's words, which are there whatever failed.
 */
export function StudioError() {
  const { t } = useI18n();
  return (
    <div className="page-message" role="alert">
      <h1>{t('error.unexpected')}</h1>
      <p>
        <a href={studioPath()} className="button button--primary">
          {t('error.reload')}
        </a>
      </p>
    </div>
  );
}
