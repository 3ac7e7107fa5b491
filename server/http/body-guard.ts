/**
 * Request bodies: JSON only and at most the contract's MAX_BODY_BYTES. Checked
 * before routing, so no code behind it ever reads an oversized or unexpected body,
 * whatever the route. The type is checked first: refusing it reads nothing.
 */
import type { MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { MAX_BODY_BYTES } from '../../contract/routes.ts';
import { BODYLESS, mayHaveBody } from './connection.ts';
import { apiError } from './errors.ts';

const JSON_TYPE = /^application\/(?:[\w.+-]+\+)?json\s*(?:;|$)/i;

export function bodyGuard(maxBytes = MAX_BODY_BYTES): MiddlewareHandler[] {
  const limit = bodyLimit({
    maxSize: maxBytes,
    onError: (c) =>
      apiError(
        c,
        413,
        'payload_too_large',
        `Request bodies are limited to ${Math.round(maxBytes / 1024)} KB.`,
      ),
  });
  const jsonOnly: MiddlewareHandler = async (c, next) => {
    if (mayHaveBody(c) && !JSON_TYPE.test(c.req.header('Content-Type') ?? '')) {
      return apiError(c, 415, 'unsupported_media_type', 'Request bodies must be application/json.');
    }
    return next();
  };
  // GET and HEAD carry no body; touching `c.req.raw.body` would also make the
  // node adapter build a full Request for nothing, on the hottest path.
  const withBody =
    (middleware: MiddlewareHandler): MiddlewareHandler =>
    (c, next) =>
      BODYLESS.has(c.req.method) ? next() : middleware(c, next);
  return [withBody(jsonOnly), withBody(limit)];
}
