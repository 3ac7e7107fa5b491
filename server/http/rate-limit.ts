/**
 * Per-client rate limits kept in the database (migration 004), so every instance
 * on it shares each client's allowance: a fixed window of `windowSeconds` in which
 * a key may make `limit` requests of a bucket. One statement counts a hit and says
 * how far into its allowance the key is, atomically, whatever the concurrency.
 *
 * Generic on purpose: the key is any string a function draws from the request
 * (the client's address today, an account id for per-account limits later), and
 * each use names its own bucket.
 */
import type { Context, MiddlewareHandler } from 'hono';

import { RATE_LIMITED_MESSAGE } from '../../contract/routes.ts';
import type { Queryable } from '../db/adapter.ts';
import { apiError } from './errors.ts';

export interface RateLimitRule {
  /** Names what is counted; keys of different buckets never share an allowance. */
  bucket: string;
  /** Requests allowed per window. */
  limit: number;
  windowSeconds: number;
}

export interface RateLimitOptions extends RateLimitRule {
  db: Queryable;
  /** Whose allowance a request spends; requests with the same key share one. */
  key: (c: Context) => string;
  /** Which requests count (all by default). */
  applies?: (c: Context) => boolean;
}

export interface Hit {
  allowed: boolean;
  /** Hits of the key in the current window, this one included. */
  hits: number;
  /** Whole seconds until the window ends (at least 1). */
  retryAfter: number;
}

// The window is the epoch divided into slices of $3 seconds, by the database's clock:
// every instance agrees on it, whatever its own clock says.
const HIT_SQL = `
INSERT INTO rate_limits AS r (bucket, key, window_end, hits)
VALUES ($1, $2,
  to_timestamp(((floor(extract(epoch FROM clock_timestamp()) / $3::int) + 1) * $3::int)::float8), 1)
ON CONFLICT (bucket, key, window_end) DO UPDATE SET hits = r.hits + 1
RETURNING hits, greatest(1, ceil(extract(epoch FROM r.window_end - clock_timestamp())))::int AS retry_after`;

const PRUNE_SQL = `DELETE FROM rate_limits WHERE window_end < clock_timestamp()`;

/** Counts one request of `key` in `rule`'s current window. */
export async function hit(db: Queryable, rule: RateLimitRule, key: string): Promise<Hit> {
  const [row] = await db.query<{ hits: number; retry_after: number }>(HIT_SQL, [
    rule.bucket,
    key,
    rule.windowSeconds,
  ]);
  if (!row) throw new Error('rate limit: the counter returned no row');
  return { allowed: row.hits <= rule.limit, hits: row.hits, retryAfter: row.retry_after };
}

/** Deletes the counters of windows that have ended; returns how many. */
export async function pruneRateLimits(db: Queryable): Promise<number> {
  const rows = await db.query<{ n: number }>(
    `WITH gone AS (${PRUNE_SQL} RETURNING 1) SELECT count(*)::int AS n FROM gone`,
  );
  return rows[0]?.n ?? 0;
}

const PRUNE_EVERY_MS = 60_000;
/** Keys remembered as over their limit, per instance; beyond that, the oldest go. */
const MAX_BLOCKED = 10_000;

export function answerRateLimited(c: Context, retryAfter: number): Response {
  c.header('Retry-After', String(retryAfter));
  return apiError(c, 429, 'rate_limited', RATE_LIMITED_MESSAGE);
}

/**
 * A middleware that lets each key make `limit` requests per window and answers the
 * rest 429 `rate_limited` with Retry-After. A key found over its limit is refused
 * from memory until its window ends, so a flood costs the database one write per
 * window and instance, not one per request.
 */
export function rateLimit({
  db,
  key,
  applies = () => true,
  ...rule
}: RateLimitOptions): MiddlewareHandler {
  const blocked = new Map<string, number>();
  let lastPrune = 0;

  return async (c, next) => {
    if (!applies(c)) return next();
    const id = key(c);
    const now = Date.now();
    const until = blocked.get(id);
    if (until !== undefined) {
      if (until > now) return answerRateLimited(c, Math.max(1, Math.ceil((until - now) / 1000)));
      blocked.delete(id);
    }

    const counted = await hit(db, rule, id);
    if (now - lastPrune > PRUNE_EVERY_MS) {
      lastPrune = now;
      // Housekeeping, off the request's path; a failure only delays it.
      pruneRateLimits(db).catch(() => undefined);
    }
    if (!counted.allowed) {
      if (blocked.size >= MAX_BLOCKED) blocked.delete(blocked.keys().next().value!);
      blocked.set(id, now + counted.retryAfter * 1000);
      return answerRateLimited(c, counted.retryAfter);
    }
    return next();
  };
}
