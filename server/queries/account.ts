/**
 * The signed-in person's own account: their profile, everything stored about them,
 * and its deletion (decision 024). Contributions and reports live in In Movement's
 * tables (migration 008).
 */
import type { Account, AccountExport, ProfileInput } from '../../contract/schemas.ts';
import { hashSecret } from '../auth/secrets.ts';
import { accountColumns } from '../auth/store.ts';
import type { Database, Queryable } from '../db/adapter.ts';

/** A timestamptz as JavaScript's `toISOString()` writes it. */
const iso = (column: string) =>
  `to_char(${column} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;

export async function updateProfile(
  db: Queryable,
  accountId: string,
  profile: Required<ProfileInput>,
): Promise<Account | undefined> {
  const [row] = await db.query<Account>(
    `UPDATE accounts SET display_name = $2, bio = $3, affiliation = $4, locale = $5
     WHERE id = $1::bigint RETURNING ${accountColumns()}`,
    [accountId, profile.displayName, profile.bio, profile.affiliation, profile.locale],
  );
  return row;
}

/** Everything stored about the account, read in one transaction so its parts agree. */
export async function exportAccount(
  db: Database,
  account: Account,
): Promise<Omit<AccountExport, 'exportedAt'> | undefined> {
  return db.tx(async (tx) => {
    const [row] = await tx.query<{ createdAt: string }>(
      `SELECT ${iso('created_at')} AS "createdAt" FROM accounts WHERE id = $1::bigint`,
      [account.id],
    );
    if (!row) return undefined;
    const contributions = await tx.query<AccountExport['contributions'][number]>(
      `SELECT c.id::text AS id, d.slug AS debate, c.parent_id::text AS "parentId", c.stance,
         c.body, c.state, ${iso('c.created_at')} AS "createdAt"
       FROM contributions c JOIN debates d ON d.id = c.debate_id
       WHERE c.author_id = $1::bigint ORDER BY c.created_at, c.id`,
      [account.id],
    );
    const reports = await tx.query<AccountExport['reports'][number]>(
      `SELECT contribution_id::text AS "contributionId", reason, note,
         ${iso('created_at')} AS "createdAt"
       FROM reports WHERE reporter_id = $1::bigint ORDER BY created_at, contribution_id`,
      [account.id],
    );
    const sessions = await tx.query<AccountExport['sessions'][number]>(
      `SELECT ${iso('created_at')} AS "createdAt", ${iso('expires_at')} AS "expiresAt",
         ${iso('revoked_at')} AS "revokedAt"
       FROM sessions WHERE account_id = $1::bigint ORDER BY created_at`,
      [account.id],
    );
    return { account, createdAt: row.createdAt, contributions, reports, sessions };
  });
}

/**
 * Deletes the account's row, whose sessions and reports cascade and whose
 * contributions stay authored by no one; then whatever else names the address: its
 * sign-in tokens, its development mails, its rate-limit counters. A blocked account
 * leaves only its address's hash behind, so that signing in again does not unblock it.
 */
export async function deleteAccount(db: Database, accountId: string): Promise<boolean> {
  return db.tx(async (tx) => {
    const [gone] = await tx.query<{ email: string; blocked: boolean }>(
      'DELETE FROM accounts WHERE id = $1::bigint RETURNING email, (blocked_at IS NOT NULL) AS blocked',
      [accountId],
    );
    if (!gone) return false;
    // Erasure does not lift a block: a new sign-in of this address starts blocked.
    if (gone.blocked) {
      await tx.query(
        'INSERT INTO blocked_addresses (email_hash) VALUES ($1) ON CONFLICT DO NOTHING',
        [hashSecret(gone.email.toLowerCase())],
      );
    }
    await tx.query('DELETE FROM sign_in_tokens WHERE lower(email) = lower($1)', [gone.email]);
    await tx.query('DELETE FROM outbox WHERE lower(to_address) = lower($1)', [gone.email]);
    await tx.query(
      `DELETE FROM rate_limits WHERE (bucket = 'account-writes' AND key = $1)
         OR (bucket = 'sign-in-address' AND key = lower($2))`,
      [accountId, gone.email],
    );
    return true;
  });
}
