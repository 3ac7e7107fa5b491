import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';

import { signInTokenSchema } from '#contract/account.ts';
import { signInPath } from '#contract/pages.ts';
import { verifySignInOptions } from '#src/api/account.ts';
import { ApiError } from '#src/lib/api-client.ts';
import { useI18n } from '#src/lib/i18n.tsx';
import { showNotice } from '#src/lib/notice.ts';

import { isNetworkError } from './account-errors.ts';
import { peekReturnTo, takeReturnTo } from './return-to.ts';
import { useAccountTitle } from './use-account-title.ts';

/**
 * Where a sign-in link lands: trades its token for a session once, then goes where the
 * person was going. Every refusal reads the same (the server tells them apart for no
 * one), with a way to ask for a new link; a lost connection offers a retry, since the
 * token was not spent.
 */
export function VerifySignInPage() {
  const { t } = useI18n();
  useAccountTitle(t('verify.title'));
  const [searchParams] = useSearchParams();
  const token = searchParams.get('token') ?? '';
  const wellFormed = signInTokenSchema.safeParse(token).success;
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const verify = useMutation({
    ...verifySignInOptions(queryClient),
    onSuccess: (account, spent, result, context) => {
      verifySignInOptions(queryClient).onSuccess?.(account, spent, result, context);
      showNotice(t('verify.signedIn', { name: account.displayName }));
      void navigate(takeReturnTo(), { replace: true });
    },
  });
  const { mutate } = verify;

  // Once per page, even when StrictMode runs effects twice: a token works only once.
  const sent = useRef(false);
  useEffect(() => {
    if (sent.current || !wellFormed) return;
    sent.current = true;
    mutate(token);
  }, [mutate, token, wellFormed]);

  if (wellFormed && (verify.isIdle || verify.isPending || verify.isSuccess)) {
    return (
      <>
        <h1>{t('verify.title')}</h1>
        <p className="page-pending" role="status">
          <span className="spinner" aria-hidden="true" />
          {t('verify.pending')}
        </p>
      </>
    );
  }

  // Only a 400 says the link is dead; a lost connection, a 429 or a 5xx left it unspent.
  const refused = verify.error instanceof ApiError && verify.error.status === 400;
  if (verify.isError && !refused) {
    return (
      <>
        <h1>{t('verify.title')}</h1>
        <div className="account-panel" role="alert">
          <p>{isNetworkError(verify.error) ? t('verify.network') : t('verify.unavailable')}</p>
          <div className="account-actions">
            <button type="button" className="button button--primary" onClick={() => mutate(token)}>
              {t('verify.retry')}
            </button>
          </div>
        </div>
      </>
    );
  }

  return (
    <>
      <h1>{t('verify.failedTitle')}</h1>
      <div className="account-panel" role="alert">
        <p>{t('verify.failed')}</p>
        <div className="account-actions">
          <Link to={signInPath(peekReturnTo())} className="button button--primary">
            {t('verify.askAgain')}
          </Link>
        </div>
      </div>
    </>
  );
}
