/**
 * What every API route does around its own query, as the MSW handlers do: validate
 * params and query with the route's schemas, answer errors in the contract's shape,
 * check the body against the response schema; plus what only a server does: cache
 * the serialised answer per content version and answer conditional requests.
 */
import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { z } from 'zod/mini';
import { routes, type RouteName } from '../../contract/routes.ts';
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
  | { ok: false; status: ContentfulStatusCode; code: ErrorCode; message: string; field?: string };

type Loaded = { ok: true; entry: JsonEntry } | Extract<Outcome<RouteName>, { ok: false }>;

export function endpoint<N extends RouteName>(
  name: N,
  { cache, contentVersion }: RouteDeps,
  cacheControl: string,
  load: (input: {
    params: z.infer<(typeof routes)[N]['params']>;
    query: z.infer<(typeof routes)[N]['query']>;
  }) => Promise<Outcome<N>>,
) {
  const route = routes[name];
  // Concurrent misses for one key share a single database query.
  const inflight = new Map<string, Promise<Loaded>>();

  return async (c: Context): Promise<Response> => {
    const params = route.params.safeParse(c.req.param());
    if (!params.success) {
      const { field, message } = firstIssue(params.error);
      // A path segment that is not a well-formed slug names nothing that exists.
      return apiError(c, 404, 'not_found', message, field);
    }
    const query = route.query.safeParse(Object.fromEntries(new URL(c.req.url).searchParams));
    if (!query.success) {
      const { field, message } = firstIssue(query.error);
      return apiError(c, 400, 'bad_request', message, field);
    }
    const version = await contentVersion();
    // Keyed by the validated input, so `?limit=060` and `?limit=60` share an entry.
    const key = `${version} ${name} ${JSON.stringify([params.data, query.data])}`;
    const cached = cache.get(key);
    if (cached) return sendJson(c, cached, cacheControl);

    let pending = inflight.get(key);
    if (!pending) {
      pending = (async (): Promise<Loaded> => {
        const outcome = await load({
          params: params.data as z.infer<(typeof routes)[N]['params']>,
          query: query.data as z.infer<(typeof routes)[N]['query']>,
        });
        if (!outcome.ok) return outcome;
        // What leaves the server is what the contract says, in the contract's key order.
        const entry = jsonEntry(route.response.parse(outcome.body));
        cache.set(key, entry);
        return { ok: true, entry };
      })().finally(() => inflight.delete(key));
      inflight.set(key, pending);
    }
    const loaded = await pending;
    if (!loaded.ok) return apiError(c, loaded.status, loaded.code, loaded.message, loaded.field);
    return sendJson(c, loaded.entry, cacheControl);
  };
}
