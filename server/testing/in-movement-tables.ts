/**
 * In Movement's tables as the account's export and deletion read them (migration 008's
 * names), created only where that migration has not run, and one theme to hang
 * debates on. Lets the account's tests run whichever lands first; with 008 applied it
 * only adds the theme.
 */
import type { Queryable } from '../db/adapter.ts';

export async function ensureInMovementTables(db: Queryable): Promise<void> {
  const [found] = await db.query<{ exists: boolean }>(
    `SELECT to_regclass('contributions') IS NOT NULL AS exists`,
  );
  if (!found?.exists) {
    await db.exec(`
      CREATE TABLE im_themes (
        slug text PRIMARY KEY, name_fr text NOT NULL, name_en text NOT NULL, color text NOT NULL,
        intro_fr text NOT NULL, intro_en text NOT NULL, position integer NOT NULL UNIQUE);
      CREATE TABLE debates (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, slug text NOT NULL UNIQUE,
        lang text NOT NULL, question text NOT NULL, theme text NOT NULL REFERENCES im_themes,
        expert_id bigint REFERENCES accounts (id) ON DELETE SET NULL, framing text NOT NULL,
        conclusion text, film jsonb, cover jsonb NOT NULL, opens_at timestamptz NOT NULL,
        closes_at timestamptz NOT NULL, state text NOT NULL DEFAULT 'open',
        created_at timestamptz NOT NULL DEFAULT now());
      CREATE TABLE contributions (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        debate_id bigint NOT NULL REFERENCES debates (id) ON DELETE CASCADE,
        parent_id bigint REFERENCES contributions (id) ON DELETE CASCADE,
        author_id bigint REFERENCES accounts (id) ON DELETE SET NULL,
        stance text, body text NOT NULL, state text NOT NULL DEFAULT 'visible',
        removed_reason text, idempotency_key text,
        created_at timestamptz NOT NULL DEFAULT now(), UNIQUE (author_id, idempotency_key));
      CREATE TABLE reports (
        contribution_id bigint NOT NULL REFERENCES contributions (id) ON DELETE CASCADE,
        reporter_id bigint NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
        reason text NOT NULL, note text NOT NULL DEFAULT '',
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (contribution_id, reporter_id));`);
  }
  await db.query(
    `INSERT INTO im_themes (slug, name_fr, name_en, color, intro_fr, intro_en, position)
     VALUES ('export-theme', 'Thème', 'Theme', '#336699', 'Intro', 'Intro', 9999)
     ON CONFLICT DO NOTHING`,
  );
}
