/** The contract's error shape, answered the same way by every route and middleware. */
import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';

import type { ApiFailure, ErrorCode } from '../../contract/failures.ts';
import { errorBody } from '../../contract/schemas.ts';

export type { ErrorCode };

export function apiError(
  c: Context,
  status: ContentfulStatusCode,
  code: ErrorCode,
  message: string,
  field?: string,
): Response {
  // Errors are never cached: the next attempt may well succeed.
  c.header('Cache-Control', 'no-store');
  return c.json(errorBody(code, message, field), status);
}

/** One of the contract's failures (contract/failures.ts), answered. */
export function answerFailure(c: Context, failure: ApiFailure): Response {
  return apiError(c, failure.status, failure.code, failure.message, failure.field);
}
