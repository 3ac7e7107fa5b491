/**
 * Seeds In Movement's demo (mocks/fixtures/in-movement.ts) once, on a database whose
 * platform is empty: accounts of every role, themes, debates, contributions with
 * replies and reports (those reported by `threshold` people start hidden, with their
 * automatic log line), curated items. One statement per table, over JSON arrays.
 *
 * Like the story seed, it runs in production too: the demo accounts' addresses end in
 * `.example`, which no mail reaches, and production shows no outbox, so nobody can sign
 * in as them there (docs/decisions/022).
 */
import type { Theme } from '../../contract/schemas.ts';
import type {
  ContributionFixture,
  CuratedFixture,
  DebateFixture,
  DemoAccount,
} from '../../mocks/fixtures/in-movement.ts';
import type { Database, Queryable } from '../db/adapter.ts';

export interface InMovementContent {
  debateThemes: readonly Theme[];
  demoAccounts: readonly DemoAccount[];
  debates: readonly DebateFixture[];
  contributions: readonly ContributionFixture[];
  curatedItems: readonly CuratedFixture[];
}

export async function demoInMovement(): Promise<InMovementContent> {
  const fixtures = await import('../../mocks/fixtures/in-movement.ts');
  return {
    debateThemes: fixtures.debateThemes,
    demoAccounts: fixtures.demoAccounts,
    debates: fixtures.debates,
    contributions: fixtures.contributions,
    curatedItems: fixtures.curatedItems,
  };
}

const json = (rows: unknown) => JSON.stringify(rows);

/**
 * Seeded contributions carry `seed:<key>` as their idempotency key, which replies and
 * reports join on: the colon is outside the keys' alphabet, so no client can send one.
 */
const seedKey = (key: string) => `seed:${key}`;

/** Inserts the platform's demo content; fails on a slug or key that exists. */
export async function insertInMovement(
  q: Queryable,
  content: InMovementContent,
  threshold: number,
): Promise<void> {
  // The demo accounts get their roles even if someone signed in with one of them first.
  await q.query(
    `INSERT INTO accounts (email, display_name, role, affiliation, bio, locale)
     SELECT email, "displayName", role, affiliation, bio, locale
     FROM jsonb_to_recordset($1::jsonb)
       AS x(email text, "displayName" text, role text, affiliation text, bio text, locale text)
     ON CONFLICT (lower(email)) DO UPDATE SET display_name = excluded.display_name,
       role = excluded.role, affiliation = excluded.affiliation, bio = excluded.bio,
       locale = excluded.locale`,
    [json(content.demoAccounts)],
  );
  await q.query(
    `INSERT INTO im_themes (slug, name_fr, name_en, color, intro_fr, intro_en, position)
     SELECT slug, name->>'fr', name->>'en', color, intro->>'fr', intro->>'en', position
     FROM jsonb_to_recordset($1::jsonb) AS x(slug text, name jsonb, color text, intro jsonb, position int)`,
    [json(content.debateThemes.map((theme, position) => ({ ...theme, position })))],
  );
  await q.query(
    `INSERT INTO debates (slug, lang, question, theme, expert_id, framing, conclusion, film, cover,
                          opens_at, closes_at, state, pinned, featured)
     SELECT x.slug, x.lang, x.question, x.theme, a.id, x.framing, x.conclusion, x.film, x.cover,
            x."opensAt", x."closesAt", x.state, x.pinned, x.featured
     FROM jsonb_to_recordset($1::jsonb) AS x(slug text, lang text, question text, theme text,
       expert text, framing text, conclusion text, film jsonb, cover jsonb, "opensAt" timestamptz,
       "closesAt" timestamptz, state text, pinned boolean, featured boolean, position int)
     LEFT JOIN accounts a ON lower(a.email) = lower(x.expert)
     ORDER BY x.position`,
    // In the fixtures' order, so debates get the ids the mocks give them (the join may
    // reorder rows), and list cursors, which name a debate's id, mean the same on both.
    [json(content.debates.map((debate, position) => ({ ...debate, position })))],
  );
  await q.query(
    `INSERT INTO contributions (debate_id, author_id, stance, body, state, idempotency_key, created_at)
     SELECT d.id, a.id, x.stance, x.body,
            CASE WHEN x.reporters >= $2::int THEN 'pending' ELSE 'visible' END, x.key, x.at
     FROM jsonb_to_recordset($1::jsonb)
       AS x(key text, debate text, author text, stance text, body text, at timestamptz, reporters int)
     JOIN debates d ON d.slug = x.debate
     LEFT JOIN accounts a ON lower(a.email) = lower(x.author)
     ORDER BY x.at`,
    [
      json(
        content.contributions.map((c) => ({
          key: seedKey(c.key),
          debate: c.debate,
          author: c.author,
          stance: c.stance,
          body: c.body,
          at: c.at,
          reporters: new Set(c.reports?.map((r) => r.reporter)).size,
        })),
      ),
      threshold,
    ],
  );
  await q.query(
    `INSERT INTO contributions (debate_id, parent_id, author_id, body, idempotency_key, created_at)
     SELECT p.debate_id, p.id, a.id, x.body, x.key, x.at
     FROM jsonb_to_recordset($1::jsonb) AS x(key text, parent text, author text, body text, at timestamptz)
     JOIN contributions p ON p.idempotency_key = x.parent
     LEFT JOIN accounts a ON lower(a.email) = lower(x.author)
     ORDER BY x.at`,
    [
      json(
        content.contributions.flatMap((c) =>
          c.replies.map((r) => ({ ...r, key: seedKey(r.key), parent: seedKey(c.key) })),
        ),
      ),
    ],
  );
  await q.query(
    `INSERT INTO reports (contribution_id, reporter_id, reason, note)
     SELECT c.id, a.id, x.reason, x.note
     FROM jsonb_to_recordset($1::jsonb) AS x(key text, reporter text, reason text, note text)
     JOIN contributions c ON c.idempotency_key = x.key
     JOIN accounts a ON lower(a.email) = lower(x.reporter)
     ON CONFLICT DO NOTHING`,
    [
      json(
        content.contributions.flatMap((c) =>
          (c.reports ?? []).map((r) => ({ ...r, key: seedKey(c.key) })),
        ),
      ),
    ],
  );
  // Hidden by the threshold, as if the last report had just come in.
  await q.query(
    `INSERT INTO moderation_log (action, actor_name, subject_kind, subject_ref, debate_slug, reason)
     SELECT 'auto-hide', NULL, 'contribution', c.id::text, d.slug, ''
     FROM contributions c JOIN debates d ON d.id = c.debate_id
     WHERE c.state = 'pending' AND c.idempotency_key LIKE 'seed:%'
     ORDER BY c.id`,
  );
  await q.query(
    `WITH x AS (
       SELECT * FROM jsonb_to_recordset($1::jsonb) AS x(url text, title text, commentary text,
         theme text, signal text, curator text, "publishedAt" timestamptz, pinned boolean,
         featured boolean, debates jsonb, position int)
     ), items AS (
       INSERT INTO curated_items (url, title, commentary, theme, signal, curator_id, published_at,
                                  pinned, featured)
       SELECT x.url, x.title, x.commentary, x.theme, x.signal, a.id, x."publishedAt", x.pinned, x.featured
       FROM x LEFT JOIN accounts a ON lower(a.email) = lower(x.curator)
       ORDER BY x.position
       RETURNING id
     ), numbered AS (
       SELECT id, row_number() OVER (ORDER BY id) - 1 AS position FROM items
     )
     INSERT INTO curated_item_debates (item_id, debate_id)
     SELECT n.id, d.id FROM numbered n JOIN x ON x.position = n.position
     CROSS JOIN LATERAL jsonb_array_elements_text(x.debates) AS s(slug)
     JOIN debates d ON d.slug = s.slug`,
    [json(content.curatedItems.map((item, position) => ({ ...item, position })))],
  );
}

const SEEDED_KEY = 'in_movement_seeded_at';

/**
 * Seeds once, on a database whose platform was never seeded and holds no debate, in
 * its own claim (`app_meta`), so databases seeded with stories before In Movement
 * existed get the platform too.
 */
export async function seedInMovementIfEmpty(
  db: Database,
  content: () => Promise<InMovementContent>,
  threshold: number,
): Promise<boolean> {
  const [state] = await db.query<{ seeded: boolean; empty: boolean }>(
    `SELECT EXISTS (SELECT 1 FROM app_meta WHERE key = $1) AS seeded,
            NOT EXISTS (SELECT 1 FROM debates) AND NOT EXISTS (SELECT 1 FROM im_themes) AS empty`,
    [SEEDED_KEY],
  );
  if (!state || state.seeded || !state.empty) return false;
  const records = await content();
  return db.tx(
    async (tx) => {
      const claimed = await tx.query(
        `INSERT INTO app_meta (key, value) VALUES ($1, now()::text) ON CONFLICT (key) DO NOTHING RETURNING key`,
        [SEEDED_KEY],
      );
      if (claimed.length === 0) return false;
      await insertInMovement(tx, records, threshold);
      return true;
    },
    { unbounded: true },
  );
}
