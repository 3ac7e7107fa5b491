/** Story reads: keyset-paginated lists (optionally by theme) and one story in full. */
import { cursorPosition, encodeCursor } from '../../contract/cursor.ts';
import type { Story, StoryList, StorySummary } from '../../contract/schemas.ts';
import type { Queryable } from '../db/adapter.ts';
import { storySummaryJson } from './summary-sql.ts';

export interface StoryListQuery {
  theme?: string | undefined;
  cursor?: string | undefined;
  limit: number;
}

/**
 * The SQL of one page. Both variants walk an index in list order from the cursor
 * on: `published_at <= $d` bounds the index range, the rest only sorts out the rows
 * of that one day, so page 400 reads as few rows as page 1.
 */
export function storyPageSql({ theme, after }: { theme: boolean; after: boolean }): string {
  // Parameters: $1 limit + 1, then [$2 theme], then [cursor date, cursor slug].
  const p = theme ? 3 : 2;
  if (theme) {
    const range = after
      ? `AND t.published_at <= $${p}::date AND (t.published_at < $${p}::date OR t.story_slug > $${p + 1})`
      : '';
    return `SELECT ${storySummaryJson('s')} AS summary
      FROM story_themes t JOIN stories s ON s.id = t.story_id
      WHERE t.theme_slug = $2 ${range}
      ORDER BY t.published_at DESC, t.story_slug ASC
      LIMIT $1`;
  }
  const range = after
    ? `WHERE s.published_at <= $${p}::date AND (s.published_at < $${p}::date OR s.slug > $${p + 1})`
    : '';
  return `SELECT ${storySummaryJson('s')} AS summary
    FROM stories s ${range}
    ORDER BY s.published_at DESC, s.slug ASC
    LIMIT $1`;
}

export function storyPageParams(query: StoryListQuery): unknown[] {
  const after = cursorPosition(query.cursor);
  return [
    query.limit + 1,
    ...(query.theme !== undefined ? [query.theme] : []),
    ...(after ? [after.publishedAt, after.slug] : []),
  ];
}

export async function listStories(db: Queryable, query: StoryListQuery): Promise<StoryList> {
  const params = storyPageParams(query);
  const sql = storyPageSql({ theme: query.theme !== undefined, after: query.cursor !== undefined });
  // One row more than the page tells whether another page follows.
  const rows = await db.query<{ summary: StorySummary }>(sql, params);
  const items = rows.slice(0, query.limit).map((row) => row.summary);
  const last = items.at(-1);
  // The whole list's size, on every page: a page alone cannot tell it. An index-only
  // count, and the answer is cached with the page (per content version).
  const [count] = await db.query<{ total: number }>(
    query.theme !== undefined
      ? 'SELECT count(*)::int AS total FROM story_themes WHERE theme_slug = $1'
      : 'SELECT count(*)::int AS total FROM stories',
    query.theme !== undefined ? [query.theme] : [],
  );
  return {
    items,
    nextCursor: rows.length > query.limit && last ? encodeCursor(last) : null,
    total: count?.total ?? items.length,
  };
}

export async function getStory(db: Queryable, slug: string): Promise<Story | null> {
  const [row] = await db.query<{ story: Story }>(
    `SELECT (${storySummaryJson('s')})::jsonb || jsonb_build_object(
       'people', COALESCE((
         SELECT json_agg(json_build_object('slug', p.slug, 'name', p.name, 'role', p.role, 'portrait', p.portrait)
                         ORDER BY sp.position)
         FROM story_people sp JOIN people p ON p.slug = sp.person_slug
         WHERE sp.story_id = s.id), '[]'),
       'cards', COALESCE((
         SELECT json_agg(c.body ORDER BY c.position) FROM cards c WHERE c.story_id = s.id), '[]'),
       'related', COALESCE((
         SELECT json_agg(${storySummaryJson('r')} ORDER BY sr.position)
         FROM story_related sr JOIN stories r ON r.id = sr.related_id
         WHERE sr.story_id = s.id), '[]')
     ) AS story
     FROM stories s WHERE s.slug = $1`,
    [slug],
  );
  return row?.story ?? null;
}
