/**
 * Sign-in and the signed-in person's account (decisions 021 and 024): the account
 * pages' and In Movement's, never the first load's (contract/routes.ts joins every
 * table; decision 026).
 */
import { z } from 'zod/mini';

import {
  accountDeletedSchema,
  accountExportSchema,
  accountSchema,
  profileInputSchema,
  signedOutSchema,
  signInAcceptedSchema,
  signInInputSchema,
  verifyInputSchema,
} from './account.ts';
import type { RouteTable } from './route-table.ts';

export const accountRoutes = {
  /** Mails a one-use sign-in link; answers 202 the same way whether or not the address is known. */
  signIn: {
    method: 'POST',
    path: '/api/auth/sign-in',
    params: z.object({}),
    query: z.object({}),
    body: signInInputSchema,
    response: signInAcceptedSchema,
  },
  /** Trades a sign-in link's token (in the browser that asked for it) for a session cookie. */
  verifySignIn: {
    method: 'POST',
    path: '/api/auth/verify',
    params: z.object({}),
    query: z.object({}),
    body: verifyInputSchema,
    response: accountSchema,
  },
  /** The signed-in account, or 401 `unauthorized`. Never cached. */
  getMe: {
    method: 'GET',
    path: '/api/me',
    params: z.object({}),
    query: z.object({}),
    response: accountSchema,
  },
  /** Ends the session (revoked in the database) and clears its cookie; takes no body. */
  signOut: {
    method: 'POST',
    path: '/api/auth/sign-out',
    params: z.object({}),
    query: z.object({}),
    response: signedOutSchema,
  },
  /** Changes the signed-in person's display name, bio, affiliation and language. */
  updateProfile: {
    method: 'PUT',
    path: '/api/me',
    params: z.object({}),
    query: z.object({}),
    body: profileInputSchema,
    response: accountSchema,
  },
  /** Everything stored about the signed-in person, as a JSON download. Never cached. */
  exportAccount: {
    method: 'GET',
    path: '/api/me/export',
    params: z.object({}),
    query: z.object({}),
    response: accountExportSchema,
  },
  /**
   * Deletes the account: its e-mail, name, bio, sessions and reports go; its
   * contributions stay, authored by "deleted account". Takes no body.
   */
  deleteAccount: {
    method: 'DELETE',
    path: '/api/me',
    params: z.object({}),
    query: z.object({}),
    response: accountDeletedSchema,
  },
} as const satisfies RouteTable;
