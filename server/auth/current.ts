/**
 * Who is asking: the account of the request's session cookie, and the checks every
 * write makes before its own (signed in, not blocked, the right role, within the
 * account's write allowance). Routes answer the failure these return as it is.
 */
import type { Context } from 'hono';
import { getCookie } from 'hono/cookie';

import {
  ACCOUNT_BLOCKED,
  type ApiFailure,
  NOT_SIGNED_IN,
  ROLE_REQUIRED,
} from '../../contract/failures.ts';
import { ACCOUNT_WRITE_LIMIT, RATE_LIMITED_MESSAGE } from '../../contract/routes.ts';
import type { Account, Role } from '../../contract/schemas.ts';
import type { Queryable } from '../db/adapter.ts';
import { hit } from '../http/rate-limit.ts';
import { hashSecret } from './secrets.ts';
import { sessionAccount } from './store.ts';

export const SESSION_COOKIE = 'parcours_session';

/** Roles that may curate and moderate the platform. */
export const CURATORS: readonly Role[] = ['curator', 'admin'];

/** The signed-in account, or undefined (no cookie, unknown, expired or revoked session). */
export async function currentAccount(c: Context, db: Queryable): Promise<Account | undefined> {
  const sessionId = getCookie(c, SESSION_COOKIE);
  return sessionId ? sessionAccount(db, hashSecret(sessionId)) : undefined;
}

export type WriterCheck = { ok: true; account: Account } | (ApiFailure & { retryAfter?: number });

/**
 * The checks before any write by a person: 401 without a live session, 403 when a
 * curator blocked the account or its role is not among `roles`, 429 (with the
 * seconds to wait) past ACCOUNT_WRITE_LIMIT, counted in PostgreSQL across instances.
 * `evenIfBlocked`: a blocked person may still delete their own account (decision 024).
 */
export async function requireWriter(
  c: Context,
  db: Queryable,
  roles?: readonly Role[],
  { evenIfBlocked = false }: { evenIfBlocked?: boolean } = {},
): Promise<WriterCheck> {
  const account = await currentAccount(c, db);
  if (!account) return NOT_SIGNED_IN;
  if (account.blocked && !evenIfBlocked) return ACCOUNT_BLOCKED;
  if (roles && !roles.includes(account.role)) return ROLE_REQUIRED;
  const counted = await hit(db, { bucket: 'account-writes', ...ACCOUNT_WRITE_LIMIT }, account.id);
  if (!counted.allowed) {
    return {
      ok: false,
      status: 429,
      code: 'rate_limited',
      message: RATE_LIMITED_MESSAGE,
      retryAfter: counted.retryAfter,
    };
  }
  return { ok: true, account };
}
