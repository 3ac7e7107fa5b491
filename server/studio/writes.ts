// Over 300 lines: each write is a short transaction over the same lock-check-apply steps, kept together.
/**
 * The studio's writes (decision 032). Each runs in one transaction that locks the
 * story's row, checks the version the editor started from, makes its change, bumps
 * the version and records a revision; publishing and unpublishing also write the
 * public copy (public-copy.ts), which moves the content version.
 */
import { type ApiFailure, notFound } from '../../contract/failures.ts';
import type { Account } from '../../contract/schemas.ts';
import {
  type Revision,
  type StoryDocument,
  storyDocumentSchema,
  type StoryField,
  type StudioCreateInput,
  type StudioStory,
} from '../../contract/studio.ts';
import {
  ALREADY_PUBLISHED,
  changedFields,
  draftProblem,
  emptyDocument,
  noRevision,
  NOT_PUBLIC,
  notPublishable,
  revisionSummary,
  SCHEDULE_IN_PAST,
  slugTaken,
  staleVersion,
  unknownSlug,
} from '../../contract/studio-rules.ts';
import type { Database, Queryable } from '../db/adapter.ts';
import { Refusal } from '../in-movement/outcome.ts';
import { deletePublicCopy, readyToPublish, writePublicCopy } from './public-copy.ts';
import { findStory, type StoryRow, toStudioStory } from './reads.ts';

export type StudioOutcome = { ok: true; story: StudioStory } | ApiFailure;

/** Who made a change: an editor, or the clock publishing a scheduled story. */
type Actor = Pick<Account, 'id' | 'displayName'> | null;

interface Change {
  state?: StoryRow['state'];
  draft?: StoryDocument;
  published?: StoryDocument | null;
  scheduledAt?: string | null;
  action: Revision['action'];
  changes: StoryField[];
  detail?: string;
}

/** Writes the row's new state and its revision; answers the story as it now is. */
async function apply(
  q: Queryable,
  row: StoryRow,
  change: Change,
  actor: Actor,
  now: Date,
): Promise<StudioStory> {
  const draft = change.draft ?? row.draft;
  const version = row.version + 1;
  const at = now.toISOString();
  await q.query(
    `UPDATE studio_stories SET state = $2, version = $3, draft = $4, published = $5,
       scheduled_at = $6, updated_at = $7, updated_by = $8, updated_by_name = $9
     WHERE id = $1`,
    [
      row.id,
      change.state ?? row.state,
      version,
      JSON.stringify(draft),
      change.published === undefined
        ? JSON.stringify(row.published)
        : JSON.stringify(change.published),
      change.scheduledAt === undefined ? row.scheduled_at : change.scheduledAt,
      at,
      actor?.id ?? null,
      actor?.displayName ?? null,
    ],
  );
  await q.query(
    `INSERT INTO story_revisions (story_id, version, action, at, account_id, editor_name, changes, summary, snapshot)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
    [
      row.id,
      version,
      change.action,
      at,
      actor?.id ?? null,
      actor?.displayName ?? null,
      JSON.stringify(change.changes),
      revisionSummary(change.action, change.changes, change.detail),
      JSON.stringify(draft),
    ],
  );
  const updated = await findStory(q, row.slug);
  if (!updated) throw new Error(`studio_stories: "${row.slug}" vanished inside its transaction`);
  return toStudioStory(updated);
}

/** The story, locked, at the version the editor saw; or the refusal to answer. */
async function lockAt(q: Queryable, slug: string, version: number): Promise<StoryRow> {
  const row = await findStory(q, slug, true);
  if (!row) throw new Refusal(notFound('story', 'slug', slug));
  if (row.version === version) return row;
  const [seen] = await q.query<{ snapshot: StoryDocument }>(
    'SELECT snapshot FROM story_revisions WHERE story_id = $1 AND version = $2',
    [row.id, version],
  );
  const changes =
    seen && version < row.version
      ? changedFields(storyDocumentSchema.parse(seen.snapshot), row.draft)
      : null;
  throw new Refusal(staleVersion({ version: row.version, by: row.updated_by_name }, changes));
}

async function run(
  db: Database,
  fn: (q: Queryable) => Promise<StudioStory>,
): Promise<StudioOutcome> {
  try {
    return { ok: true, story: await db.tx(fn) };
  } catch (error) {
    if (error instanceof Refusal) return error.failure;
    throw error;
  }
}

/** Themes and people a draft names must exist. */
async function checkSlugs(q: Queryable, doc: StoryDocument): Promise<void> {
  const missing = await q.query<{ field: 'themes' | 'people'; slug: string }>(
    `SELECT 'themes' AS field, x AS slug FROM jsonb_array_elements_text($1::jsonb) x
       WHERE NOT EXISTS (SELECT 1 FROM themes t WHERE t.slug = x)
     UNION ALL
     SELECT 'people', x FROM jsonb_array_elements_text($2::jsonb) x
       WHERE NOT EXISTS (SELECT 1 FROM people p WHERE p.slug = x)`,
    [JSON.stringify(doc.themes), JSON.stringify(doc.people)],
  );
  const first = missing.find((m) => m.field === 'themes') ?? missing[0];
  if (first) throw new Refusal(unknownSlug(first.field, first.slug));
}

export function createStory(
  db: Database,
  input: Required<StudioCreateInput>,
  actor: Actor,
  now: Date,
): Promise<StudioOutcome> {
  return run(db, async (q) => {
    const taken = await q.query(
      `SELECT 1 FROM studio_stories WHERE slug = $1 UNION ALL SELECT 1 FROM stories WHERE slug = $1`,
      [input.slug],
    );
    if (taken.length > 0) throw new Refusal(slugTaken(input.slug));
    const draft = emptyDocument(input.kind, input.title);
    const at = now.toISOString();
    // ON CONFLICT: a twin request committed meanwhile; the second answers the same 409.
    const [row] = await q.query<{ id: number }>(
      `INSERT INTO studio_stories (slug, state, draft, created_at, updated_at, updated_by, updated_by_name)
       VALUES ($1, 'draft', $2, $3, $3, $4, $5) ON CONFLICT (slug) DO NOTHING RETURNING id`,
      [input.slug, JSON.stringify(draft), at, actor?.id ?? null, actor?.displayName ?? null],
    );
    if (!row) throw new Refusal(slugTaken(input.slug));
    await q.query(
      `INSERT INTO story_revisions (story_id, version, action, at, account_id, editor_name, summary, snapshot)
       VALUES ($1, 1, 'create', $2, $3, $4, $5, $6)`,
      [
        row.id,
        at,
        actor?.id ?? null,
        actor?.displayName ?? null,
        revisionSummary('create', []),
        JSON.stringify(draft),
      ],
    );
    const created = await findStory(q, input.slug);
    if (!created) throw new Error('studio_stories: the new story is not there');
    return toStudioStory(created);
  });
}

export function saveStory(
  db: Database,
  slug: string,
  input: { version: number; draft: StoryDocument },
  actor: Actor,
  now: Date,
): Promise<StudioOutcome> {
  return run(db, async (q) => {
    const row = await lockAt(q, slug, input.version);
    const problem = draftProblem(slug, input.draft);
    if (problem) throw new Refusal(problem);
    await checkSlugs(q, input.draft);
    const draft = storyDocumentSchema.parse(input.draft);
    const changes = changedFields(row.draft, draft);
    // An autosave that changed nothing makes no revision.
    if (changes.length === 0) return toStudioStory(row);
    return apply(q, row, { draft, action: 'save', changes }, actor, now);
  });
}

/** Publishes `row`'s draft (the caller holds its lock): the public copy, then the row. */
async function publishRow(q: Queryable, row: StoryRow, actor: Actor, now: Date) {
  const ready = readyToPublish(row.slug, row.draft, now);
  if (!ready.ok) throw new Refusal(notPublishable(ready.problem));
  await writePublicCopy(q, ready.story);
  const changes = row.published ? changedFields(row.published, row.draft) : [];
  return apply(
    q,
    row,
    { state: 'published', published: row.draft, scheduledAt: null, action: 'publish', changes },
    actor,
    now,
  );
}

export function publishStory(
  db: Database,
  slug: string,
  version: number,
  actor: Actor,
  now: Date,
): Promise<StudioOutcome> {
  return run(db, async (q) => publishRow(q, await lockAt(q, slug, version), actor, now));
}

export function scheduleStory(
  db: Database,
  slug: string,
  input: { version: number; at: string },
  actor: Actor,
  now: Date,
): Promise<StudioOutcome> {
  return run(db, async (q) => {
    const row = await lockAt(q, slug, input.version);
    if (row.state === 'published') throw new Refusal(ALREADY_PUBLISHED);
    const at = new Date(input.at);
    if (at.getTime() <= now.getTime()) throw new Refusal(SCHEDULE_IN_PAST);
    const ready = readyToPublish(row.slug, row.draft, at);
    if (!ready.ok) throw new Refusal(notPublishable(ready.problem));
    const when = at.toISOString();
    return apply(
      q,
      row,
      { state: 'scheduled', scheduledAt: when, action: 'schedule', changes: [], detail: when },
      actor,
      now,
    );
  });
}

export function unpublishStory(
  db: Database,
  slug: string,
  version: number,
  actor: Actor,
  now: Date,
): Promise<StudioOutcome> {
  return run(db, async (q) => {
    const row = await lockAt(q, slug, version);
    if (row.state === 'published') {
      await deletePublicCopy(q, slug);
      return apply(q, row, { state: 'unpublished', action: 'unpublish', changes: [] }, actor, now);
    }
    if (row.state === 'scheduled') {
      // A schedule cancelled: nothing was public yet.
      const state = row.published ? 'unpublished' : 'draft';
      return apply(
        q,
        row,
        { state, scheduledAt: null, action: 'unpublish', changes: [] },
        actor,
        now,
      );
    }
    throw new Refusal(NOT_PUBLIC);
  });
}

export function restoreRevision(
  db: Database,
  slug: string,
  revision: number,
  version: number,
  actor: Actor,
  now: Date,
): Promise<StudioOutcome> {
  return run(db, async (q) => {
    const row = await lockAt(q, slug, version);
    const [found] = await q.query<{ snapshot: StoryDocument }>(
      'SELECT snapshot FROM story_revisions WHERE story_id = $1 AND version = $2',
      [row.id, revision],
    );
    if (!found) throw new Refusal(noRevision(revision));
    const draft = storyDocumentSchema.parse(found.snapshot);
    const changes = changedFields(row.draft, draft);
    return apply(
      q,
      row,
      { draft, action: 'restore', changes, detail: String(revision) },
      actor,
      now,
    );
  });
}

/**
 * Publishes every scheduled story whose time has come (by `now`), each in its own
 * transaction; instances racing skip the rows another holds. A draft edited since into
 * something not publishable goes back to its earlier state, its revision saying why.
 * Answers how many went public.
 */
export async function publishDue(db: Database, now: Date): Promise<number> {
  let published = 0;
  for (;;) {
    const done = await db.tx(async (q) => {
      const [due] = await q.query<{ slug: string }>(
        `SELECT slug FROM studio_stories WHERE state = 'scheduled' AND scheduled_at <= $1
         ORDER BY scheduled_at, id LIMIT 1 FOR UPDATE SKIP LOCKED`,
        [now.toISOString()],
      );
      if (!due) return 'none';
      const row = await findStory(q, due.slug);
      if (!row) return 'none';
      const ready = readyToPublish(row.slug, row.draft, now);
      if (!ready.ok) {
        const state = row.published ? 'unpublished' : 'draft';
        await apply(
          q,
          row,
          { state, scheduledAt: null, action: 'unpublish', changes: [] },
          null,
          now,
        );
        return 'cancelled';
      }
      await publishRow(q, row, null, now);
      return 'published';
    });
    if (done === 'none') return published;
    if (done === 'published') published += 1;
  }
}
