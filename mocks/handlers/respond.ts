/**
 * What every mock endpoint does around its own logic, the way the real server does:
 * validate inputs with the route's schemas, answer errors in the contract's shape,
 * simulate latency and apply the designer's scenario.
 */
import '../../contract/error-messages.ts';
import { delay, HttpResponse, type DefaultBodyType, type StrictRequest } from 'msw';
import type { z } from 'zod/mini';
import { errorBody, type ApiErrorBody } from '../../contract/schemas.ts';
import { routes, type RouteName } from '../../contract/routes.ts';
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

/**
 * Wraps a route's logic: the resolver receives validated params and query, and the
 * scenario's dataset, and returns either a body (checked against the contract's
 * response schema, so a fixture can never drift from it) or an error response.
 */
export function endpoint<N extends RouteName>(name: N, logic: (ctx: Context<N>) => Result<N>) {
  const route = routes[name];
  return async ({
    request,
    params,
  }: {
    request: StrictRequest<DefaultBodyType>;
    params: Record<string, string | readonly string[] | undefined>;
  }): Promise<Response> => {
    const scenario = parseScenario(request.headers.get(SCENARIO_HEADER));
    await simulateLatency(scenario);
    if (scenario === 'error') {
      return apiError(500, 'internal', 'The service failed to answer (error scenario).');
    }
    const parsedParams = route.params.safeParse(params);
    if (!parsedParams.success) {
      const { field, message } = firstIssue(parsedParams.error);
      // A path segment that is not a well-formed slug names nothing that exists.
      return apiError(404, 'not_found', message, field);
    }
    const url = new URL(request.url);
    const parsedQuery = route.query.safeParse(Object.fromEntries(url.searchParams));
    if (!parsedQuery.success) {
      const { field, message } = firstIssue(parsedQuery.error);
      return apiError(400, 'bad_request', message, field);
    }
    const result = logic({
      params: parsedParams.data as Context<N>['params'],
      query: parsedQuery.data as Context<N>['query'],
      data: datasetFor(scenario),
    });
    if (!result.ok) return result.response;
    const body = route.response.parse(result.body);
    if (scenario === 'invalid') {
      // A payload that breaks the contract, to preview the client's handling of it.
      return HttpResponse.json({ ...body, items: 'not-a-list', title: 42 });
    }
    return HttpResponse.json(body);
  };
}
