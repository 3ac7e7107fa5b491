/**
 * The per-account write allowance (ACCOUNT_WRITE_LIMIT), counted as the server counts
 * it (server/auth/current.ts requireWriter, server/http/rate-limit.ts): every write
 * that passes the writer's checks spends one, refused input included, in fixed
 * windows aligned on the epoch; past the limit, a 429 with the seconds to the window's
 * end. Kept in the In Movement store the request uses, so it lasts the mock session's
 * life (or a board frame's run) and tests start afresh (resetInMovementMocks). A
 * designer sees it by writing past the limit.
 */
import { ACCOUNT_WRITE_LIMIT } from '../contract/routes.ts';
import { type InMovementState, now } from './in-movement-store.ts';

export type Spent = { allowed: true } | { allowed: false; retryAfter: number };

export function spendAccountWrite(db: InMovementState, accountId: string): Spent {
  const { limit, windowSeconds } = ACCOUNT_WRITE_LIMIT;
  const at = Date.parse(now());
  const windowMs = windowSeconds * 1000;
  const windowEnd = (Math.floor(at / windowMs) + 1) * windowMs;
  const counters = db.accountWrites;
  const current = counters.get(accountId);
  const hits = current?.windowEnd === windowEnd ? current.hits + 1 : 1;
  counters.set(accountId, { windowEnd, hits });
  if (hits <= limit) return { allowed: true };
  return { allowed: false, retryAfter: Math.max(1, Math.ceil((windowEnd - at) / 1000)) };
}
