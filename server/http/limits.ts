/**
 * What the API limits, in one place (docs/operations.md's table lists the same): each
 * client's writes, counted in the database across instances.
 */
import type { MiddlewareHandler } from 'hono';

import { WRITE_LIMIT } from '../../contract/routes.ts';
import type { Queryable } from '../db/adapter.ts';
import { clientKey } from './client-address.ts';
import { BODYLESS } from './connection.ts';
import { rateLimit, type RateLimitRule } from './rate-limit.ts';

/** Every write to the API (any method but GET, HEAD and OPTIONS), whatever its route or fate. */
export const WRITES: RateLimitRule = { bucket: 'writes', ...WRITE_LIMIT };

export function writeLimit(db: Queryable, trustProxy: number): MiddlewareHandler {
  return rateLimit({
    db,
    ...WRITES,
    key: clientKey(trustProxy),
    applies: (c) => !BODYLESS.has(c.req.method),
  });
}
