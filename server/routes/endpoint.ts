/**
 * What every API route does around its own query, as the MSW handlers do: validate
 * params and query with the route's schemas, answer errors in the contract's shape,
 * check the body against the response schema; plus what only a server does: cache
 * the serialised answer per content version and answer conditional requests.
 */
import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { z } from 'zod/mini';
import { routes, type BodyRouteName, type RouteName } from '../../contract/routes.ts';
import type { Database } from '../db/adapter.ts';
import { jsonEntry, sendJson, type JsonEntry, type ResponseCache } from '../http/cached-json.ts';
import { apiError, firstIssue, type ErrorCode } from '../http/errors.ts';

export interface RouteDeps {
  db: Database;
  cache: ResponseCache;
  /** The content version, read fresh for each request (see queries/coalesce.ts). */
  contentVersion: () => Promise<number>;
}

/** Lists change as stories are published; details rarely do. Both revalidate by ETag. */
export const LIST_CACHE = 'public, max-age=10, stale-while-revalidate=60';
export const DETAIL_CACHE = 'public, max-age=60, stale-while-revalidate=600';

export type Outcome<N extends RouteName> =
  | { ok: true; body: z.infer<(typeof routes)[N]['response']> }
  | {
      ok: false;
      status: ContentfulStatusCode;
      code: ErrorCode;
      message: string;
      field?: string;
      /** Seconds to send as Retry-After (a 503 or 429). */
      retryAfter?: number;
    };

type Failure = Extract<Outcome<RouteName>, { ok: false }>;
type Loaded = { ok: true; entry: JsonEntry } | Failure;

interface Input<N extends RouteName> {
  params: z.infer<(typeof routes)[N]['params']>;
  query: z.infer<(typeof routes)[N]['query']>;
}

/** Params and query checked with the route's schemas, or the error to answer. */
function parseInput<N extends RouteName>(
  name: N,
  c: Context,
): { ok: true; input: Input<N> } | Failure {
  const route = routes[name];
  const params = route.params.safeParse(c.req.param());
  if (!params.success) {
    // A path segment that is not a well-formed slug names nothing that exists.
    return { ok: false, status: 404, code: 'not_found', ...firstIssue(params.error) };
  }
  const query = route.query.safeParse(Object.fromEntries(new URL(c.req.url).searchParams));
  if (!query.success) {
    return { ok: false, status: 400, code: 'bad_request', ...firstIssue(query.error) };
  }
  return { ok: true, input: { params: params.data, query: query.data } as Input<N> };
}

function answerError(c: Context, error: Failure): Response {
  if (error.retryAfter !== undefined) c.header('Retry-After', String(error.retryAfter));
  return apiError(c, error.status, error.code, error.message, error.field);
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

type Created<N extends BodyRouteName> =
  { ok: true; body: z.infer<(typeof routes)[N]['response']>; location: string } | Failure;

/**
 * A route that creates something from a JSON body, as the MSW handlers do: the body
 * guard (server/http/body-guard.ts) already refused other types and oversized
 * bodies; here malformed JSON and a body the route's schema rejects answer 400,
 * and success answers 201 with the new resource's location. Never cached.
 */
export function create<N extends BodyRouteName>(
  name: N,
  run: (input: Input<N> & { body: z.infer<(typeof routes)[N]['body']> }) => Promise<Created<N>>,
) {
  const route = routes[name];
  return async (c: Context): Promise<Response> => {
    const parsed = parseInput(name, c);
    if (!parsed.ok) return answerError(c, parsed);
    let json: unknown;
    try {
      json = JSON.parse(await c.req.text());
    } catch {
      return apiError(c, 400, 'bad_request', 'The body is not valid JSON.');
    }
    const body = route.body.safeParse(json);
    if (!body.success) {
      const { field, message } = firstIssue(body.error);
      return apiError(c, 400, 'bad_request', message, field);
    }
    const created = await run({
      ...parsed.input,
      body: body.data as z.infer<(typeof routes)[N]['body']>,
    });
    if (!created.ok) return answerError(c, created);
    c.header('Cache-Control', 'no-store');
    c.header('Location', created.location);
    return c.json(route.response.parse(created.body), 201);
  };
}
