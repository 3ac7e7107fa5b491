/**
 * CSRF: a state-changing /api request that carries a cookie must come from this site.
 * A foreign `Origin`, or `Sec-Fetch-Site: cross-site`, gets 403 `forbidden`.
 *
 * Hono's `csrf` middleware does not fit: it only looks at form content types
 * (a JSON body needs a CORS preflight, which this API never grants) and answers a
 * plain-text 403 rather than the contract's error. Here every unsafe method with a
 * cookie is checked, whatever its type, so a future form or text/plain route is
 * covered too. Requests without Origin nor Sec-Fetch-Site (curl, old browsers) pass:
 * SameSite=Lax cookies already keep cross-site subrequests from carrying the session.
 *
 * The Origin's host is compared with the request's (as Go's CrossOriginProtection
 * does), not its scheme: behind a proxy that ends TLS the server sees http:// while
 * the browser says https://.
 */
import type { MiddlewareHandler } from 'hono';

import { CROSS_SITE_REQUEST } from '../../contract/failures.ts';
import { BODYLESS } from './connection.ts';
import { answerFailure } from './errors.ts';

export function sameOriginWrites(): MiddlewareHandler {
  return async (c, next) => {
    if (BODYLESS.has(c.req.method) || c.req.method === 'OPTIONS') return next();
    if (!c.req.header('Cookie')) return next();
    const site = c.req.header('Sec-Fetch-Site');
    const origin = c.req.header('Origin');
    const foreignOrigin = origin !== undefined && hostOf(origin) !== new URL(c.req.url).host;
    if (site === 'cross-site' || foreignOrigin) return answerFailure(c, CROSS_SITE_REQUEST);
    return next();
  };
}

function hostOf(origin: string): string | undefined {
  try {
    return new URL(origin).host;
  } catch {
    // `null` (sandboxed frames, some redirects) or garbage: foreign.
    return undefined;
  }
}
