/**
 * The signed-in person's own account, mocked over the mocked sign-in's account
 * (mocks/handlers/auth.ts) or a signed-in scenario's, kept in the In Movement store
 * (mocks/account-store.ts): a profile change shows at once in /api/me and beside
 * their words, a deletion signs out and leaves their words by no one. The refusals
 * match the server's (decision 024): 401 signed out, 403 a blocked account's profile
 * change, 400 a bad profile, 429 under `rate-limited` or past the account's writes.
 */
import { http } from 'msw';

import { ACCOUNT_BLOCKED, NOT_SIGNED_IN } from '../../contract/failures.ts';
import { parseRouteBody } from '../../contract/request-input.ts';
import { routes } from '../../contract/routes.ts';
import { ACCOUNT_DELETED, type AccountExport } from '../../contract/schemas.ts';
import { accountRecords, forgetAccount, saveProfile } from '../account-store.ts';
import { spendAccountWrite } from '../account-writes.ts';
import { isSignedInScenario } from '../scenarios.ts';
import { signedInAccount } from './auth.ts';
import { answer, failureResponse, prepare, rateLimitedResponse, readBodyText } from './respond.ts';

const NO_STORE = { 'Cache-Control': 'no-store' };

type Resolver = Parameters<typeof prepare>[1];

function notSignedIn(): Response {
  const refused = failureResponse(NOT_SIGNED_IN);
  refused.headers.set('Cache-Control', 'no-store');
  return refused;
}

/** When the mocked session began: the export lists it. */
const SESSION_START = '2026-12-03T09:00:00.000Z';

export const accountHandlers = [
  http.put(`*${routes.updateProfile.path}`, async (resolver: Resolver) => {
    const prepared = await prepare('updateProfile', resolver);
    if (!prepared.ok) return prepared.response;
    if (prepared.scenario === 'rate-limited') return rateLimitedResponse();
    const { db } = prepared.ctx;
    const account = signedInAccount(db, prepared.scenario);
    if (!account) return notSignedIn();
    if (account.blocked) return failureResponse(ACCOUNT_BLOCKED);
    const spent = spendAccountWrite(db, account.id);
    if (!spent.allowed) return rateLimitedResponse(spent.retryAfter);
    const read = await readBodyText(resolver.request);
    if (!read.ok) return failureResponse(read);
    const body = parseRouteBody('updateProfile', read.text);
    if (!body.ok) return failureResponse(body);
    const updated = saveProfile(db, account, body.body);
    // The mocked sign-in's session carries its profile; a scenario's lives in the store.
    if (!isSignedInScenario(prepared.scenario)) db.signedIn = updated;
    return answer('updateProfile', updated, prepared.scenario, { headers: NO_STORE });
  }),
  http.get(`*${routes.exportAccount.path}`, async (resolver: Resolver) => {
    const prepared = await prepare('exportAccount', resolver);
    if (!prepared.ok) return prepared.response;
    const { db } = prepared.ctx;
    const account = signedInAccount(db, prepared.scenario);
    if (!account) return notSignedIn();
    const body: AccountExport = {
      exportedAt: new Date().toISOString(),
      account,
      createdAt: SESSION_START,
      ...accountRecords(db, account),
      sessions: [
        {
          createdAt: SESSION_START,
          expiresAt: '2027-01-02T09:00:00.000Z',
          revokedAt: null,
        },
      ],
    };
    return answer('exportAccount', body, prepared.scenario, {
      headers: {
        ...NO_STORE,
        'Content-Disposition': 'attachment; filename="parcours-account.json"',
      },
    });
  }),
  http.delete(`*${routes.deleteAccount.path}`, async (resolver: Resolver) => {
    const prepared = await prepare('deleteAccount', resolver);
    if (!prepared.ok) return prepared.response;
    if (prepared.scenario === 'rate-limited') return rateLimitedResponse();
    const { db } = prepared.ctx;
    const account = signedInAccount(db, prepared.scenario);
    if (!account) return notSignedIn();
    const spent = spendAccountWrite(db, account.id);
    if (!spent.allowed) return rateLimitedResponse(spent.retryAfter);
    // Gone for the mock session's life: a scenario of this account is signed out too.
    forgetAccount(db, account);
    db.signedIn = null;
    return answer('deleteAccount', ACCOUNT_DELETED, prepared.scenario, { headers: NO_STORE });
  }),
];
