/**
 * What every route table shares (contract/routes.ts and the tables it joins): the
 * shape of an entry, the types read from it, and how a request's URL is built from
 * it. The client builds its URLs from an area's own table with these, so a page
 * carries the schemas of the routes it calls and no others (decision 026).
 */
import type { z } from 'zod/mini';

export const API_PREFIX = '/api';

/** Mocked builds only: the designer's scenario travels with each request in this header. */
export const SCENARIO_HEADER = 'x-parcours-scenario';

/** One endpoint: its method and path, its inputs, and the schema of its 200 response. */
export interface RouteDef {
  readonly method: 'GET' | 'POST' | 'PUT' | 'DELETE';
  readonly path: string;
  readonly params: z.ZodMiniType;
  readonly query: z.ZodMiniType;
  readonly body?: z.ZodMiniType;
  readonly response: z.ZodMiniType;
}

export type RouteTable = Readonly<Record<string, RouteDef>>;

export type ResponseOf<R extends RouteDef> = z.infer<R['response']>;
export type ParamsOf<R extends RouteDef> = z.input<R['params']>;
export type QueryOf<R extends RouteDef> = z.input<R['query']>;
export type BodyOf<R extends RouteDef> = R extends { body: z.ZodMiniType }
  ? z.input<R['body']>
  : never;

/** The routes of a table that take a JSON body. */
export type BodyRouteOf<T extends RouteTable> = {
  [N in keyof T & string]: T[N] extends { body: z.ZodMiniType } ? N : never;
}[keyof T & string];

/** Fills `:name` segments of a route's path, encoding each value. */
export function routePath(route: RouteDef, params: Readonly<Record<string, unknown>>): string {
  return route.path.replace(/:([a-z]+)/gi, (_, key: string) => {
    const value = params[key];
    if (value === undefined) throw new Error(`Missing path parameter "${key}" for ${route.path}`);
    return encodeURIComponent(String(value));
  });
}

/**
 * A query string as the client sends it: `?a=1&b=2` in the given key order, empty
 * values (undefined, null, '') left out, so one request has one URL; '' for none.
 */
export function queryString(query: Readonly<Record<string, unknown>> | undefined): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(query ?? {})) {
    if (value !== undefined && value !== null && value !== '') search.set(key, String(value));
  }
  const text = search.toString();
  return text ? `?${text}` : '';
}

/**
 * A request's path and query as the client builds it: the key under which a page's
 * HTML carries its first answers (contract/boot.ts).
 */
export function routeUrl(
  route: RouteDef,
  params?: Readonly<Record<string, unknown>>,
  query?: Readonly<Record<string, unknown>>,
): string {
  return routePath(route, params ?? {}) + queryString(query);
}
