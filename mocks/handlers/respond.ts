/**
 * What every mock endpoint does around its own logic: read the request as the
 * contract says (contract/request-input.ts), answer the contract's failures, simulate
 * latency, apply the designer's scenario, and say which In Movement store the request
 * reads and writes (a board frame's own, or the process's).
 */
import { type DefaultBodyType, delay, HttpResponse, type StrictRequest } from 'msw';

import {
  type ApiFailure,
  payloadTooLarge,
  UNSUPPORTED_MEDIA_TYPE,
} from '../../contract/failures.ts';
import {
  type CreatedOutcome,
  isJsonType,
  parseRouteBody,
  parseRouteInput,
  type RouteBodyValue,
  type RouteInput,
  type RouteOutcome,
} from '../../contract/request-input.ts';
import {
  type BodyRouteName,
  MAX_BODY_BYTES,
  RATE_LIMITED_MESSAGE,
  type RouteName,
  routes,
  WRITE_LIMIT,
} from '../../contract/routes.ts';
import { type ApiErrorBody, errorBody } from '../../contract/schemas.ts';
import type { Dataset } from '../data.ts';
import {
  FRAME_HEADER,
  frameDataset,
  frameStore,
  readFrameHeader,
  ruleEffect,
} from '../flows/frame-request.ts';
import { imState, type InMovementState } from '../in-movement-store.ts';
import { datasetFor, parseScenario, type Scenario, SCENARIO_HEADER } from '../scenarios.ts';

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

function apiError(
  status: number,
  code: ApiErrorBody['error']['code'],
  message: string,
  field?: string,
) {
  // As the server's (server/http/errors.ts): errors are never cached, the next attempt may succeed.
  return HttpResponse.json(errorBody(code, message, field), {
    status,
    headers: { 'Cache-Control': 'no-store' },
  });
}

/** One of the contract's failures (contract/failures.ts), answered. */
export function failureResponse(failure: ApiFailure): Response {
  return apiError(failure.status, failure.code, failure.message, failure.field);
}

/**
 * What a route's logic reads: its input, the scenario's content (`data`), and the In
 * Movement store (`db`) this request reads and writes. Passed along, never kept in a
 * module: two frames' requests interleave at every await.
 */
type Context<N extends RouteName> = RouteInput<N> & { data: Dataset; db: InMovementState };

interface Resolver {
  request: StrictRequest<DefaultBodyType>;
  params: Record<string, string | readonly string[] | undefined>;
}

/** Latency, the scenario, then params and query read as the contract says. */
export async function prepare<N extends RouteName>(
  name: N,
  { request, params }: Resolver,
): Promise<
  | { ok: true; scenario: Scenario; ctx: Context<N> }
  /** The board's frame answered: its rule, or its header refused. */
  | { ok: false; response: Response; ruled: true }
  /** The scenario's failure or a refused input, with the scenario and store read. */
  | { ok: false; response: Response; ruled?: never; scenario: Scenario; db: InMovementState }
> {
  // A board's frame carries its own world (decision 031); other requests, the scenario header.
  const frameHeader = request.headers.get(FRAME_HEADER);
  const frameRead = readFrameHeader(frameHeader);
  // A refused frame header is the board's mistake, answered before any route's logic.
  if (!frameRead.ok) return { ok: false, response: failureResponse(frameRead), ruled: true };
  const { frame } = frameRead;
  const scenario = frame?.scenario ?? parseScenario(request.headers.get(SCENARIO_HEADER));
  // A frame's own store, by its id and run; without a frame, the process's.
  const db = frame ? frameStore(frame) : imState();
  await simulateLatency(scenario);
  const effect = frame ? ruleEffect(frame, name) : null;
  if (effect && effect.delayMs > 0) await delay(effect.delayMs);
  if (effect?.outcome.kind === 'network-error')
    return { ok: false, response: HttpResponse.error(), ruled: true };
  if (effect?.outcome.kind === 'fail') {
    const { status } = effect.outcome;
    return {
      ok: false,
      response: apiError(status, codeForStatus(status), `Failed on purpose (a rule of the flow).`),
      ruled: true,
    };
  }
  if (scenario === 'error') {
    return {
      ok: false,
      response: apiError(500, 'internal', 'The service failed to answer (error scenario).'),
      scenario,
      db,
    };
  }
  const input = parseRouteInput(name, params, new URL(request.url).searchParams);
  if (!input.ok) return { ok: false, response: failureResponse(input), scenario, db };
  const data =
    frame && frameHeader ? frameDataset(frameHeader, frame, scenario) : datasetFor(scenario);
  return {
    ok: true,
    // A rule that breaks the contract answers as the `invalid` scenario does, for this request.
    scenario: effect?.outcome.kind === 'break-contract' ? 'invalid' : scenario,
    ctx: { ...input.input, data, db },
  };
}

/** The contract's error code closest to a status a flow's rule asks for. */
function codeForStatus(status: number): ApiErrorBody['error']['code'] {
  const codes: Record<number, ApiErrorBody['error']['code']> = {
    401: 'unauthorized',
    403: 'forbidden',
    404: 'not_found',
    405: 'method_not_allowed',
    409: 'conflict',
    413: 'payload_too_large',
    415: 'unsupported_media_type',
    429: 'rate_limited',
    503: 'unavailable',
  };
  return codes[status] ?? (status >= 500 ? 'internal' : 'bad_request');
}

/** The body, checked against the contract's response schema so a fixture can never drift. */
export function answer<N extends RouteName>(
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
export function endpoint<N extends RouteName>(
  name: N,
  logic: (ctx: Context<N>) => RouteOutcome<N>,
) {
  return async (resolver: Resolver): Promise<Response> => {
    const prepared = await prepare(name, resolver);
    if (!prepared.ok) return prepared.response;
    const result = logic(prepared.ctx);
    if (!result.ok) return failureResponse(result);
    return answer(name, result.body, prepared.scenario);
  };
}

/** A body's text, or the contract's refusal of another type (415) or too many bytes (413). */
export async function readBodyText(
  request: Request,
): Promise<{ ok: true; text: string } | ApiFailure> {
  const hasBody = request.body !== null && request.headers.get('Content-Length') !== '0';
  if (hasBody && !isJsonType(request.headers.get('Content-Type'))) return UNSUPPORTED_MEDIA_TYPE;
  const bytes = await request.arrayBuffer();
  if (bytes.byteLength > MAX_BODY_BYTES) return payloadTooLarge();
  return { ok: true, text: new TextDecoder().decode(bytes) };
}

/** The 429 the server answers a write past an allowance: the seconds to wait, never cached. */
export function rateLimitedResponse(retryAfter: number = WRITE_LIMIT.windowSeconds): Response {
  return HttpResponse.json(errorBody('rate_limited', RATE_LIMITED_MESSAGE), {
    status: 429,
    headers: { 'Retry-After': String(retryAfter), 'Cache-Control': 'no-store' },
  });
}

/**
 * Wraps the logic of a route that creates something from a JSON body: the body is
 * read as the contract says, and success answers 201 with the new resource's
 * location, never cached.
 */
export function create<N extends BodyRouteName>(
  name: N,
  logic: (ctx: Context<N> & { body: RouteBodyValue<N> }) => CreatedOutcome<N>,
) {
  return async (resolver: Resolver): Promise<Response> => {
    const prepared = await prepare(name, resolver);
    if (!prepared.ok) return prepared.response;
    if (prepared.scenario === 'rate-limited') {
      // The server counts a write before reading its body; a whole window to wait.
      return rateLimitedResponse();
    }
    const read = await readBodyText(resolver.request);
    if (!read.ok) return failureResponse(read);
    const body = parseRouteBody(name, read.text);
    if (!body.ok) return failureResponse(body);
    const result = logic({ ...prepared.ctx, body: body.body });
    if (!result.ok) return failureResponse(result);
    return answer(name, result.body, prepared.scenario, {
      status: 201,
      headers: { Location: result.location, 'Cache-Control': 'no-store' },
    });
  };
}
