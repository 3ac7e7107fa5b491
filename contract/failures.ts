/**
 * Every refusal both API implementations (the MSW handlers and the server) answer,
 * worded and classified once: status, code, message and the field at fault. Each
 * implementation only turns a failure into its own kind of response.
 *
 * zod's "mini" flavour ships no messages, so a 400 would only say "Invalid input":
 * importing this module words validation errors in English. The client never needs it.
 */
import { z } from 'zod/mini';

import { MAX_BODY_BYTES } from './routes.ts';
import type { ApiErrorBody } from './schemas.ts';

z.config(z.locales.en());

export type ErrorCode = ApiErrorBody['error']['code'];
export type FailureStatus = 400 | 401 | 403 | 404 | 405 | 409 | 413 | 415 | 429 | 500 | 503;

export interface ApiFailure {
  readonly ok: false;
  readonly status: FailureStatus;
  readonly code: ErrorCode;
  readonly message: string;
  readonly field?: string;
}

/** The first problem zod found, as `Invalid <field>: <what is wrong>`. */
export function firstIssue(error: z.core.$ZodError): { field: string; message: string } {
  const issue = error.issues[0];
  const field = issue?.path.join('.') || 'request';
  return { field, message: `Invalid ${field}: ${issue?.message ?? 'malformed value'}` };
}

/**
 * Input a route's schema refused. A path segment that is not well formed names nothing
 * that exists (404); a query or body is a bad request (400).
 */
export function invalidInput(
  where: 'params' | 'query' | 'body',
  error: z.core.$ZodError,
): ApiFailure {
  return where === 'params'
    ? { ok: false, status: 404, code: 'not_found', ...firstIssue(error) }
    : { ok: false, status: 400, code: 'bad_request', ...firstIssue(error) };
}

/** No such story, person or path: `No story "<slug>"`, naming the parameter at fault. */
export function notFound(
  what: 'story' | 'person' | 'path' | 'debate' | 'contribution' | 'curated item',
  field: string,
  value: string,
): ApiFailure {
  return { ok: false, status: 404, code: 'not_found', message: `No ${what} "${value}"`, field };
}

export const INVALID_CURSOR: ApiFailure = {
  ok: false,
  status: 400,
  code: 'bad_request',
  message: 'Invalid cursor: not from this API',
  field: 'cursor',
};

export const INVALID_JSON: ApiFailure = {
  ok: false,
  status: 400,
  code: 'bad_request',
  message: 'The body is not valid JSON.',
};

export const UNSUPPORTED_MEDIA_TYPE: ApiFailure = {
  ok: false,
  status: 415,
  code: 'unsupported_media_type',
  message: 'Request bodies must be application/json.',
};

export function payloadTooLarge(maxBytes = MAX_BODY_BYTES): ApiFailure {
  const message = `Request bodies are limited to ${Math.round(maxBytes / 1024)} KB.`;
  return { ok: false, status: 413, code: 'payload_too_large', message };
}

/** A known path asked with a method it does not answer (the Allow header: routes.ts). */
export function methodNotAllowed(path: string): ApiFailure {
  const message = `Method not allowed on ${path}`;
  return { ok: false, status: 405, code: 'method_not_allowed', message };
}

/** A path under the API prefix that no route has. */
export function noApiRoute(path: string): ApiFailure {
  return { ok: false, status: 404, code: 'not_found', message: `No API route ${path}` };
}

export const NOT_SIGNED_IN: ApiFailure = {
  ok: false,
  status: 401,
  code: 'unauthorized',
  message: 'You are not signed in.',
};

/** One wording for a token that is unknown, expired, used or from another browser: no oracle. */
export const INVALID_SIGN_IN_LINK: ApiFailure = {
  ok: false,
  status: 400,
  code: 'bad_request',
  message: 'This sign-in link is invalid, expired, already used or opened in another browser.',
  field: 'token',
};

export const CROSS_SITE_REQUEST: ApiFailure = {
  ok: false,
  status: 403,
  code: 'forbidden',
  message: 'Requests that change something must come from this site.',
};

/** 403: signed in, but the role does not allow this (the client hides what would get it). */
export const ROLE_REQUIRED: ApiFailure = {
  ok: false,
  status: 403,
  code: 'forbidden',
  message: 'Your role does not allow this.',
};

/** 403: a curator blocked this account; it may read but no longer write. */
export const ACCOUNT_BLOCKED: ApiFailure = {
  ok: false,
  status: 403,
  code: 'forbidden',
  message: 'This account was blocked by the moderators and can no longer write.',
};

/** 409: the change is illegal in the resource's current state; the message says why. */
export function conflict(message: string, field?: string): ApiFailure {
  return field === undefined
    ? { ok: false, status: 409, code: 'conflict', message }
    : { ok: false, status: 409, code: 'conflict', message, field };
}

export const DEBATE_CLOSED = conflict('This debate is closed: it no longer takes contributions.');
export const ALREADY_REPORTED = conflict('You already reported this contribution.');
export const OWN_CONTRIBUTION = conflict('You cannot report your own contribution.');
export const REPLY_TO_REPLY = conflict(
  'Replies go one level deep: reply to the contribution itself.',
  'parentId',
);
/** 409: a reply to a contribution that is hidden (pending review or removed). */
export const PARENT_HIDDEN = conflict(
  'This contribution is hidden: it takes no replies.',
  'parentId',
);
/** 409: an idempotency key this account already spent on a contribution to another debate. */
export const KEY_REUSED = conflict(
  'This idempotency key was already used for a contribution to another debate.',
  'idempotencyKey',
);

/** 400 for one field's value, worded as zod's refusals are: `Invalid <field>: <what>`. */
export function invalidField(field: string, message: string): ApiFailure {
  return {
    ok: false,
    status: 400,
    code: 'bad_request',
    message: `Invalid ${field}: ${message}`,
    field,
  };
}
