/**
 * Curators' and admins' work on contributions and debates. Each action is one
 * transaction that changes the subject and writes its line of the public log.
 */
import type { z } from 'zod/mini';

import { type ApiFailure, conflict, notFound } from '../../contract/failures.ts';
import type {
  debateCurationInputSchema,
  moderationInputSchema,
  ModerationLogEntry,
} from '../../contract/in-movement.ts';
import type { Account } from '../../contract/schemas.ts';
import type { Database, Queryable } from '../db/adapter.ts';
import { Refusal, refusing, type WriteOutcome } from './outcome.ts';
import { getDebate } from './reads.ts';
import { liveReports, LOG_ENTRY_JSON } from './sql.ts';

type LogAction = ModerationLogEntry['action'];

interface LogLine {
  action: LogAction;
  actor: string | null;
  kind: 'contribution' | 'debate' | 'curated';
  ref: string;
  debate?: string | undefined;
  reason?: string;
}

/** Appends one line to the public log and returns it as the API shows it. */
export async function writeLog(q: Queryable, line: LogLine): Promise<ModerationLogEntry> {
  const [row] = await q.query<{ entry: ModerationLogEntry }>(
    `WITH l AS (
       INSERT INTO moderation_log (action, actor_name, subject_kind, subject_ref, debate_slug, reason)
       VALUES ($1, $2, $3, $4, $5, $6) RETURNING *)
     SELECT ${LOG_ENTRY_JSON} AS entry FROM l`,
    [line.action, line.actor, line.kind, line.ref, line.debate ?? null, line.reason ?? ''],
  );
  if (!row) throw new Error('moderation_log: the insert returned no row');
  return row.entry;
}

export const REASON_REQUIRED: ApiFailure = {
  ok: false,
  status: 400,
  code: 'bad_request',
  message: 'Invalid reason: removing or blocking needs a public reason',
  field: 'reason',
};

type ModerationInput = z.infer<typeof moderationInputSchema>;

/** Restore, remove with a public reason, or block the author (which also removes it). */
export function moderateContribution(
  db: Database,
  actor: Account,
  id: string,
  { action, reason }: ModerationInput,
): Promise<WriteOutcome> {
  if (action !== 'restore' && reason.trim() === '') return Promise.resolve(REASON_REQUIRED);
  return refusing(() =>
    db.tx(async (tx) => {
      const [target] = await tx.query<{
        state: string;
        reports: number;
        debate: string;
        author: string | null;
        role: string | null;
        blocked: boolean;
      }>(
        `SELECT c.state, (${liveReports('c')}) AS reports, d.slug AS debate,
                c.author_id::text AS author, a.role, a.blocked_at IS NOT NULL AS blocked
         FROM contributions c JOIN debates d ON d.id = c.debate_id
         LEFT JOIN accounts a ON a.id = c.author_id
         WHERE c.id = $1::bigint FOR UPDATE OF c`,
        [id],
      );
      if (!target) throw new Refusal(notFound('contribution', 'id', id));
      const refuse = (message: string) => new Refusal(conflict(message));

      if (action === 'restore') {
        if (target.state === 'visible' && target.reports === 0) {
          throw refuse('Nothing to restore: it is visible and has no reports to review.');
        }
        await tx.query(
          `UPDATE contributions SET state = 'visible', removed_reason = NULL, reviewed_at = now()
           WHERE id = $1::bigint`,
          [id],
        );
      } else {
        if (action === 'remove' && target.state === 'removed') {
          throw refuse('This contribution is already removed.');
        }
        if (action === 'block-author') {
          if (target.author === null) {
            throw refuse('Its author deleted their account: there is no one to block.');
          }
          if (target.role === 'curator' || target.role === 'admin') {
            throw refuse('Curators and admins cannot be blocked.');
          }
          if (target.blocked && target.state === 'removed') {
            throw refuse('Its author is already blocked and it is already removed.');
          }
          // Blocked: no more writes, and every session ends now.
          await tx.query(
            'UPDATE accounts SET blocked_at = COALESCE(blocked_at, now()) WHERE id = $1::bigint',
            [target.author],
          );
          await tx.query(
            `UPDATE sessions SET revoked_at = now()
             WHERE account_id = $1::bigint AND revoked_at IS NULL`,
            [target.author],
          );
        }
        await tx.query(
          `UPDATE contributions SET state = 'removed', removed_reason = $2, reviewed_at = now()
           WHERE id = $1::bigint`,
          [id, reason],
        );
      }
      const entry = await writeLog(tx, {
        action,
        actor: actor.displayName,
        kind: 'contribution',
        ref: id,
        debate: target.debate,
        reason,
      });
      return { ok: true, status: 200, body: entry } as const;
    }),
  );
}

type DebateCuration = z.infer<typeof debateCurationInputSchema>;

/** Pin, feature, close with a conclusion, archive: one log line per change made. */
export function curateDebate(
  db: Database,
  actor: Account,
  slug: string,
  input: DebateCuration,
): Promise<WriteOutcome> {
  return refusing(() =>
    db.tx(async (tx) => {
      const [debate] = await tx.query<{
        id: string;
        pinned: boolean;
        featured: boolean;
        state: string;
        archived: boolean;
      }>(
        `SELECT id::text AS id, pinned, featured, state, archived_at IS NOT NULL AS archived
         FROM debates WHERE slug = $1 FOR UPDATE`,
        [slug],
      );
      if (!debate) throw new Refusal(notFound('debate', 'slug', slug));
      if (debate.archived)
        throw new Refusal(conflict('This debate is archived: it no longer changes.'));
      // Past its closing date a debate takes no contributions, but a curator can still
      // close it with its conclusion; closing twice is the conflict.
      if (input.close && debate.state === 'closed') {
        throw new Refusal(conflict('This debate is already closed.', 'close'));
      }
      const log = (action: LogAction) =>
        writeLog(tx, { action, actor: actor.displayName, kind: 'debate', ref: slug });

      if (input.pinned !== undefined && input.pinned !== debate.pinned) {
        await tx.query('UPDATE debates SET pinned = $2 WHERE id = $1::bigint', [
          debate.id,
          input.pinned,
        ]);
        await log(input.pinned ? 'pin' : 'unpin');
      }
      if (input.featured !== undefined && input.featured !== debate.featured) {
        await tx.query('UPDATE debates SET featured = $2 WHERE id = $1::bigint', [
          debate.id,
          input.featured,
        ]);
        await log(input.featured ? 'feature' : 'unfeature');
      }
      if (input.close) {
        await tx.query(
          `UPDATE debates SET state = 'closed', conclusion = $2 WHERE id = $1::bigint`,
          [debate.id, input.close.conclusion],
        );
        await log('close');
      }
      if (input.archived) {
        await tx.query('UPDATE debates SET archived_at = now() WHERE id = $1::bigint', [debate.id]);
        await log('archive');
      }
      const body = await getDebate(tx, slug, { archived: true });
      return { ok: true, status: 200, body } as const;
    }),
  );
}
