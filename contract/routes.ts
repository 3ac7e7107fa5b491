/**
 * The route table: one entry per endpoint, naming its path, its inputs and the
 * schema of its 200 response. The server, the MSW handlers and the tests read this
 * whole table, so a path or a shape can only change in one place; it joins the
 * visitors' routes and each area's (routes-visitors.ts, routes-account.ts,
 * routes-in-movement.ts, routes-studio.ts, routes-media.ts), which the client reads one by one so that a page carries
 * only the schemas of the routes it calls (decision 026).
 */
import type { z } from 'zod/mini';

import { routePath, routeUrl } from './route-table.ts';
import { accountRoutes } from './routes-account.ts';
import { inMovementRoutes } from './routes-in-movement.ts';
import { mediaRoutes } from './routes-media.ts';
import { studioRoutes } from './routes-studio.ts';
import { visitorRoutes } from './routes-visitors.ts';

export {
  API_PREFIX,
  queryString,
  type RouteDef,
  type RouteTable,
  SCENARIO_HEADER,
} from './route-table.ts';
export { recordIdSchema } from './routes-in-movement.ts';

export const routes = {
  ...visitorRoutes,
  ...accountRoutes,
  ...inMovementRoutes,
  ...studioRoutes,
  ...mediaRoutes,
} as const;

/**
 * Sign-in requests each address and each client may make per window, on top of the
 * general write limit: enough for a typo and a retry, not for mail-bombing someone.
 */
export const SIGN_IN_LIMITS = {
  perAddress: { limit: 5, windowSeconds: 3600 },
  perClient: { limit: 20, windowSeconds: 3600 },
} as const;

/**
 * Writes each signed-in account may make per window, on top of the per-client
 * WRITE_LIMIT: a person on a shared network is not starved by their neighbours, and
 * one account cannot flood a debate from many addresses.
 */
export const ACCOUNT_WRITE_LIMIT = { limit: 30, windowSeconds: 600 } as const;

export type Routes = typeof routes;
export type RouteName = keyof Routes;
export type RouteResponse<N extends RouteName> = z.infer<Routes[N]['response']>;
export type RouteParams<N extends RouteName> = z.input<Routes[N]['params']>;
export type RouteQuery<N extends RouteName> = z.input<Routes[N]['query']>;
/** Routes that take a JSON body, and that body's shape. */
export type BodyRouteName = {
  [N in RouteName]: Routes[N] extends { body: z.ZodMiniType } ? N : never;
}[RouteName];
export type RouteBody<N extends BodyRouteName> = z.input<Routes[N]['body']>;

/** Largest JSON body any route accepts (a 200-step path is ~12 KB). */
export const MAX_BODY_BYTES = 64 * 1024;

/**
 * Writes (every method but GET and HEAD) each client may make: `limit` per fixed
 * window of `windowSeconds`, shared by every server instance. Beyond it the API
 * answers 429 `rate_limited` with `Retry-After`, the seconds until the window ends.
 */
export const WRITE_LIMIT = { limit: 60, windowSeconds: 600 } as const;

/** The 429's message; the seconds to wait are in the `Retry-After` header. */
export const RATE_LIMITED_MESSAGE = 'Too many requests from this client: try again later.';

/** Fills `:name` segments of a route path, encoding each value. */
export function buildPath<N extends RouteName>(name: N, params: RouteParams<N>): string {
  return routePath(routes[name], params as Readonly<Record<string, unknown>>);
}

/**
 * The methods each route path answers, GET implying HEAD: the Allow header of the
 * 405 both implementations answer when a known path is asked with another method.
 */
export const ALLOWED_METHODS: ReadonlyMap<string, readonly string[]> = (() => {
  const allowed = new Map<string, string[]>();
  for (const { path, method } of Object.values(routes)) {
    const methods = method === 'GET' ? [method, 'HEAD'] : [method];
    allowed.set(path, [...(allowed.get(path) ?? []), ...methods]);
  }
  return allowed;
})();

/**
 * A request's path and query as the client builds it: the key under which a page's
 * HTML carries its first answers (contract/boot.ts).
 */
export function apiUrl<N extends RouteName>(
  name: N,
  params?: RouteParams<N>,
  query?: RouteQuery<N>,
): string {
  return routeUrl(
    routes[name],
    params as Readonly<Record<string, unknown>> | undefined,
    query as Readonly<Record<string, unknown>> | undefined,
  );
}
