import './account.css';

import type { MouseEvent } from 'react';
import { Link, Outlet, useNavigate } from 'react-router';

import { homePath } from '#contract/pages.ts';
import { LanguageSwitch } from '#src/components/ui/language-switch.tsx';
import { useI18n } from '#src/lib/i18n.tsx';

/**
 * The sign-in and account pages serve Parcours and In Movement alike, so they carry
 * neither one's header nor logo: a way back, the language, and the page.
 */
export function AccountLayout() {
  const { t } = useI18n();
  const navigate = useNavigate();
  // Back where the person came from when this app brought them here (react-router
  // numbers its history entries); to the home page when they arrived from elsewhere.
  const onBack = (event: MouseEvent<HTMLAnchorElement>) => {
    const index = (window.history.state as { idx?: number } | null)?.idx ?? 0;
    if (index > 0) {
      event.preventDefault();
      void navigate(-1);
    }
  };
  return (
    <div className="account-shell">
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <header className="account-shell__bar">
        <Link to={homePath()} className="button button--ghost" onClick={onBack}>
          <span aria-hidden="true">←</span> {t('signIn.back')}
        </Link>
        <LanguageSwitch className="button button--ghost" />
      </header>
      <main id="main" tabIndex={-1} className="account-shell__main">
        <Outlet />
      </main>
    </div>
  );
}
