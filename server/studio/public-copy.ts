/**
 * What visitors see of a studio story: its copy in the content tables (stories, cards,
 * story_*), which every public read uses. Publishing writes the copy, unpublishing
 * deletes it; their statement triggers move the content version and refresh search
 * (migrations 001, 002), so every instance's caches and search follow at once.
 */
import { type StoryDocument } from '../../contract/studio.ts';
import { publishable } from '../../contract/studio-rules.ts';
import type { Queryable } from '../db/adapter.ts';

type Ready = Extract<ReturnType<typeof publishable>, { ok: true }>['story'];

/** Writes (or rewrites in place, keeping its id so other stories' links hold) the public copy. */
export async function writePublicCopy(q: Queryable, story: Ready): Promise<void> {
  const [row] = await q.query<{ id: number }>(
    `INSERT INTO stories (slug, title, summary, kind, cover, tile, published_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7)
     ON CONFLICT (slug) DO UPDATE SET title = excluded.title, summary = excluded.summary,
       kind = excluded.kind, cover = excluded.cover, tile = excluded.tile,
       published_at = excluded.published_at
     RETURNING id`,
    [
      story.slug,
      JSON.stringify(story.title),
      JSON.stringify(story.summary),
      story.kind,
      JSON.stringify(story.cover),
      story.tile,
      story.publishedAt,
    ],
  );
  if (!row) throw new Error('stories: the upsert returned no row');
  const id = row.id;
  await q.query('DELETE FROM cards WHERE story_id = $1', [id]);
  await q.query(
    `INSERT INTO cards (story_id, position, id, body)
     SELECT $1, x.ordinality - 1, x.value->>'id', x.value
     FROM jsonb_array_elements($2::jsonb) WITH ORDINALITY AS x(value, ordinality)`,
    [id, JSON.stringify(story.cards)],
  );
  await q.query('DELETE FROM story_themes WHERE story_id = $1', [id]);
  await q.query(
    `INSERT INTO story_themes (story_id, published_at, story_slug, theme_slug, position)
     SELECT s.id, s.published_at, s.slug, x.value, x.ordinality - 1
     FROM stories s, jsonb_array_elements_text($2::jsonb) WITH ORDINALITY AS x(value, ordinality)
     WHERE s.id = $1`,
    [id, JSON.stringify(story.themes)],
  );
  await q.query('DELETE FROM story_people WHERE story_id = $1', [id]);
  // People deleted since the draft was saved are left out rather than failing.
  await q.query(
    `INSERT INTO story_people (story_id, position, person_slug)
     SELECT $1, x.ordinality - 1, p.slug
     FROM jsonb_array_elements_text($2::jsonb) WITH ORDINALITY AS x(value, ordinality)
     JOIN people p ON p.slug = x.value`,
    [id, JSON.stringify(story.people)],
  );
  await linkRelated(q, story.slug, story.related);
  // Stories that name this one as related get the link back (unpublishing dropped it).
  const pointing = await q.query<{ slug: string; related: string[] }>(
    `SELECT slug, published->'related' AS related FROM studio_stories
     WHERE state = 'published' AND slug <> $1 AND published->'related' @> to_jsonb($1::text)`,
    [story.slug],
  );
  for (const other of pointing) await linkRelated(q, other.slug, other.related);
}

/** A story's related links, to those of `related` that are public, in their order. */
async function linkRelated(q: Queryable, slug: string, related: readonly string[]): Promise<void> {
  await q.query(
    'DELETE FROM story_related WHERE story_id = (SELECT id FROM stories WHERE slug = $1)',
    [slug],
  );
  await q.query(
    `INSERT INTO story_related (story_id, position, related_id)
     SELECT s.id, x.ordinality - 1, r.id
     FROM stories s
     CROSS JOIN jsonb_array_elements_text($2::jsonb) WITH ORDINALITY AS x(value, ordinality)
     JOIN stories r ON r.slug = x.value AND r.id <> s.id
     WHERE s.slug = $1`,
    [slug, JSON.stringify(related)],
  );
}

/** Takes the story away from visitors: its cards and links go with it (ON DELETE CASCADE). */
export async function deletePublicCopy(q: Queryable, slug: string): Promise<void> {
  await q.query('DELETE FROM stories WHERE slug = $1', [slug]);
}

/** The day a clock's instant falls on, in UTC: a story's default publication date. */
export function dayOf(now: Date): string {
  return now.toISOString().slice(0, 10);
}

export function readyToPublish(slug: string, doc: StoryDocument, now: Date) {
  return publishable(slug, doc, dayOf(now));
}
