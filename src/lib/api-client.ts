/**
 * Over 300 lines: one concern, every request's URL, timeout, parsing and typed errors.
 * The one way the app talks to the API: builds the URL from the contract's route
 * table, passes the query's AbortSignal, gives up on a request that takes longer
 * than API_TIMEOUT_MS, and parses every answer with the route's schema. It throws
 * typed errors and never touches the UI.
 *
 * `apiGet` and the others below call the visitors' routes (the first load's); an
 * area's API module binds its own table with `apiClient` (src/api/in-movement.ts), so
 * the first load carries no other area's schemas (decision 026).
 */
import type { z } from 'zod/mini';

import {
  type BodyOf,
  type BodyRouteOf,
  type ParamsOf,
  type QueryOf,
  type ResponseOf,
  type RouteDef,
  routePath,
  type RouteTable,
  routeUrl,
  SCENARIO_HEADER,
} from '#contract/route-table.ts';
import { visitorRoutes } from '#contract/routes-visitors.ts';
import { apiErrorSchema } from '#contract/schemas.ts';

import { takeBootAnswer } from './boot-data.ts';
import { mockFrameHeader } from './mock-frame.ts';
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

interface RequestOptions<R extends RouteDef> {
  params?: ParamsOf<R>;
  query?: QueryOf<R>;
  signal?: AbortSignal;
}

type Input = Readonly<Record<string, unknown>> | undefined;

/** Routes sent with a method of their own (PUT with a body, DELETE and bodiless POSTs without). */
type SendRouteOf<T extends RouteTable> = {
  [N in keyof T & string]: T[N]['method'] extends 'GET' ? never : N;
}[keyof T & string];

/** The API calls of one route table: the visitors' (below) or an area's. */
export function apiClient<T extends RouteTable>(table: T) {
  type Name = keyof T & string;
  // A name of the table always finds its entry; the index signature cannot say so.
  const routeOf = <N extends Name>(name: N) => table[name] as T[N];

  /**
   * The answer the page's HTML carried for this request (only the real server writes
   * them, decision 008), parsed like a network answer; undefined when there is none or
   * it breaks the contract. Taken once: query factories use it as initial data, so the
   * very first render already shows it.
   */
  function carriedAnswer<N extends Name>(
    name: N,
    { params, query }: Omit<RequestOptions<T[N]>, 'signal'> = {},
  ): ResponseOf<T[N]> | undefined {
    const route = routeOf(name);
    const carried = takeBootAnswer(routeUrl(route, params as Input, query as Input));
    if (carried === undefined) return undefined;
    const parsed = responseSchema(route).safeParse(carried);
    return parsed.success ? parsed.data : undefined;
  }

  async function apiGet<N extends Name>(
    name: N,
    { params, query, signal }: RequestOptions<T[N]> = {},
  ): Promise<ResponseOf<T[N]>> {
    const carried = carriedAnswer(name, { params, query } as Omit<RequestOptions<T[N]>, 'signal'>);
    if (carried !== undefined) return carried;
    const route = routeOf(name);
    return request(
      route,
      routeUrl(route, params as Input, query as Input),
      { method: 'GET' },
      signal,
    );
  }

  /**
   * Sends a route's JSON body (validated by the caller's types, and by the server), with
   * the route's method: POST, or PUT for a route that replaces a resource by address
   * (the studio's save), which `apiSend` cannot reach since it fills no path params.
   */
  async function apiPost<N extends BodyRouteOf<T>>(
    name: N,
    body: BodyOf<T[N]>,
    { params, signal }: Omit<RequestOptions<T[N]>, 'query'> = {},
  ): Promise<ResponseOf<T[N]>> {
    const route = routeOf(name);
    return request(
      route,
      routePath(route, (params ?? {}) as Readonly<Record<string, unknown>>),
      {
        method: route.method === 'GET' ? 'POST' : route.method,
        body: JSON.stringify(body),
        headers: { 'content-type': 'application/json' },
      },
      signal,
    );
  }

  /**
   * Sends a write as its route's method says: with a JSON body for routes that take one
   * (PUT /api/me), without for those that take none (DELETE /api/me, sign-out).
   */
  async function apiSend<N extends SendRouteOf<T>>(
    name: N,
    ...[body]: N extends BodyRouteOf<T> ? [body: BodyOf<T[N]>] : []
  ): Promise<ResponseOf<T[N]>> {
    const route = routeOf(name);
    const method = route.method;
    return request(
      route,
      routePath(route, {}),
      body === undefined
        ? { method }
        : { method, body: JSON.stringify(body), headers: { 'content-type': 'application/json' } },
      undefined,
    );
  }

  return { apiGet, apiPost, apiSend, carriedAnswer };
}

/** The visitors' routes: stories, themes, people, search and shared paths. */
export const { apiGet, apiPost, carriedAnswer } = apiClient(visitorRoutes);

/**
 * A route's response schema parses into its response type; TypeScript cannot follow
 * the indexed access through a generic table, hence the widening here.
 */
function responseSchema<R extends RouteDef>(route: R): z.ZodMiniType<ResponseOf<R>> {
  return route.response as unknown as z.ZodMiniType<ResponseOf<R>>;
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

/**
 * The API reads this page made before its service worker took control, which the
 * worker is then handed to keep (src/lib/pwa.ts). Only GETs: Resource Timing, which
 * lists every request, does not say which were writes, and the worker would replay a
 * sign-in's or an upload's URL as a GET. Recorded in a browser only (a server render
 * is many pages), until taken, and at most a page's worth.
 */
let earlyReads: Set<string> | null = new Set();
const EARLY_READS_MAX = 200;

/** The early reads so far; recording stops for good. */
export function takeEarlyReads(): string[] {
  const reads = [...(earlyReads ?? [])];
  earlyReads = null;
  return reads;
}

async function request<R extends RouteDef>(
  route: R,
  url: string,
  init: { method: string; body?: string; headers?: Record<string, string> },
  signal: AbortSignal | undefined,
): Promise<ResponseOf<R>> {
  const headers: Record<string, string> = { accept: 'application/json', ...init.headers };
  const scenario = currentScenario();
  if (scenario) headers[SCENARIO_HEADER] = scenario;
  // A flow board's frame (decision 031): compared in place so production drops it.
  if (import.meta.env.VITE_MOCK_API) {
    const frame = mockFrameHeader();
    if (frame) headers[frame[0]] = frame[1];
  }

  // The deadline covers the answer's body too: a server may send headers, then stall.
  const deadline = withDeadline(signal, timeoutMs);
  const timeoutError = () =>
    new ApiError(
      'network',
      `No answer from ${route.path} within ${timeoutMs / 1000} s.`,
      null,
      TIMEOUT_CODE,
    );
  if (
    init.method === 'GET' &&
    earlyReads &&
    earlyReads.size < EARLY_READS_MAX &&
    typeof window !== 'undefined'
  ) {
    earlyReads.add(new URL(url, window.location.origin).href);
  }
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

  const parsed = responseSchema(route).safeParse(body);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new ApiError(
      'contract',
      `Unexpected answer from ${route.path}: ${issue?.path.join('.') || 'body'} ${issue?.message ?? ''}`.trim(),
      response.status,
    );
  }
  return parsed.data;
}
