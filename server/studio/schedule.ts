/**
 * Scheduled stories go public when their time comes, on whichever instance notices
 * first: each read of the content version also asks whether one is due (one query,
 * as before), and publishes it before answering, so no visitor is served a cache of
 * the world before the story's time; a timer (serve.ts) covers quiet periods. The
 * clock is injected, so tests move time instead of waiting.
 */
import type { Database } from '../db/adapter.ts';
import { contentVersion } from '../queries/content-version.ts';
import { publishDue } from './writes.ts';

export function dueAwareContentVersion(db: Database, clock: () => Date): () => Promise<number> {
  return async () => {
    const [row] = await db.query<{ version: number; due: boolean }>(
      `SELECT version, EXISTS (
         SELECT 1 FROM studio_stories WHERE state = 'scheduled' AND scheduled_at <= $1
       ) AS due FROM content_version`,
      [clock().toISOString()],
    );
    if (!row) throw new Error('content_version is empty: the migrations did not run');
    if (!row.due) return row.version;
    await publishDue(db, clock());
    return contentVersion(db);
  };
}
