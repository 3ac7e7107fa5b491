/**
 * Taking part: contributing (once per idempotency key, whatever the concurrency) and
 * reporting (once per person, never one's own; at the threshold the contribution is
 * hidden pending review, in the same transaction).
 */
import {
  ALREADY_REPORTED,
  DEBATE_CLOSED,
  KEY_REUSED,
  notFound,
  OWN_CONTRIBUTION,
  PARENT_HIDDEN,
  REPLY_TO_REPLY,
} from '../../contract/failures.ts';
import type { ContributionInput } from '../../contract/in-movement.ts';
import { buildPath } from '../../contract/routes.ts';
import type { Account } from '../../contract/schemas.ts';
import type { Database, Queryable } from '../db/adapter.ts';
import { Refusal, refusing, type WriteOutcome } from './outcome.ts';
import { getContribution } from './reads.ts';
import { debateStateSql, liveReports } from './sql.ts';

const RECORD_ID = /^[1-9][0-9]{0,17}$/;

async function byKey(db: Queryable, authorId: string, key: string) {
  const [row] = await db.query<{ id: string; debate: string }>(
    `SELECT c.id::text AS id, d.slug AS debate FROM contributions c
     JOIN debates d ON d.id = c.debate_id
     WHERE c.author_id = $1::bigint AND c.idempotency_key = $2`,
    [authorId, key],
  );
  return row;
}

async function answerExisting(
  db: Queryable,
  account: Account,
  slug: string,
  existing: { id: string; debate: string },
): Promise<WriteOutcome> {
  if (existing.debate !== slug) return KEY_REUSED;
  return { ok: true, status: 200, body: await getContribution(db, existing.id, account.id) };
}

/**
 * 201 with the new contribution; 200 with the first one when this account already
 * sent this idempotency key (a double tap, a retried request, a draft sent twice).
 */
export async function createContribution(
  db: Database,
  account: Account,
  slug: string,
  input: ContributionInput,
): Promise<WriteOutcome> {
  const earlier = await byKey(db, account.id, input.idempotencyKey);
  if (earlier) return answerExisting(db, account, slug, earlier);

  const [debate] = await db.query<{ id: string; state: string }>(
    `SELECT d.id::text AS id, ${debateStateSql('d')} AS state
     FROM debates d WHERE d.slug = $1 AND d.archived_at IS NULL`,
    [slug],
  );
  if (!debate) return notFound('debate', 'slug', slug);
  if (debate.state !== 'open') return DEBATE_CLOSED;

  let parentId: string | null = null;
  if ('parentId' in input) {
    const missing = notFound('contribution', 'parentId', input.parentId);
    if (!RECORD_ID.test(input.parentId)) return missing;
    const [parent] = await db.query<{ reply: boolean; state: string }>(
      `SELECT parent_id IS NOT NULL AS reply, state FROM contributions
       WHERE id = $1::bigint AND debate_id = $2::bigint`,
      [input.parentId, debate.id],
    );
    if (!parent) return missing;
    if (parent.reply) return REPLY_TO_REPLY;
    if (parent.state !== 'visible') return PARENT_HIDDEN;
    parentId = input.parentId;
  }

  // Concurrent twins wait here for the first to commit, then insert nothing.
  const [inserted] = await db.query<{ id: string }>(
    `INSERT INTO contributions (debate_id, parent_id, author_id, stance, body, idempotency_key)
     VALUES ($1::bigint, $2::bigint, $3::bigint, $4, $5, $6)
     ON CONFLICT (author_id, idempotency_key) DO NOTHING
     RETURNING id::text AS id`,
    [
      debate.id,
      parentId,
      account.id,
      'stance' in input ? input.stance : null,
      input.body,
      input.idempotencyKey,
    ],
  );
  if (!inserted) {
    const twin = await byKey(db, account.id, input.idempotencyKey);
    if (!twin) throw new Error('contributions: the idempotency key conflicted with no row');
    return answerExisting(db, account, slug, twin);
  }
  return {
    ok: true,
    status: 201,
    body: await getContribution(db, inserted.id, account.id),
    location: buildPath('listContributions', { slug }),
  };
}

export interface ReportInput {
  reason: string;
  note?: string | undefined;
}

/** Reports a contribution; hides it pending review when `threshold` people have. */
export function reportContribution(
  db: Database,
  account: Account,
  id: string,
  input: ReportInput,
  threshold: number,
): Promise<WriteOutcome> {
  return refusing(() =>
    db.tx(async (tx) => {
      // Locked: reports of one contribution count one after the other, so exactly
      // one of them crosses the threshold.
      const [target] = await tx.query<{
        author: string | null;
        state: string;
        debate: string;
      }>(
        `SELECT c.author_id::text AS author, c.state, d.slug AS debate
         FROM contributions c JOIN debates d ON d.id = c.debate_id
         WHERE c.id = $1::bigint FOR UPDATE OF c`,
        [id],
      );
      if (!target) throw new Refusal(notFound('contribution', 'id', id));
      if (target.author === account.id) throw new Refusal(OWN_CONTRIBUTION);
      const added = await tx.query(
        `INSERT INTO reports (contribution_id, reporter_id, reason, note)
         VALUES ($1::bigint, $2::bigint, $3, $4)
         ON CONFLICT (contribution_id, reporter_id) DO NOTHING RETURNING 1`,
        [id, account.id, input.reason, input.note ?? ''],
      );
      if (added.length === 0) throw new Refusal(ALREADY_REPORTED);

      let hidden = false;
      if (target.state === 'visible') {
        const hid = await tx.query(
          `UPDATE contributions c SET state = 'pending'
           WHERE c.id = $1::bigint AND c.state = 'visible' AND (${liveReports('c')}) >= $2::int
           RETURNING 1`,
          [id, threshold],
        );
        hidden = hid.length > 0;
        if (hidden) {
          await tx.query(
            `INSERT INTO moderation_log (action, actor_name, subject_kind, subject_ref, debate_slug, reason)
             VALUES ('auto-hide', NULL, 'contribution', $1, $2, '')`,
            [id, target.debate],
          );
        }
      }
      return { ok: true, status: 200, body: { status: 'reported', hidden } } as const;
    }),
  );
}
