/** The studio's reads (decision 032): the editors' list, one story, its revisions, people. */
import type { PersonSummary } from '../../contract/schemas.ts';
import {
  type Revision,
  type StoryDocument,
  storyDocumentSchema,
  type StudioPeople,
  type StudioStory,
  type StudioStoryList,
  type StudioStorySummary,
} from '../../contract/studio.ts';
import { completeness, publishable, studioSummary } from '../../contract/studio-rules.ts';
import type { Queryable } from '../db/adapter.ts';
import { isoTime } from '../in-movement/sql.ts';

/** A studio_stories row as the studio reads it. */
export type StoryRow = {
  id: number;
  slug: string;
  state: StudioStory['state'];
  version: number;
  draft: StoryDocument;
  published: StoryDocument | null;
  scheduled_at: string | null;
  updated_at: string;
  updated_by_name: string | null;
};

export const STORY_COLUMNS = `id, slug, state, version, draft, published,
  ${isoTime('scheduled_at')} AS scheduled_at, ${isoTime('updated_at')} AS updated_at,
  updated_by_name`;

/**
 * The row with its documents in the contract's key order (jsonb keeps its own), so
 * comparing two documents compares their content.
 */
function normalise(row: StoryRow): StoryRow {
  return {
    ...row,
    draft: storyDocumentSchema.parse(row.draft),
    published: row.published === null ? null : storyDocumentSchema.parse(row.published),
  };
}

export function toSummary(row: StoryRow): StudioStorySummary {
  return studioSummary({
    ...row,
    scheduledAt: row.scheduled_at,
    updatedAt: row.updated_at,
    updatedByName: row.updated_by_name,
  });
}

export function toStudioStory(row: StoryRow): StudioStory {
  // The date does not change what is missing; any day will do.
  const ready = publishable(row.slug, row.draft, '2000-01-01');
  return {
    ...toSummary(row),
    draft: row.draft,
    published: row.published,
    publishProblem: ready.ok ? null : ready.problem,
  };
}

export async function findStory(
  q: Queryable,
  slug: string,
  lock = false,
): Promise<StoryRow | null> {
  const [row] = await q.query<StoryRow>(
    `SELECT ${STORY_COLUMNS} FROM studio_stories WHERE slug = $1${lock ? ' FOR UPDATE' : ''}`,
    [slug],
  );
  return row ? normalise(row) : null;
}

export interface ListFilters {
  q?: string | undefined;
  state?: StudioStory['state'] | undefined;
  incomplete?: 'fr' | 'en' | undefined;
  limit: number;
}

/**
 * Most recently changed first. Completeness is computed from each draft (a list of a
 * few hundred stories costs little; an index would need it stored, which no one needs yet).
 */
export async function listStories(q: Queryable, filters: ListFilters): Promise<StudioStoryList> {
  const words = filters.q?.trim() ?? '';
  const rows = await q.query<StoryRow>(
    `SELECT ${STORY_COLUMNS} FROM studio_stories
     WHERE ($1::text IS NULL OR state = $1)
       AND ($2 = '' OR search_normalize(slug || ' ' || (draft#>>'{title,fr}') || ' ' || (draft#>>'{title,en}'))
                       LIKE '%' || btrim(search_normalize($2)) || '%')
     ORDER BY updated_at DESC, id DESC`,
    [filters.state ?? null, words],
  );
  const matching = rows
    .map(normalise)
    .filter(
      (row) => filters.incomplete === undefined || !completeness(row.draft)[filters.incomplete],
    );
  return { items: matching.slice(0, filters.limit).map(toSummary), total: matching.length };
}

export async function listRevisions(
  q: Queryable,
  storyId: number,
  max: number,
): Promise<Revision[]> {
  return q.query<Revision>(
    `SELECT version, action, ${isoTime('at')} AS at,
       CASE WHEN editor_name IS NULL THEN NULL ELSE json_build_object('name', editor_name) END AS by,
       changes, summary
     FROM story_revisions WHERE story_id = $1 ORDER BY version DESC LIMIT $2`,
    [storyId, max],
  );
}

/** Everyone a story may name, by slug in byte order (as the mocks sort them). */
export async function listPeople(q: Queryable): Promise<StudioPeople> {
  const rows = await q.query<{ person: PersonSummary }>(
    `SELECT json_build_object('slug', slug, 'name', name, 'role', role, 'portrait', portrait) AS person
     FROM people ORDER BY slug COLLATE "C"`,
  );
  return { items: rows.map((row) => row.person) };
}
