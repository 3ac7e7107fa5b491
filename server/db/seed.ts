/**
 * Loads content records (the demo fixtures the MSW handlers serve, or generated
 * ones in tests) into the tables. Each table is filled by one statement over a JSON
 * array, so 24 stories and 10,000 cost the same number of round trips.
 */
import type { Theme } from '../../contract/schemas.ts';
import type { PersonRecord, StoryRecord } from '../../mocks/fixtures/content.ts';
import type { Database, Queryable } from './adapter.ts';

export interface Content {
  themes: readonly Theme[];
  people: readonly PersonRecord[];
  stories: readonly StoryRecord[];
}

/** The demo content, loaded on demand: importing it builds every media object. */
export async function demoContent(): Promise<Content> {
  const { themes, people, stories } = await import('../../mocks/fixtures/content.ts');
  return { themes, people, stories };
}

const json = (rows: unknown[]) => JSON.stringify(rows);

/** Inserts records into empty or partly filled tables; a slug that exists fails the statement. */
export async function insertContent(q: Queryable, content: Content): Promise<void> {
  await q.query(
    `INSERT INTO themes (slug, position, name, color, intro)
     SELECT slug, position, name, color, intro
     FROM jsonb_to_recordset($1::jsonb) AS x(slug text, position int, name jsonb, color text, intro jsonb)`,
    [json(content.themes.map((theme, position) => ({ ...theme, position })))],
  );
  await q.query(
    `INSERT INTO people (slug, name, role, portrait, bio)
     SELECT slug, name, role, portrait, bio
     FROM jsonb_to_recordset($1::jsonb) AS x(slug text, name text, role jsonb, portrait jsonb, bio jsonb)`,
    [json([...content.people])],
  );
  await q.query(
    `INSERT INTO stories (slug, title, summary, kind, cover, tile, published_at)
     SELECT slug, title, summary, kind, cover, tile, "publishedAt"
     FROM jsonb_to_recordset($1::jsonb)
       AS x(slug text, title jsonb, summary jsonb, kind text, cover jsonb, tile text, "publishedAt" date)`,
    [
      json(
        content.stories.map((s) => ({
          slug: s.slug,
          title: s.title,
          summary: s.summary,
          kind: s.kind,
          cover: s.cover,
          tile: s.tile,
          publishedAt: s.publishedAt,
        })),
      ),
    ],
  );
  // Children refer to stories by slug; the join resolves ids inside the database.
  const children = (pick: (story: StoryRecord) => unknown[]) =>
    json(
      content.stories.flatMap((story) =>
        pick(story).map((value, position) => ({ story: story.slug, value, position })),
      ),
    );

  await q.query(
    `INSERT INTO cards (story_id, position, id, body)
     SELECT s.id, x.position, x.value->>'id', x.value
     FROM jsonb_to_recordset($1::jsonb) AS x(story text, value jsonb, position int)
     JOIN stories s ON s.slug = x.story`,
    [children((story) => story.cards)],
  );
  await q.query(
    `INSERT INTO story_themes (story_id, published_at, story_slug, theme_slug, position)
     SELECT s.id, s.published_at, s.slug, x.value, x.position
     FROM jsonb_to_recordset($1::jsonb) AS x(story text, value text, position int)
     JOIN stories s ON s.slug = x.story`,
    [children((story) => story.themes)],
  );
  await q.query(
    `INSERT INTO story_people (story_id, position, person_slug)
     SELECT s.id, x.position, x.value
     FROM jsonb_to_recordset($1::jsonb) AS x(story text, value text, position int)
     JOIN stories s ON s.slug = x.story`,
    [children((story) => story.people)],
  );
  const related = content.stories.flatMap((story) =>
    story.related.map((slug, position) => ({ story: story.slug, slug, position })),
  );
  const rows = await q.query<{ missing: string | null }>(
    `WITH x AS (
       SELECT * FROM jsonb_to_recordset($1::jsonb) AS x(story text, slug text, position int)
     ), inserted AS (
       INSERT INTO story_related (story_id, position, related_id)
       SELECT s.id, x.position, r.id FROM x
       JOIN stories s ON s.slug = x.story
       JOIN stories r ON r.slug = x.slug
       RETURNING 1
     )
     SELECT x.story || ' → ' || x.slug AS missing FROM x
     WHERE NOT EXISTS (SELECT 1 FROM stories r WHERE r.slug = x.slug)`,
    [json(related)],
  );
  // A dangling reference is a fixture bug: say which one instead of dropping it silently.
  if (rows.length > 0) {
    throw new Error(`Related stories that do not exist: ${rows.map((r) => r.missing).join(', ')}`);
  }
  // Published stories are the studio's too (migration 011): editors find them there.
  await q.query('SELECT studio_adopt_public()');
}

const SEEDED_KEY = 'seeded_at';

/** Empties the content tables (children go with their stories). */
async function clearContent(q: Queryable): Promise<void> {
  await q.exec(
    'DELETE FROM studio_stories; DELETE FROM stories; DELETE FROM people; DELETE FROM themes;',
  );
}

/**
 * Seeds once: on a database never seeded whose tables are empty. A restart, or a
 * database whose editors deleted everything, is left alone.
 */
export async function seedIfEmpty(db: Database, content: () => Promise<Content>): Promise<boolean> {
  const [state] = await db.query<{ seeded: boolean; empty: boolean }>(
    `SELECT EXISTS (SELECT 1 FROM app_meta WHERE key = $1) AS seeded,
            NOT EXISTS (SELECT 1 FROM stories) AND NOT EXISTS (SELECT 1 FROM themes) AS empty`,
    [SEEDED_KEY],
  );
  if (!state || state.seeded || !state.empty) return false;
  const records = await content();
  return db.tx(async (tx) => {
    // Another instance may have seeded meanwhile: the insert below decides who does.
    const claimed = await tx.query(
      `INSERT INTO app_meta (key, value) VALUES ($1, now()::text) ON CONFLICT (key) DO NOTHING RETURNING key`,
      [SEEDED_KEY],
    );
    if (claimed.length === 0) return false;
    await insertContent(tx, records);
    return true;
  }, UNBOUNDED);
}

/** Start-up and maintenance work may run long, and wait on another instance's lock. */
const UNBOUNDED = { unbounded: true };

/** Replaces all content with `content` (`npm run db:seed`). */
export async function reseed(db: Database, content: Content): Promise<void> {
  await db.tx(async (tx) => {
    await clearContent(tx);
    await insertContent(tx, content);
    await tx.query(
      `INSERT INTO app_meta (key, value) VALUES ($1, now()::text)
       ON CONFLICT (key) DO UPDATE SET value = excluded.value, updated_at = now()`,
      [SEEDED_KEY],
    );
  }, UNBOUNDED);
}
