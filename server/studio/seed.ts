/**
 * The studio's demo editor (mocks/fixtures/in-movement.ts), for databases whose demo
 * accounts were seeded before the studio existed; a fresh database gets it with the
 * other demo accounts. Once, under its own claim: a later role change is kept. Like
 * every demo account, its address ends in `.example`, which no mail reaches.
 */
import type { DemoAccount } from '../../mocks/fixtures/in-movement.ts';
import type { Database } from '../db/adapter.ts';

const CLAIM = 'studio_editor_seeded_at';

export async function seedDemoEditorOnce(db: Database): Promise<boolean> {
  const { demoAccounts } = await import('../../mocks/fixtures/in-movement.ts');
  const editor: DemoAccount | undefined = demoAccounts.find((a) => a.role === 'editor');
  if (!editor) return false;
  // A read first: a restart writes nothing (a full disk refuses writes, not start-ups).
  const [done] = await db.query('SELECT 1 FROM app_meta WHERE key = $1', [CLAIM]);
  if (done) return false;
  return db.tx(
    async (tx) => {
      const claimed = await tx.query(
        `INSERT INTO app_meta (key, value) VALUES ($1, now()::text) ON CONFLICT (key) DO NOTHING RETURNING key`,
        [CLAIM],
      );
      if (claimed.length === 0) return false;
      const inserted = await tx.query(
        `INSERT INTO accounts (email, display_name, role, affiliation, bio, locale)
       VALUES ($1, $2, 'editor', $3, $4, $5) ON CONFLICT (lower(email)) DO NOTHING RETURNING id`,
        [editor.email, editor.displayName, editor.affiliation, editor.bio, editor.locale],
      );
      return inserted.length > 0;
      // Start-up work, as the other seeds: past the embedded database's disk reserve.
    },
    { unbounded: true },
  );
}
