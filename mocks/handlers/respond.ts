/**
 * What every mock endpoint does around its own logic, the way the real server does:
 * validate inputs with the route's schemas, answer errors in the contract's shape,
 * simulate latency and apply the designer's scenario.
 */
import '../../contract/error-messages.ts';
import { delay, HttpResponse, type DefaultBodyType, type StrictRequest } from 'msw';
import type { z } from 'zod/mini';
import { errorBody, type ApiErrorBody } from '../../contract/schemas.ts';
import {
  MAX_BODY_BYTES,
  RATE_LIMITED_MESSAGE,
  routes,
  WRITE_LIMIT,
  type BodyRouteName,
  type RouteName,
} from '../../contract/routes.ts';
import { datasetFor, parseScenario, SCENARIO_HEADER, type Scenario } from '../scenarios.ts';
import type { Dataset } from '../data.ts';

/** Milliseconds range of simulated latency; tests set it to zero. */
let latency: [number, number] = [120, 420];

export function setMockLatency(min: number, max = min): void {
  latency = [min, max];
}

async function simulateLatency(scenario: Scenario): Promise<void> {
  if (scenario === 'slow') {
    await delay(2500);
    return;
  }
  const [min, max] = latency;
  if (max > 0) await delay(Math.round(min + Math.random() * (max - min)));
}

export function apiError(
  status: number,
  code: ApiErrorBody['error']['code'],
  message: string,
  field?: string,
) {
  return HttpResponse.json(errorBody(code, message, field), { status });
}

function firstIssue(error: z.core.$ZodError): { field: string; message: string } {
  const issue = error.issues[0];
  const field = issue?.path.join('.') || 'request';
  return { field, message: `Invalid ${field}: ${issue?.message ?? 'malformed value'}` };
}

interface Context<N extends RouteName> {
  params: z.infer<(typeof routes)[N]['params']>;
  query: z.infer<(typeof routes)[N]['query']>;
  data: Dataset;
}

type Result<N extends RouteName> =
  { ok: true; body: z.infer<(typeof routes)[N]['response']> } | { ok: false; response: Response };

interface Resolver {
  request: StrictRequest<DefaultBodyType>;
  params: Record<string, string | readonly string[] | undefined>;
}

/** Latency, the scenario, then params and query checked with the route's schemas. */
async function prepare<N extends RouteName>(
  name: N,
  { request, params }: Resolver,
): Promise<{ ok: true; scenario: Scenario; ctx: Context<N> } | { ok: false; response: Response }> {
  const route = routes[name];
  const scenario = parseScenario(request.headers.get(SCENARIO_HEADER));
  await simulateLatency(scenario);
  if (scenario === 'error') {
    return {
      ok: false,
      response: apiError(500, 'internal', 'The service failed to answer (error scenario).'),
    };
  }
  const parsedParams = route.params.safeParse(params);
  if (!parsedParams.success) {
    const { field, message } = firstIssue(parsedParams.error);
    // A path segment that is not a well-formed slug names nothing that exists.
    return { ok: false, response: apiError(404, 'not_found', message, field) };
  }
  const url = new URL(request.url);
  const parsedQuery = route.query.safeParse(Object.fromEntries(url.searchParams));
  if (!parsedQuery.success) {
    const { field, message } = firstIssue(parsedQuery.error);
    return { ok: false, response: apiError(400, 'bad_request', message, field) };
  }
  const ctx = {
    params: parsedParams.data as Context<N>['params'],
    query: parsedQuery.data as Context<N>['query'],
    data: datasetFor(scenario),
  };
  return { ok: true, scenario, ctx };
}

/** The body, checked against the contract's response schema so a fixture can never drift. */
function answer<N extends RouteName>(
  name: N,
  body: unknown,
  scenario: Scenario,
  init?: ResponseInit,
): Response {
  const parsed = routes[name].response.parse(body);
  if (scenario === 'invalid') {
    // A payload that breaks the contract, to preview the client's handling of it.
    return HttpResponse.json({ ...parsed, items: 'not-a-list', title: 42 }, init);
  }
  return HttpResponse.json(parsed, init);
}

/**
 * Wraps a route's logic: the resolver receives validated params and query, and the
 * scenario's dataset, and returns either a body or an error response.
 */
export function endpoint<N extends RouteName>(name: N, logic: (ctx: Context<N>) => Result<N>) {
  return async (resolver: Resolver): Promise<Response> => {
    const prepared = await prepare(name, resolver);
    if (!prepared.ok) return prepared.response;
    const result = logic(prepared.ctx);
    if (!result.ok) return result.response;
    return answer(name, result.body, prepared.scenario);
  };
}

const JSON_TYPE = /^application\/(?:[\w.+-]+\+)?json\s*(?:;|$)/i;

/** A JSON body refused as the server refuses it: wrong type 415, too large 413, malformed 400. */
async function readJson(
  request: Request,
): Promise<{ ok: true; json: unknown } | { ok: false; response: Response }> {
  const hasBody = request.body !== null && request.headers.get('Content-Length') !== '0';
  if (hasBody && !JSON_TYPE.test(request.headers.get('Content-Type') ?? '')) {
    return {
      ok: false,
      response: apiError(415, 'unsupported_media_type', 'Request bodies must be application/json.'),
    };
  }
  const bytes = await request.arrayBuffer();
  if (bytes.byteLength > MAX_BODY_BYTES) {
    const limit = Math.round(MAX_BODY_BYTES / 1024);
    return {
      ok: false,
      response: apiError(413, 'payload_too_large', `Request bodies are limited to ${limit} KB.`),
    };
  }
  try {
    return { ok: true, json: JSON.parse(new TextDecoder().decode(bytes)) };
  } catch {
    return { ok: false, response: apiError(400, 'bad_request', 'The body is not valid JSON.') };
  }
}

type Created<N extends BodyRouteName> =
  | { ok: true; body: z.infer<(typeof routes)[N]['response']>; location: string }
  | { ok: false; response: Response };

/**
 * Wraps the logic of a route that creates something from a JSON body: the body is
 * read and checked with the route's schema as the server does, and success answers
 * 201 with the new resource's location, never cached.
 */
export function create<N extends BodyRouteName>(
  name: N,
  logic: (ctx: Context<N> & { body: z.infer<(typeof routes)[N]['body']> }) => Created<N>,
) {
  return async (resolver: Resolver): Promise<Response> => {
    const prepared = await prepare(name, resolver);
    if (!prepared.ok) return prepared.response;
    if (prepared.scenario === 'rate-limited') {
      // The server counts a write before reading its body; a whole window to wait.
      return HttpResponse.json(errorBody('rate_limited', RATE_LIMITED_MESSAGE), {
        status: 429,
        headers: { 'Retry-After': String(WRITE_LIMIT.windowSeconds), 'Cache-Control': 'no-store' },
      });
    }
    const read = await readJson(resolver.request);
    if (!read.ok) return read.response;
    const body = routes[name].body.safeParse(read.json);
    if (!body.success) {
      const { field, message } = firstIssue(body.error);
      return apiError(400, 'bad_request', message, field);
    }
    const result = logic({
      ...prepared.ctx,
      body: body.data as z.infer<(typeof routes)[N]['body']>,
    });
    if (!result.ok) return result.response;
    return answer(name, result.body, prepared.scenario, {
      status: 201,
      headers: { Location: result.location, 'Cache-Control': 'no-store' },
    });
  };
}
