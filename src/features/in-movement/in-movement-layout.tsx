import './in-movement.css';

import { useQuery } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import { Link, NavLink, Outlet, useLocation, useNavigation } from 'react-router';

import {
  curatedPath,
  homePath,
  inMovementPath,
  moderationLogPath,
  moderationPath,
} from '#contract/pages.ts';
import { meQueryOptions } from '#src/api/account.ts';
import { LanguageSwitch } from '#src/components/ui/language-switch.tsx';
import { useI18n } from '#src/lib/i18n.tsx';

import { AccountLink } from './account-link.tsx';
import { useImTitle } from './use-im-title.ts';

const CURATING_ROLES = new Set(['curator', 'admin']);

/**
 * In Movement's shell (decision 023): the platform's own name, palette and type, and
 * nothing of the group's brand; a plain link leads back to the stories. The pages
 * under `/in-movement` are drawn in its <Outlet>; each names the tab with `useImTitle`
 * (after the platform, never the group's brand).
 */
export function InMovementLayout() {
  const { t } = useI18n();
  const pending = useNavigation().state === 'loading';
  const main = useRef<HTMLElement>(null);
  const { pathname } = useLocation();

  // A new page: focus goes to its content, as a page load would put the reader there.
  const firstPath = useRef(pathname);
  useEffect(() => {
    if (pathname === firstPath.current) return;
    firstPath.current = pathname;
    main.current?.focus({ preventScroll: true });
  }, [pathname]);

  return (
    <div className="im-shell">
      <a className="skip-link" href="#im-main">
        {t('app.skipToContent')}
      </a>
      <ImHeader />
      {pending ? <div className="route-pending" aria-hidden="true" /> : null}
      <main id="im-main" ref={main} tabIndex={-1} aria-busy={pending || undefined}>
        <Outlet />
      </main>
    </div>
  );
}

function ImHeader() {
  const { t } = useI18n();
  const me = useQuery(meQueryOptions());
  const curates = me.data ? CURATING_ROLES.has(me.data.role) : false;
  return (
    <header className="im-header">
      <Link to={inMovementPath()} className="im-header__name">
        {t('im.name')}
      </Link>
      <nav className="im-nav" aria-label={t('im.nav.label')}>
        <ul>
          <li>
            <NavLink to={inMovementPath()} end>
              {t('im.nav.debates')}
            </NavLink>
          </li>
          <li>
            <NavLink to={curatedPath()}>{t('im.nav.signals')}</NavLink>
          </li>
          {curates ? (
            <li>
              <NavLink to={moderationPath()} end>
                {t('im.nav.moderation')}
              </NavLink>
            </li>
          ) : null}
          <li>
            <NavLink to={moderationLogPath()}>
              <CompactLabel full={t('im.nav.log')} short={t('im.nav.logShort')} />
            </NavLink>
          </li>
        </ul>
      </nav>
      <div className="im-header__tools">
        <LanguageSwitch className="im-header__tool" />
        <AccountLink />
        <Link to={homePath()} className="im-header__tool im-header__back">
          <CompactLabel full={t('im.backToStories')} short={t('im.backToStoriesShort')} />
        </Link>
      </div>
    </header>
  );
}

/**
 * A label that a narrow header (an iPad held upright) shortens to keep to one row. The
 * full words stay the link's accessible name (read, but not drawn, when narrow); the
 * short ones are their visible beginning or gist, hidden from assistive technology.
 */
function CompactLabel({ full, short }: { full: string; short: string }) {
  return (
    <>
      <span className="im-label-full">{full}</span>
      <span className="im-label-short" aria-hidden="true">
        {short}
      </span>
    </>
  );
}

/** An address under /in-movement that names no page. */
export function ImNotFound() {
  const { t } = useI18n();
  useImTitle(t('im.notFound.title'));
  return (
    <div className="im-message" role="alert">
      <h1>{t('im.notFound.title')}</h1>
      <p>{t('im.notFound.text')}</p>
      <Link to={inMovementPath()} className="im-button im-button--primary">
        {t('im.notFound.back')}
      </Link>
    </div>
  );
}

/** The shell itself failed: a way out in the platform's colours, never a stack trace. */
export function InMovementError() {
  const { t } = useI18n();
  return (
    <div className="im-shell">
      <main className="im-message" role="alert">
        <h1>{t('error.unexpected')}</h1>
        <p>
          <a href={inMovementPath()} className="im-button im-button--primary">
            {t('error.reload')}
          </a>
        </p>
      </main>
    </div>
  );
}
