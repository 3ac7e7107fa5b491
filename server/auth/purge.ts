/**
 * Housekeeping of sign-in's tables: tokens past their 15 minutes or spent, sessions
 * expired or revoked, and development mails older than a day go. Run at start-up and
 * then periodically (serve.ts); every instance may run it, the deletes are idempotent.
 */
import type { Queryable } from '../db/adapter.ts';

export interface Purged {
  tokens: number;
  sessions: number;
  mails: number;
}

/** How often each instance purges. */
export const PURGE_EVERY_MS = 60 * 60_000;

const count = async (db: Queryable, sql: string): Promise<number> => {
  const [row] = await db.query<{ n: number }>(
    `WITH gone AS (${sql} RETURNING 1) SELECT count(*)::int AS n FROM gone`,
  );
  return row?.n ?? 0;
};

/** Deletes what no longer signs anyone in; returns how many rows of each went. */
export async function purgeStaleSignIns(db: Queryable): Promise<Purged> {
  return {
    tokens: await count(
      db,
      'DELETE FROM sign_in_tokens WHERE expires_at < now() OR used_at IS NOT NULL',
    ),
    sessions: await count(
      db,
      'DELETE FROM sessions WHERE expires_at < now() OR revoked_at IS NOT NULL',
    ),
    // The outbox only exists for development; its links are dead within 15 minutes.
    mails: await count(db, `DELETE FROM outbox WHERE created_at < now() - interval '1 day'`),
  };
}
