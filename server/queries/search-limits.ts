/**
 * What one instance lets search cost: uncached searches run a few at a time (one on
 * PGlite, which runs every query of the process one after the other on its one
 * thread), a bounded queue waits, and further ones are turned away with 503 and
 * Retry-After so that the rest of the API keeps its latency. On a PostgreSQL server
 * each search's statements also get a timeout; PGlite cannot interrupt a statement
 * (it ignores statement_timeout: a single thread has no timer to fire it), so there
 * the bound is the cost of each statement itself (the term cap, the indexed lexicon).
 */
import type { SearchResult } from '../../contract/schemas.ts';
import type { Database } from '../db/adapter.ts';
import { BUSY, Gate } from '../http/gate.ts';
import { search, type SearchQuery } from './search.ts';

export interface SearchLimits {
  /** Uncached searches running at once, per instance. */
  concurrency: number;
  /** Uncached searches waiting for a turn, per instance; beyond, 503. */
  queue: number;
  /** Statement timeout of a search on a PostgreSQL server. */
  timeoutMs: number;
}

export function defaultSearchLimits(kind: Database['kind']): SearchLimits {
  return kind === 'pglite'
    ? { concurrency: 1, queue: 4, timeoutMs: 2_000 }
    : { concurrency: 4, queue: 16, timeoutMs: 2_000 };
}

/** How long a client turned away is asked to wait. */
export const SEARCH_RETRY_AFTER_SECONDS = 1;

export type LimitedSearch =
  { ok: true; result: SearchResult } | { ok: false; reason: 'busy' | 'timeout' };

/** PostgreSQL's query_canceled, raised when statement_timeout fires. */
const QUERY_CANCELED = '57014';

export function limitedSearch(
  db: Database,
  limits: SearchLimits,
): (query: SearchQuery) => Promise<LimitedSearch> {
  const gate = new Gate(limits.concurrency, limits.queue);
  const run = (query: SearchQuery) =>
    db.kind === 'postgres'
      ? db.tx(async (tx) => {
          await tx.query(`SELECT set_config('statement_timeout', $1, true)`, [
            `${limits.timeoutMs}ms`,
          ]);
          return search(tx, query);
        })
      : // Not in a transaction: on PGlite that would hold every other query back
        // until the search ends, instead of letting them in between its statements.
        search(db, query);
  return async (query) => {
    try {
      const result = await gate.run(() => run(query));
      return result === BUSY ? { ok: false, reason: 'busy' } : { ok: true, result };
    } catch (error) {
      if ((error as { code?: unknown }).code === QUERY_CANCELED)
        return { ok: false, reason: 'timeout' };
      throw error;
    }
  };
}
