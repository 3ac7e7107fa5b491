/**
 * Accounts, sign-in tokens and sessions in the database. Secrets arrive here already
 * hashed (secrets.ts); times are the database's, so every instance agrees on expiry.
 */
import type { Account, Locale } from '../../contract/schemas.ts';
import type { Queryable } from '../db/adapter.ts';
import { hashSecret } from './secrets.ts';

export const SESSION_DAYS = 30;

/** An account row as the contract's `Account`, for a table aliased `a` or unaliased. */
export function accountColumns(alias = ''): string {
  const t = alias ? `${alias}.` : '';
  return `${t}id::text AS id, ${t}email, ${t}display_name AS "displayName", ${t}role, ${t}bio,
    ${t}affiliation, ${t}locale, (${t}blocked_at IS NOT NULL) AS blocked`;
}
const ACCOUNT_COLUMNS = accountColumns();

/**
 * Stores a new token for `email`, in the language it was asked in. `previousNonceHash`
 * is the asking browser's earlier binding, if any: its unused tokens are spent, so
 * asking again replaces the earlier link (only this browser's: a stranger asking for
 * the same address cannot cancel the owner's link).
 */
export async function storeSignInToken(
  db: Queryable,
  tokenHash: string,
  email: string,
  nonceHash: string,
  locale: Locale,
  previousNonceHash?: string,
): Promise<void> {
  if (previousNonceHash) {
    await db.query(
      'UPDATE sign_in_tokens SET used_at = now() WHERE nonce_hash = $1 AND used_at IS NULL',
      [previousNonceHash],
    );
  }
  await db.query(
    'INSERT INTO sign_in_tokens (token_hash, email, nonce_hash, locale) VALUES ($1, $2, $3, $4)',
    [tokenHash, email, nonceHash, locale],
  );
}

/**
 * Spends a token: marks it used if it exists, is unused, unexpired and bound to this
 * browser's nonce, in one statement (two tabs racing get one session). Returns its address.
 */
export async function consumeSignInToken(
  db: Queryable,
  tokenHash: string,
  nonceHash: string,
): Promise<{ email: string; locale: Locale } | undefined> {
  const [row] = await db.query<{ email: string; locale: Locale }>(
    `UPDATE sign_in_tokens SET used_at = now()
     WHERE token_hash = $1 AND nonce_hash = $2 AND used_at IS NULL AND expires_at > now()
     RETURNING email, locale`,
    [tokenHash, nonceHash],
  );
  return row;
}

/**
 * The account of this address, created as a participant on its first sign-in, in the
 * language the link was asked in; an existing account keeps the language it chose.
 */
export async function accountFor(db: Queryable, email: string, locale: Locale): Promise<Account> {
  // An address whose blocked account was deleted comes back blocked (migration 010).
  const [created] = await db.query<Account>(
    `INSERT INTO accounts (email, display_name, locale, blocked_at)
     VALUES ($1, $2, $3,
       (SELECT blocked_at FROM blocked_addresses WHERE email_hash = $4))
     ON CONFLICT (lower(email)) DO NOTHING RETURNING ${ACCOUNT_COLUMNS}`,
    [email, email.split('@')[0] ?? email, locale, hashSecret(email.toLowerCase())],
  );
  if (created) return created;
  const [existing] = await db.query<Account>(
    `SELECT ${ACCOUNT_COLUMNS} FROM accounts WHERE lower(email) = lower($1)`,
    [email],
  );
  if (!existing) throw new Error('accounts: the address vanished between two statements');
  return existing;
}

export async function createSession(
  db: Queryable,
  idHash: string,
  accountId: string,
): Promise<void> {
  await db.query(
    `INSERT INTO sessions (id_hash, account_id, expires_at)
     VALUES ($1, $2::bigint, now() + make_interval(days => $3::int))`,
    [idHash, accountId, SESSION_DAYS],
  );
}

export async function revokeSession(db: Queryable, idHash: string): Promise<void> {
  await db.query(
    'UPDATE sessions SET revoked_at = now() WHERE id_hash = $1 AND revoked_at IS NULL',
    [idHash],
  );
}

/** The account of a live session (neither revoked nor expired). */
export async function sessionAccount(db: Queryable, idHash: string): Promise<Account | undefined> {
  const [row] = await db.query<Account>(
    `SELECT ${accountColumns('a')}
     FROM sessions s JOIN accounts a ON a.id = s.account_id
     WHERE s.id_hash = $1 AND s.revoked_at IS NULL AND s.expires_at > now()`,
    [idHash],
  );
  return row;
}
