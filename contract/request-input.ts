/**
 * How both API implementations read a request against the route table: params and
 * query checked with the route's schemas, a body only as JSON and then with its
 * schema. Each answers the failure these return in its own kind of response.
 */
import type { z } from 'zod/mini';

import { type ApiFailure, INVALID_JSON, invalidInput } from './failures.ts';
import { type BodyRouteName, type RouteName, type RouteResponse, routes } from './routes.ts';

export interface RouteInput<N extends RouteName> {
  params: z.infer<(typeof routes)[N]['params']>;
  query: z.infer<(typeof routes)[N]['query']>;
}

export type RouteBodyValue<N extends BodyRouteName> = z.infer<(typeof routes)[N]['body']>;

/** What a route's own logic returns: its answer, or a failure. */
export type RouteOutcome<N extends RouteName, F = ApiFailure> =
  { ok: true; body: RouteResponse<N> } | F;

/** What a creating route's logic returns: the answer and the new resource's location. */
export type CreatedOutcome<N extends BodyRouteName, F = ApiFailure> =
  { ok: true; body: RouteResponse<N>; location: string } | F;

/** `application/json`, or any `+json` type, with or without parameters. */
const JSON_TYPE = /^application\/(?:[\w.+-]+\+)?json\s*(?:;|$)/i;

/** Whether a request body of this Content-Type is one the API reads (else 415). */
export function isJsonType(contentType: string | null | undefined): boolean {
  return JSON_TYPE.test(contentType ?? '');
}

/** The path's params and the URL's query, validated, or the failure to answer. */
export function parseRouteInput<N extends RouteName>(
  name: N,
  params: Record<string, unknown>,
  searchParams: URLSearchParams,
): { ok: true; input: RouteInput<N> } | ApiFailure {
  const route = routes[name];
  const parsedParams = route.params.safeParse(params);
  if (!parsedParams.success) return invalidInput('params', parsedParams.error);
  const parsedQuery = route.query.safeParse(Object.fromEntries(searchParams));
  if (!parsedQuery.success) return invalidInput('query', parsedQuery.error);
  const input = { params: parsedParams.data, query: parsedQuery.data } as RouteInput<N>;
  return { ok: true, input };
}

/** A body's text parsed as JSON and validated with the route's schema (type and size checked before). */
export function parseRouteBody<N extends BodyRouteName>(
  name: N,
  text: string,
): { ok: true; body: RouteBodyValue<N> } | ApiFailure {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return INVALID_JSON;
  }
  const body = routes[name].body.safeParse(json);
  if (!body.success) return invalidInput('body', body.error);
  return { ok: true, body: body.data as RouteBodyValue<N> };
}
