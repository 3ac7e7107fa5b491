/**
 * How In Movement's routes answer (docs/decisions/022). Its reads are not kept in the
 * content-version cache: counts move with every contribution, and some answers depend
 * on who asks. Each is computed per request and sent with an ETag, so an unchanged
 * answer is still a 304. Its writes check the writer first (server/auth/current.ts).
 */
import type { Context } from 'hono';

import { InvalidCursorError } from '../../contract/cursor.ts';
import { type ApiFailure, INVALID_CURSOR } from '../../contract/failures.ts';
import {
  parseRouteBody,
  parseRouteInput,
  type RouteBodyValue,
  type RouteInput,
} from '../../contract/request-input.ts';
import { type BodyRouteName, type RouteName, routes } from '../../contract/routes.ts';
import type { Account, Role } from '../../contract/schemas.ts';
import { requireWriter } from '../auth/current.ts';
import type { Database } from '../db/adapter.ts';
import { jsonEntry, sendJson } from '../http/cached-json.ts';
import { answerFailure } from '../http/errors.ts';
import type { WriteOutcome } from '../in-movement/outcome.ts';

/** Public reads: anyone may keep a copy, but must ask again (a 304 when unchanged). */
export const PUBLIC_FRESH = 'public, no-cache';
/** Reads that depend on the session: the browser's own copy only, revalidated. */
export const PRIVATE_FRESH = 'private, no-cache';
/** Hidden text for curators: never stored anywhere. */
export const NO_STORE = 'no-store';

type Failure = ApiFailure & { retryAfter?: number };
export type ReadOutcome = { ok: true; body: unknown } | Failure;

function answer(c: Context, failure: Failure): Response {
  if (failure.retryAfter !== undefined) c.header('Retry-After', String(failure.retryAfter));
  return answerFailure(c, failure);
}

/** A read: input as the contract says, a bad cursor a 400, the body checked against the contract. */
export function read<N extends RouteName>(
  name: N,
  cacheControl: string,
  load: (input: RouteInput<N>, c: Context) => Promise<ReadOutcome>,
) {
  const route = routes[name];
  return async (c: Context): Promise<Response> => {
    const parsed = parseRouteInput(name, c.req.param(), new URL(c.req.url).searchParams);
    if (!parsed.ok) return answer(c, parsed);
    let outcome: ReadOutcome;
    try {
      outcome = await load(parsed.input, c);
    } catch (error) {
      if (!(error instanceof InvalidCursorError)) throw error;
      outcome = INVALID_CURSOR;
    }
    if (!outcome.ok) return answer(c, outcome);
    const response = await sendJson(c, jsonEntry(route.response.parse(outcome.body)), cacheControl);
    if (cacheControl !== PUBLIC_FRESH) response.headers.append('Vary', 'Cookie');
    return response;
  };
}

/** A write's own work, once the writer and the input passed their checks. */
export type WriteRun<N extends BodyRouteName> = (
  input: RouteInput<N> & { body: RouteBodyValue<N> },
  account: Account,
) => Promise<WriteOutcome>;

/**
 * A write: the writer's checks (401, 403 blocked or wrong role, 429 per account) come
 * before the input is read, so a refused writer learns nothing about the resource.
 */
export function write<N extends BodyRouteName>(
  name: N,
  db: Database,
  roles: readonly Role[] | undefined,
  run: WriteRun<N>,
) {
  const route = routes[name];
  return async (c: Context): Promise<Response> => {
    const writer = await requireWriter(c, db, roles);
    if (!writer.ok) return answer(c, writer);
    const parsed = parseRouteInput(name, c.req.param(), new URL(c.req.url).searchParams);
    if (!parsed.ok) return answer(c, parsed);
    const body = parseRouteBody(name, await c.req.text());
    if (!body.ok) return answer(c, body);
    const outcome = await run({ ...parsed.input, body: body.body }, writer.account);
    if (!outcome.ok) return answer(c, outcome);
    c.header('Cache-Control', 'no-store');
    if (outcome.location !== undefined) c.header('Location', outcome.location);
    return c.json(route.response.parse(outcome.body), outcome.status);
  };
}
