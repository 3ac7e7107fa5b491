/**
 * Sign-in, mocked: no mail and no cookie (a page cannot see HttpOnly ones), one
 * signed-in demo account in memory per In Movement store (the process's, or a board
 * frame's: signing in in one frame signs in no other). Any well-formed token signs in,
 * so a designer can reach the signed-in pages; the refusals and the 202 match the server's.
 */
import { http } from 'msw';

import { NOT_SIGNED_IN } from '../../contract/failures.ts';
import { parseRouteBody } from '../../contract/request-input.ts';
import { routes, SIGN_IN_LIMITS } from '../../contract/routes.ts';
import { type Account, SIGN_IN_ACCEPTED, SIGNED_OUT } from '../../contract/schemas.ts';
import { requestAccount } from '../in-movement-session.ts';
import { imState, type InMovementState } from '../in-movement-store.ts';
import type { Scenario } from '../scenarios.ts';
import { answer, failureResponse, prepare, rateLimitedResponse, readBodyText } from './respond.ts';

const NO_STORE = { 'Cache-Control': 'no-store' };

const DEMO_ACCOUNT: Account = {
  id: '1',
  email: 'demo@parcours.test',
  displayName: 'demo',
  role: 'participant',
  bio: '',
  affiliation: null,
  locale: 'fr',
  blocked: false,
};

/** Tests: the process's mocked sign-in (requests without a frame header). */
export function mockSignedIn(): Account | null {
  return imState().signedIn;
}

export function setMockSignedIn(account: Account | null): void {
  imState().signedIn = account;
}

/** Who a request is signed in as: a signed-in scenario's demo account, or the session's. */
export function signedInAccount(db: InMovementState, scenario: Scenario): Account | null {
  return requestAccount(db, scenario);
}

type Resolver = Parameters<typeof prepare>[1];

export const authHandlers = [
  http.post(`*${routes.signIn.path}`, async (resolver: Resolver) => {
    const prepared = await prepare('signIn', resolver);
    if (!prepared.ok) return prepared.response;
    // As an address past its allowance: the server's window is an hour.
    if (prepared.scenario === 'rate-limited')
      return rateLimitedResponse(SIGN_IN_LIMITS.perAddress.windowSeconds);
    const read = await readBodyText(resolver.request);
    if (!read.ok) return failureResponse(read);
    const body = parseRouteBody('signIn', read.text);
    if (!body.ok) return failureResponse(body);
    return answer('signIn', SIGN_IN_ACCEPTED, prepared.scenario, {
      status: 202,
      headers: NO_STORE,
    });
  }),
  http.post(`*${routes.verifySignIn.path}`, async (resolver: Resolver) => {
    const prepared = await prepare('verifySignIn', resolver);
    if (!prepared.ok) return prepared.response;
    const read = await readBodyText(resolver.request);
    if (!read.ok) return failureResponse(read);
    const body = parseRouteBody('verifySignIn', read.text);
    if (!body.ok) return failureResponse(body);
    const { db } = prepared.ctx;
    db.signedIn = DEMO_ACCOUNT;
    // As getMe will answer it: the In Movement store's id for the account.
    const account = signedInAccount(db, 'default') ?? DEMO_ACCOUNT;
    return answer('verifySignIn', account, prepared.scenario, { headers: NO_STORE });
  }),
  http.get(`*${routes.getMe.path}`, async (resolver: Resolver) => {
    const prepared = await prepare('getMe', resolver);
    if (!prepared.ok) return prepared.response;
    const account = signedInAccount(prepared.ctx.db, prepared.scenario);
    if (!account) {
      const refused = failureResponse(NOT_SIGNED_IN);
      refused.headers.set('Cache-Control', 'no-store');
      return refused;
    }
    return answer('getMe', account, prepared.scenario, { headers: NO_STORE });
  }),
  http.post(`*${routes.signOut.path}`, async (resolver: Resolver) => {
    const prepared = await prepare('signOut', resolver);
    if (!prepared.ok) return prepared.response;
    prepared.ctx.db.signedIn = null;
    return answer('signOut', SIGNED_OUT, prepared.scenario, { headers: NO_STORE });
  }),
];
