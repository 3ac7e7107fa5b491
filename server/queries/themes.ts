/** Theme reads: every theme, in editorial order. */
import type { ThemeList } from '../../contract/schemas.ts';
import type { Queryable } from '../db/adapter.ts';

export async function listThemes(db: Queryable): Promise<ThemeList> {
  const items = await db.query<ThemeList['items'][number]>(
    'SELECT slug, name, color, intro FROM themes ORDER BY position',
  );
  return { items };
}
