/**
 * What every API route does around its own query: read the request as the contract
 * says (contract/request-input.ts), answer the contract's failures, check the body
 * against the response schema; plus what only a server does: cache the serialised
 * answer per content version and answer conditional requests.
 */
import type { Context } from 'hono';

import type { ApiFailure } from '../../contract/failures.ts';
import {
  type CreatedOutcome,
  parseRouteBody,
  parseRouteInput,
  type RouteBodyValue,
  type RouteInput,
  type RouteOutcome,
} from '../../contract/request-input.ts';
import { type BodyRouteName, type RouteName, routes } from '../../contract/routes.ts';
import type { Database } from '../db/adapter.ts';
import { type JsonEntry, jsonEntry, type ResponseCache, sendJson } from '../http/cached-json.ts';
import { answerFailure } from '../http/errors.ts';

export interface RouteDeps {
  db: Database;
  cache: ResponseCache;
  /** The content version, read fresh for each request (see queries/coalesce.ts). */
  contentVersion: () => Promise<number>;
}

/** Lists change as stories are published; details rarely do. Both revalidate by ETag. */
export const LIST_CACHE = 'public, max-age=10, stale-while-revalidate=60';
export const DETAIL_CACHE = 'public, max-age=60, stale-while-revalidate=600';

/** A failure, and for a 503 or 429 the seconds to send as Retry-After. */
type Failure = ApiFailure & { retryAfter?: number };

export type Outcome<N extends RouteName> = RouteOutcome<N, Failure>;

type Loaded = { ok: true; entry: JsonEntry } | Failure;
type Input<N extends RouteName> = RouteInput<N>;

function parseInput<N extends RouteName>(name: N, c: Context) {
  return parseRouteInput(name, c.req.param(), new URL(c.req.url).searchParams);
}

function answerError(c: Context, error: Failure): Response {
  if (error.retryAfter !== undefined) c.header('Retry-After', String(error.retryAfter));
  return answerFailure(c, error);
}

export function endpoint<N extends RouteName>(
  name: N,
  { cache, contentVersion }: RouteDeps,
  cacheControl: string,
  load: (input: Input<N>) => Promise<Outcome<N>>,
) {
  const route = routes[name];
  // Concurrent misses for one key share a single database query.
  const inflight = new Map<string, Promise<Loaded>>();

  return async (c: Context): Promise<Response> => {
    const parsed = parseInput(name, c);
    if (!parsed.ok) return answerError(c, parsed);
    const { input } = parsed;
    const version = await contentVersion();
    // Keyed by the validated input, so `?limit=060` and `?limit=60` share an entry.
    const key = `${version} ${name} ${JSON.stringify([input.params, input.query])}`;
    const cached = cache.get(key);
    if (cached) return sendJson(c, cached, cacheControl);

    let pending = inflight.get(key);
    if (!pending) {
      pending = (async (): Promise<Loaded> => {
        const outcome = await load(input);
        if (!outcome.ok) return outcome;
        // What leaves the server is what the contract says, in the contract's key order.
        const entry = jsonEntry(route.response.parse(outcome.body));
        cache.set(key, entry);
        return { ok: true, entry };
      })().finally(() => inflight.delete(key));
      inflight.set(key, pending);
    }
    const loaded = await pending;
    if (!loaded.ok) return answerError(c, loaded);
    return sendJson(c, loaded.entry, cacheControl);
  };
}

/**
 * A route that creates something from a JSON body: the body guard
 * (server/http/body-guard.ts) already refused other types and oversized bodies;
 * here the body is read as the contract says, and success answers 201 with the new
 * resource's location. Never cached.
 */
export function create<N extends BodyRouteName>(
  name: N,
  run: (input: Input<N> & { body: RouteBodyValue<N> }) => Promise<CreatedOutcome<N, Failure>>,
) {
  const route = routes[name];
  return async (c: Context): Promise<Response> => {
    const parsed = parseInput(name, c);
    if (!parsed.ok) return answerError(c, parsed);
    const body = parseRouteBody(name, await c.req.text());
    if (!body.ok) return answerFailure(c, body);
    const created = await run({ ...parsed.input, body: body.body });
    if (!created.ok) return answerError(c, created);
    c.header('Cache-Control', 'no-store');
    c.header('Location', created.location);
    return c.json(route.response.parse(created.body), 201);
  };
}
