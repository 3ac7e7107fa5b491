/** The contract's error shape, answered the same way by every route and middleware. */
import '../../contract/error-messages.ts';
import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { z } from 'zod/mini';
import { errorBody, type ApiErrorBody } from '../../contract/schemas.ts';

export type ErrorCode = ApiErrorBody['error']['code'];

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

/** The first problem zod found, worded as the mocks word it (mocks/handlers/respond.ts). */
export function firstIssue(error: z.core.$ZodError): { field: string; message: string } {
  const issue = error.issues[0];
  const field = issue?.path.join('.') || 'request';
  return { field, message: `Invalid ${field}: ${issue?.message ?? 'malformed value'}` };
}
