import { useQuery } from '@tanstack/react-query';
import { Link, useLocation } from 'react-router';

import { accountPath, signInPath } from '#contract/pages.ts';
import { meQueryOptions } from '#src/api/account.ts';
import { useI18n } from '#src/lib/i18n.tsx';

/** "Sign in" (coming back here after) or the signed-in person's name, to their account. */
export function AccountLink() {
  const { t } = useI18n();
  const location = useLocation();
  const me = useQuery(meQueryOptions());
  // Until the answer comes the slot says nothing (it could be wrong), but keeps the room
  // "Sign in" takes, the most common answer: the header does not move when it comes.
  // The server draws it so too (nobody's account is in a page served to everyone).
  if (me.isPending) {
    return (
      <span
        className="im-header__tool im-header__account im-header__account--pending"
        aria-hidden="true"
      >
        {t('im.account.signIn')}
      </span>
    );
  }
  if (me.data) {
    return (
      // The account page names the tab after the platform when it knows the way came from here.
      <Link
        to={accountPath()}
        state={{ from: `${location.pathname}${location.search}` }}
        className="im-header__tool im-header__account"
      >
        <span className="visually-hidden">{t('im.account.signedInAs')} </span>
        <bdi>{me.data.displayName}</bdi>
      </Link>
    );
  }
  return (
    <Link
      to={signInPath(`${location.pathname}${location.search}`)}
      className="im-header__tool im-header__account"
    >
      {t('im.account.signIn')}
    </Link>
  );
}
