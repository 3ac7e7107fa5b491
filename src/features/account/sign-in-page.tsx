import { useMutation, useQuery } from '@tanstack/react-query';
import { type FormEvent, useId, useState } from 'react';
import { Link, useSearchParams } from 'react-router';

import { emailSchema } from '#contract/account.ts';
import { accountPath } from '#contract/pages.ts';
import { meQueryOptions, requestSignInLinkOptions } from '#src/api/account.ts';
import { useI18n } from '#src/lib/i18n.tsx';
import { mockApi } from '#src/lib/mock-scenario.ts';

import { isNetworkError, minutesToWait } from './account-errors.ts';
import { rememberReturnTo, safeReturnTo } from './return-to.ts';
import { useAccountTitle } from './use-account-title.ts';

/** The server's development mailbox (server/routes/outbox.ts): a page of the server, not the app. */
const OUTBOX = '/__outbox';
/** Any well-formed token signs in on the mocked API (mocks/handlers/auth.ts). */
const MOCK_TOKEN = 'mocked-sign-in-link-token-for-designers-000';

/**
 * Where the link can be found without a mail server. The outbox exists only on a server
 * without SMTP outside production, which in practice is a developer's own machine:
 * the hint shows on development builds and on localhost, never on a public address.
 */
function devMailHint(): 'mock' | 'outbox' | null {
  if (mockApi) return 'mock';
  const local = ['localhost', '127.0.0.1', '[::1]'].includes(window.location.hostname);
  return import.meta.env.DEV || local ? 'outbox' : null;
}

export function SignInPage() {
  const { t, locale } = useI18n();
  useAccountTitle(t('signIn.title'));
  const [searchParams] = useSearchParams();
  const returnTo = safeReturnTo(searchParams.get('returnTo'));
  const me = useQuery(meQueryOptions());
  const request = useMutation(requestSignInLinkOptions());
  const [email, setEmail] = useState('');
  const [invalid, setInvalid] = useState(false);
  const emailId = useId();
  const errorId = useId();

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const address = email.trim();
    if (!emailSchema.safeParse(address).success) {
      setInvalid(true);
      return;
    }
    setInvalid(false);
    // Kept for the way back from the mail, in this browser (the only one the link works in).
    rememberReturnTo(returnTo);
    request.mutate({ email: address, locale });
  };

  if (request.isSuccess) {
    const hint = devMailHint();
    return (
      <>
        <h1>{t('signIn.sentTitle')}</h1>
        <div className="account-panel" role="status">
          <p>{t('signIn.sent', { email: request.variables.email })}</p>
          <p className="account-muted">{t('signIn.replaces')}</p>
        </div>
        {hint === 'outbox' ? (
          <p className="account-muted">
            {t('signIn.outboxHint')} <a href={OUTBOX}>{t('signIn.outboxLink')}</a>
          </p>
        ) : null}
        {hint === 'mock' ? (
          <p className="account-muted">
            {t('signIn.mockHint')}{' '}
            <Link to={`/sign-in/verify?token=${MOCK_TOKEN}`}>{t('signIn.mockLink')}</Link>
          </p>
        ) : null}
        <div className="account-actions">
          <button
            type="button"
            className="button"
            onClick={() => request.mutate(request.variables)}
          >
            {t('signIn.again')}
          </button>
          <button type="button" className="button button--ghost" onClick={() => request.reset()}>
            {t('signIn.otherAddress')}
          </button>
        </div>
      </>
    );
  }

  const minutes = minutesToWait(request.error);
  const failure = request.isError
    ? minutes !== null
      ? t('signIn.rateLimited', { minutes })
      : isNetworkError(request.error)
        ? t('signIn.network')
        : t('signIn.failed')
    : null;

  return (
    <>
      <h1>{t('signIn.title')}</h1>
      {me.data ? (
        <p className="account-panel">
          <span>{t('signIn.already', { name: me.data.displayName })}</span>{' '}
          <Link to={accountPath()} state={{ from: returnTo }}>
            {t('signIn.toAccount')}
          </Link>
        </p>
      ) : null}
      <p>{t('signIn.intro')}</p>
      <form className="account-form" noValidate onSubmit={submit}>
        <div className="account-field">
          <label htmlFor={emailId}>{t('signIn.email')}</label>
          <input
            id={emailId}
            type="email"
            name="email"
            autoComplete="email"
            inputMode="email"
            required
            value={email}
            aria-invalid={invalid || undefined}
            aria-describedby={invalid ? errorId : undefined}
            onChange={(event) => setEmail(event.target.value)}
          />
          {invalid ? (
            <p id={errorId} className="account-field__error">
              {t('signIn.emailInvalid')}
            </p>
          ) : null}
          <p className="account-field__hint">{t('signIn.language')}</p>
        </div>
        {failure ? (
          <p className="account-error" role="alert">
            {failure}
          </p>
        ) : null}
        <div className="account-actions">
          <button type="submit" className="button button--primary" disabled={request.isPending}>
            {request.isPending ? t('signIn.sending') : t('signIn.submit')}
          </button>
        </div>
      </form>
    </>
  );
}
