/**
 * One In Movement theme (migration 008) for account tests to hang debates on, so they
 * can write the contributions and reports an export or a deletion must find.
 */
import type { Queryable } from '../db/adapter.ts';

export async function ensureInMovementTables(db: Queryable): Promise<void> {
  await db.query(
    `INSERT INTO im_themes (slug, name_fr, name_en, color, intro_fr, intro_en, position)
     VALUES ('export-theme', 'Thème', 'Theme', '#336699', 'Intro', 'Intro', 9999)
     ON CONFLICT DO NOTHING`,
  );
}
