/** The counter every content write moves (see migration 001): the cache key of reads. */
import type { Queryable } from '../db/adapter.ts';

export async function contentVersion(db: Queryable): Promise<number> {
  const [row] = await db.query<{ version: number }>('SELECT version FROM content_version');
  if (!row) throw new Error('content_version is empty: the migrations did not run');
  return row.version;
}
