/**
 * The one way the app talks to the API: builds the URL from the contract's route
 * table, passes the query's AbortSignal, gives up on a request that takes longer
 * than API_TIMEOUT_MS, and parses every answer with the route's schema. It throws
 * typed errors and never touches the UI.
 */
import type { z } from 'zod/mini';

import {
  apiUrl,
  type BodyRouteName,
  buildPath,
  type RouteBody,
  type RouteName,
  type RouteParams,
  type RouteQuery,
  type RouteResponse,
  routes,
  SCENARIO_HEADER,
} from '#contract/routes.ts';
import { apiErrorSchema } from '#contract/schemas.ts';

import { takeBootAnswer } from './boot-data.ts';
import { currentScenario } from './mock-scenario.ts';

type ApiErrorKind = 'http' | 'network' | 'contract';

/**
 * How long a request may take, answer included, before it fails like a lost
 * connection: the screen then offers a retry instead of a spinner that never ends.
 * Generous, so a slow network still gets its answer.
 */
export const API_TIMEOUT_MS = 15_000;

/** The error code of a request given up after API_TIMEOUT_MS. */
export const TIMEOUT_CODE = 'timeout';

let timeoutMs = API_TIMEOUT_MS;

/** Tests cannot wait 15 s: they shorten the wait, and restore it with no argument. */
export function setApiTimeoutForTests(ms: number = API_TIMEOUT_MS): void {
  timeoutMs = ms;
}

export class ApiError extends Error {
  override readonly name = 'ApiError';
  constructor(
    readonly kind: ApiErrorKind,
    message: string,
    readonly status: number | null = null,
    readonly code: string | null = null,
    /** The field a 400 names, for a form to point at. */
    readonly field: string | null = null,
    /** A 429's Retry-After, in seconds, when the server said. */
    readonly retryAfter: number | null = null,
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

  /** No answer came within API_TIMEOUT_MS. */
  get isTimeout(): boolean {
    return this.code === TIMEOUT_CODE;
  }
}

/**
 * The caller's signal, aborted too once the request has taken `ms`. AbortSignal.any
 * and AbortSignal.timeout where the browser has them (the timer then ignores time
 * spent in the back-forward cache); a timer and a controller elsewhere (Safari before
 * 17.4 lacks AbortSignal.any, before 16 AbortSignal.timeout).
 */
function withDeadline(
  signal: AbortSignal | undefined,
  ms: number,
): { signal: AbortSignal; timedOut: () => boolean; clear: () => void } {
  if (typeof AbortSignal.any === 'function' && typeof AbortSignal.timeout === 'function') {
    const timeout = AbortSignal.timeout(ms);
    return {
      signal: signal ? AbortSignal.any([signal, timeout]) : timeout,
      timedOut: () => timeout.aborted,
      clear: () => {},
    };
  }
  const controller = new AbortController();
  let expired = false;
  const timer = setTimeout(() => {
    expired = true;
    controller.abort(new DOMException('The request timed out.', 'TimeoutError'));
  }, ms);
  const forward = () => controller.abort(signal?.reason);
  if (signal?.aborted) forward();
  else signal?.addEventListener('abort', forward, { once: true });
  return {
    signal: controller.signal,
    timedOut: () => expired,
    clear: () => {
      clearTimeout(timer);
      signal?.removeEventListener('abort', forward);
    },
  };
}

interface RequestOptions<N extends RouteName> {
  params?: RouteParams<N>;
  query?: RouteQuery<N>;
  signal?: AbortSignal;
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
  const carried = takeBootAnswer(apiUrl(name, params, query));
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
  return request(name, apiUrl(name, params, query), { method: 'GET' }, signal);
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

/** Routes the client sends with a method of their own (PUT with a body, DELETE and bodiless POSTs without). */
type SendRouteName = {
  [N in RouteName]: (typeof routes)[N]['method'] extends 'GET' ? never : N;
}[RouteName];

/**
 * Sends a write as its route's method says: with a JSON body for routes that take one
 * (PUT /api/me), without for those that take none (DELETE /api/me, sign-out).
 */
export async function apiSend<N extends SendRouteName>(
  name: N,
  ...[body]: N extends BodyRouteName ? [body: RouteBody<N>] : []
): Promise<RouteResponse<N>> {
  const url = buildPath(name, {} as RouteParams<N>);
  const method = routes[name].method;
  return request(
    name,
    url,
    body === undefined
      ? { method }
      : { method, body: JSON.stringify(body), headers: { 'content-type': 'application/json' } },
    undefined,
  );
}

/**
 * The route table's entry for N parses into RouteResponse<N>; TypeScript cannot follow
 * the indexed access through the union of routes, hence the widening here.
 */
function responseSchema<N extends RouteName>(name: N): z.ZodMiniType<RouteResponse<N>> {
  return routes[name].response as unknown as z.ZodMiniType<RouteResponse<N>>;
}

/**
 * Browsers stop reading a body when its fetch's signal aborts; a body made by other
 * means (MSW's responses in Node, for one) may not. The read gives up with the
 * signal, whatever made the body.
 */
function untilAborted<T>(promise: Promise<T>, signal: AbortSignal): Promise<T> {
  if (signal.aborted) return Promise.reject(signal.reason as Error);
  return new Promise<T>((resolve, reject) => {
    const stop = () => reject(signal.reason as Error);
    signal.addEventListener('abort', stop, { once: true });
    promise.then(resolve, reject).finally(() => signal.removeEventListener('abort', stop));
  });
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

  // The deadline covers the answer's body too: a server may send headers, then stall.
  const deadline = withDeadline(signal, timeoutMs);
  const timeoutError = () =>
    new ApiError(
      'network',
      `No answer from ${routes[name].path} within ${timeoutMs / 1000} s.`,
      null,
      TIMEOUT_CODE,
    );
  let response: Response;
  let body: unknown;
  try {
    try {
      response = await fetch(url, {
        method: init.method,
        headers,
        signal: deadline.signal,
        ...(init.body === undefined ? {} : { body: init.body }),
      });
    } catch (error) {
      if (deadline.timedOut()) throw timeoutError();
      if (signal?.aborted) throw error;
      throw new ApiError('network', 'The network is unreachable.');
    }

    try {
      body = await untilAborted(response.json(), deadline.signal);
    } catch (error) {
      if (deadline.timedOut()) throw timeoutError();
      if (signal?.aborted) throw error;
      throw new ApiError(
        'contract',
        'The server answered something that is not JSON.',
        response.status,
      );
    }
  } finally {
    deadline.clear();
  }

  if (!response.ok) {
    const parsed = apiErrorSchema.safeParse(body);
    const retryAfter = Number.parseInt(response.headers.get('Retry-After') ?? '', 10);
    throw new ApiError(
      'http',
      parsed.success ? parsed.data.error.message : `HTTP ${response.status}`,
      response.status,
      parsed.success ? parsed.data.error.code : null,
      (parsed.success ? parsed.data.error.field : undefined) ?? null,
      Number.isFinite(retryAfter) && retryAfter >= 0 ? retryAfter : null,
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
