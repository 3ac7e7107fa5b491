/**
 * Signed-in requests for the contract suites. The mocks keep no cookie (a page cannot
 * see HttpOnly ones): they sign a request in by its scenario (`as-participant`…) or
 * through their own sign-in. A server target signs in as a person would: a link
 * asked for, read in the development outbox, opened with the binding cookie.
 */
import { SCENARIO_HEADER } from '#contract/routes.ts';

import { mswTarget, type Target } from './targets.ts';

export const JSON_HEADERS = { 'Content-Type': 'application/json' };

/** Who sends a request: a mock scenario, a server session cookie, or neither. */
export interface Who {
  scenario?: string;
  cookie?: string;
}

/** A request as `who`: the scenario goes to the mocks, the cookie to a server. */
export function sendAs(
  target: Target,
  method: string,
  path: string,
  body?: string,
  who: Who = {},
): Promise<Response> {
  const headers: Record<string, string> = body === undefined ? {} : { ...JSON_HEADERS };
  if (target === mswTarget && who.scenario) headers[SCENARIO_HEADER] = who.scenario;
  if (target !== mswTarget && who.cookie) headers.Cookie = who.cookie;
  return target.fetch(path, { method, headers, ...(body === undefined ? {} : { body }) });
}

/**
 * Signs `email` in on a server target through its outbox, from one client address;
 * returns the session cookie to send. The outbox lists the newest mail first.
 */
export async function signInThroughOutbox(
  target: Target,
  email: string,
  client = '192.0.2.77',
): Promise<string> {
  if (target === mswTarget) throw new Error('the mocks sign in by scenario or mockSignIn');
  const asked = await target.fetch(
    '/api/auth/sign-in',
    { method: 'POST', headers: JSON_HEADERS, body: JSON.stringify({ email, locale: 'en' }) },
    client,
  );
  if (asked.status !== 202) throw new Error(`sign-in request answered ${asked.status}`);
  const binding = asked.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
  const outbox = await (await target.fetch('/__outbox')).text();
  const token = /\/sign-in\/verify\?token=([A-Za-z0-9_-]{43})/.exec(outbox)?.[1];
  if (!token) throw new Error('no sign-in link in the outbox');
  const verified = await target.fetch(
    '/api/auth/verify',
    {
      method: 'POST',
      headers: { ...JSON_HEADERS, Cookie: binding },
      body: JSON.stringify({ token }),
    },
    client,
  );
  const session = verified.headers.getSetCookie().find((c) => c.startsWith('parcours_session='));
  if (!session) throw new Error(`verify answered ${verified.status} without a session`);
  return session.split(';')[0]!;
}

/** Signs the mocks' own session in (any well-formed token does): no cookie to send. */
export async function mockSignIn(): Promise<void> {
  const verified = await mswTarget.fetch('/api/auth/verify', {
    method: 'POST',
    headers: JSON_HEADERS,
    body: JSON.stringify({ token: 'A'.repeat(43) }),
  });
  if (verified.status !== 200) throw new Error(`the mocks' verify answered ${verified.status}`);
}

/**
 * Signs each of `accounts` in on `target`: a server session for each e-mail, kept in
 * its Who beside the mocks' scenario (which signs the mocks' requests in).
 */
export async function signInEach(target: Target, accounts: [Who, string][]): Promise<void> {
  if (target === mswTarget) return;
  for (const [who, email] of accounts) who.cookie = await signInThroughOutbox(target, email);
}
