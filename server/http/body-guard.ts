/**
 * Request bodies: JSON only and at most the contract's MAX_BODY_BYTES. Checked
 * before routing, so no code behind it ever reads an oversized or unexpected body,
 * whatever the route. The type is checked first: refusing it reads nothing.
 */
import type { MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';

import { payloadTooLarge, UNSUPPORTED_MEDIA_TYPE } from '../../contract/failures.ts';
import { isJsonType } from '../../contract/request-input.ts';
import { MAX_BODY_BYTES } from '../../contract/routes.ts';
import { BODYLESS, mayHaveBody } from './connection.ts';
import { answerFailure } from './errors.ts';

/** Whether `path` is one of `files`, or under one of them that ends with `/`. */
const isFilePath = (files: readonly string[], path: string) =>
  files.some((file) => (file.endsWith('/') ? path.startsWith(file) : path === file));

/** `files`: the upload routes, whose body is a file they bound themselves (server/routes/media.ts). */
export function bodyGuard(
  maxBytes = MAX_BODY_BYTES,
  files: readonly string[] = [],
): MiddlewareHandler[] {
  const limit = bodyLimit({
    maxSize: maxBytes,
    onError: (c) => answerFailure(c, payloadTooLarge(maxBytes)),
  });
  const jsonOnly: MiddlewareHandler = async (c, next) => {
    if (mayHaveBody(c) && !isJsonType(c.req.header('Content-Type'))) {
      return answerFailure(c, UNSUPPORTED_MEDIA_TYPE);
    }
    return next();
  };
  // GET and HEAD carry no body; touching `c.req.raw.body` would also make the
  // node adapter build a full Request for nothing, on the hottest path.
  const withBody =
    (middleware: MiddlewareHandler): MiddlewareHandler =>
    (c, next) =>
      BODYLESS.has(c.req.method) || isFilePath(files, c.req.path) ? next() : middleware(c, next);
  return [withBody(jsonOnly), withBody(limit)];
}
