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
  // Until the answer comes the slot stays empty rather than saying something wrong.
  if (me.isPending) return <span className="im-header__tool" aria-hidden="true" />;
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
