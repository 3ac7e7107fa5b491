import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Link, useLocation } from 'react-router';

import { accountPath, signInPath } from '#contract/pages.ts';
import { meQueryOptions, signOutOptions } from '#src/api/account.ts';
import { useI18n } from '#src/lib/i18n.tsx';
import { showNotice } from '#src/lib/notice.ts';

import { AccountData } from './account-data.tsx';
import { ProfileForm } from './profile-form.tsx';
import { useAccountTitle } from './use-account-title.ts';

/** The signed-in person's page: who they are, their profile, their data, the way out. */
export function AccountPage() {
  const { t } = useI18n();
  useAccountTitle(t('account.title'));
  // Passed on to the sign-in page: where the person came from names its tab too.
  const location = useLocation();
  const queryClient = useQueryClient();
  const me = useQuery(meQueryOptions());
  const signOut = useMutation({
    ...signOutOptions(queryClient),
    onSuccess: (...args) => {
      signOutOptions(queryClient).onSuccess?.(...args);
      showNotice(t('account.signedOutDone'));
    },
  });

  if (me.isPending) {
    return (
      <p className="page-pending" role="status">
        <span className="spinner" aria-hidden="true" />
        {t('account.loading')}
      </p>
    );
  }
  if (me.isError) {
    return (
      <div className="account-panel" role="alert">
        <p>{t('account.loadFailed')}</p>
        <div className="account-actions">
          <button type="button" className="button" onClick={() => void me.refetch()}>
            {t('error.retry')}
          </button>
        </div>
      </div>
    );
  }
  const account = me.data;
  if (!account) {
    return (
      <>
        <h1>{t('account.title')}</h1>
        <div className="account-panel">
          <p>{t('account.signedOut')}</p>
          <div className="account-actions">
            <Link
              to={signInPath(accountPath())}
              state={location.state as unknown}
              className="button button--primary"
            >
              {t('account.signIn')}
            </Link>
          </div>
        </div>
      </>
    );
  }

  return (
    <>
      <h1>{t('account.title')}</h1>
      <p className="account-muted">
        {t('account.role')}{' '}
        <span className="account-badge">{t(`account.role.${account.role}`)}</span>
      </p>
      <p className="account-muted">{t('account.email', { email: account.email })}</p>
      {account.blocked ? (
        <p className="account-panel" role="note">
          {t('account.blocked')}
        </p>
      ) : null}
      <ProfileForm key={account.id} account={account} />
      <AccountData />
      <div className="account-actions">
        <button
          type="button"
          className="button"
          disabled={signOut.isPending}
          onClick={() => signOut.mutate()}
        >
          {t('account.signOut')}
        </button>
        {signOut.isError ? (
          <p className="account-error" role="alert">
            {t('account.signOutFailed')}
          </p>
        ) : null}
      </div>
    </>
  );
}
