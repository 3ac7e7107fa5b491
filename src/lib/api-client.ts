/**
 * The one way the app talks to the API: builds the URL from the contract's route
 * table, passes the query's AbortSignal, and parses every answer with the route's
 * schema. It throws typed errors and never touches the UI.
 */
import type { z } from 'zod/mini';
import { apiErrorSchema } from '#contract/schemas.ts';
import {
  buildPath,
  routes,
  type BodyRouteName,
  type RouteBody,
  type RouteName,
  type RouteParams,
  type RouteQuery,
  type RouteResponse,
  SCENARIO_HEADER,
} from '#contract/routes.ts';
import { takeBootAnswer } from './boot-data.ts';
import { currentScenario } from './mock-scenario.ts';

export type ApiErrorKind = 'http' | 'network' | 'contract';

export class ApiError extends Error {
  override readonly name = 'ApiError';
  constructor(
    readonly kind: ApiErrorKind,
    message: string,
    readonly status: number | null = null,
    readonly code: string | null = null,
  ) {
    super(message);
  }

  get isNotFound(): boolean {
    return this.status === 404;
  }

  /** Worth retrying: the network or the server failed, not the request. */
  get isTransient(): boolean {
    return this.kind === 'network' || (this.status !== null && this.status >= 500);
  }
}

interface RequestOptions<N extends RouteName> {
  params?: RouteParams<N>;
  query?: RouteQuery<N>;
  signal?: AbortSignal;
}

function toSearch(query: Record<string, unknown> | undefined): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(query ?? {})) {
    if (value !== undefined && value !== null && value !== '') search.set(key, String(value));
  }
  const text = search.toString();
  return text ? `?${text}` : '';
}

function urlOf<N extends RouteName>(name: N, params?: RouteParams<N>, query?: RouteQuery<N>) {
  return (
    buildPath(name, (params ?? {}) as RouteParams<N>) +
    toSearch(query as Record<string, unknown> | undefined)
  );
}

/**
 * The answer the page's HTML carried for this request (only the real server writes
 * them, decision 008), parsed like a network answer; undefined when there is none or
 * it breaks the contract. Taken once: query factories use it as initial data, so the
 * very first render already shows it.
 */
export function carriedAnswer<N extends RouteName>(
  name: N,
  { params, query }: Omit<RequestOptions<N>, 'signal'> = {},
): RouteResponse<N> | undefined {
  const carried = takeBootAnswer(urlOf(name, params, query));
  if (carried === undefined) return undefined;
  const parsed = responseSchema(name).safeParse(carried);
  return parsed.success ? parsed.data : undefined;
}

export async function apiGet<N extends RouteName>(
  name: N,
  { params, query, signal }: RequestOptions<N> = {},
): Promise<RouteResponse<N>> {
  const carried = carriedAnswer(name, { params, query } as Omit<RequestOptions<N>, 'signal'>);
  if (carried !== undefined) return carried;
  return request(name, urlOf(name, params, query), { method: 'GET' }, signal);
}

/** Sends a route's JSON body (validated by the caller's types, and by the server). */
export async function apiPost<N extends BodyRouteName>(
  name: N,
  body: RouteBody<N>,
  { params, signal }: Omit<RequestOptions<N>, 'query'> = {},
): Promise<RouteResponse<N>> {
  const url = buildPath(name, (params ?? {}) as RouteParams<N>);
  return request(
    name,
    url,
    {
      method: 'POST',
      body: JSON.stringify(body),
      headers: { 'content-type': 'application/json' },
    },
    signal,
  );
}

/**
 * The route table's entry for N parses into RouteResponse<N>; TypeScript cannot follow
 * the indexed access through the union of routes, hence the widening here.
 */
function responseSchema<N extends RouteName>(name: N): z.ZodMiniType<RouteResponse<N>> {
  return routes[name].response as unknown as z.ZodMiniType<RouteResponse<N>>;
}

async function request<N extends RouteName>(
  name: N,
  url: string,
  init: { method: string; body?: string; headers?: Record<string, string> },
  signal: AbortSignal | undefined,
): Promise<RouteResponse<N>> {
  const headers: Record<string, string> = { accept: 'application/json', ...init.headers };
  const scenario = currentScenario();
  if (scenario) headers[SCENARIO_HEADER] = scenario;

  let response: Response;
  try {
    response = await fetch(url, {
      method: init.method,
      headers,
      signal: signal ?? null,
      ...(init.body === undefined ? {} : { body: init.body }),
    });
  } catch (error) {
    if (signal?.aborted) throw error;
    throw new ApiError('network', 'The network is unreachable.');
  }

  let body: unknown;
  try {
    body = await response.json();
  } catch (error) {
    if (signal?.aborted) throw error;
    throw new ApiError(
      'contract',
      'The server answered something that is not JSON.',
      response.status,
    );
  }

  if (!response.ok) {
    const parsed = apiErrorSchema.safeParse(body);
    throw new ApiError(
      'http',
      parsed.success ? parsed.data.error.message : `HTTP ${response.status}`,
      response.status,
      parsed.success ? parsed.data.error.code : null,
    );
  }

  const parsed = responseSchema(name).safeParse(body);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new ApiError(
      'contract',
      `Unexpected answer from ${routes[name].path}: ${issue?.path.join('.') || 'body'} ${issue?.message ?? ''}`.trim(),
      response.status,
    );
  }
  return parsed.data;
}
