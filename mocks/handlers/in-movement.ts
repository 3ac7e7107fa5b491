/**
 * In Movement's routes, mocked: reads from the in-memory store, writes with the
 * server's checks (mocks/in-movement-write.ts), each on the store its request
 * resolved to (`ctx.db`: a board frame's own, or the process's). Who asks comes from
 * the scenario or the mocked sign-in (signedInAccount in ./auth.ts).
 */
import { http } from 'msw';

import { InvalidCursorError } from '../../contract/cursor.ts';
import {
  type ApiFailure,
  INVALID_CURSOR,
  NOT_SIGNED_IN,
  notFound,
} from '../../contract/failures.ts';
import { parseRouteBody, type RouteBodyValue } from '../../contract/request-input.ts';
import {
  type BodyRouteName,
  buildPath,
  type RouteName,
  type RouteResponse,
  routes,
} from '../../contract/routes.ts';
import type { Account } from '../../contract/schemas.ts';
import { spendAccountWrite } from '../account-writes.ts';
import {
  findLiveDebate,
  listContributions,
  listCurated,
  listDebates,
  moderationLog,
  moderationQueue,
  toDebate,
} from '../in-movement-read.ts';
import {
  checkWriter,
  createContribution,
  createCurated,
  curateCurated,
  curateDebate,
  CURATOR_ROLES,
  moderateContribution,
  reportContribution,
} from '../in-movement-write.ts';
import type { Scenario } from '../scenarios.ts';
import { signedInAccount } from './auth.ts';
import { answer, failureResponse, prepare, rateLimitedResponse, readBodyText } from './respond.ts';

type Resolver = Parameters<typeof prepare>[1];
type Prepared<N extends RouteName> = Extract<Awaited<ReturnType<typeof prepare<N>>>, { ok: true }>;
type ReadOutcome<N extends RouteName> = { ok: true; body: RouteResponse<N> } | ApiFailure;

const NO_STORE = { 'Cache-Control': 'no-store' };
const EMPTY_PAGE = { items: [], nextCursor: null };

/** A list read's InvalidCursorError as the contract's 400. */
function paged<T>(read: () => T): { ok: true; body: T } | ApiFailure {
  try {
    return { ok: true, body: read() };
  } catch (error) {
    if (error instanceof InvalidCursorError) return INVALID_CURSOR;
    throw error;
  }
}

/** A GET: `logic` gets the parsed input, the scenario and who asks. */
function read<N extends RouteName>(
  name: N,
  logic: (
    ctx: Prepared<N>['ctx'] & { scenario: Scenario; account: Account | null },
  ) => ReadOutcome<N>,
  init?: ResponseInit,
) {
  return async (resolver: Resolver): Promise<Response> => {
    const prepared = await prepare(name, resolver);
    if (!prepared.ok) return prepared.response;
    const { scenario, ctx } = prepared;
    const result = logic({ ...ctx, scenario, account: signedInAccount(ctx.db, scenario) });
    if (!result.ok) return failureResponse(result);
    return answer(name, result.body, scenario, init);
  };
}

type WriteOutcome<N extends BodyRouteName> =
  { ok: true; body: RouteResponse<N>; status?: 200 | 201; location?: string } | ApiFailure;

/**
 * A POST with a JSON body, in the server's order (docs/decisions/022): the client's
 * write allowance (the `rate-limited` scenario), who asks and their role, the
 * account's write allowance, then the input, path included, and the body; so a
 * malformed id is a 401 to someone signed out.
 */
function write<N extends BodyRouteName>(
  name: N,
  roles: readonly Account['role'][] | undefined,
  logic: (
    ctx: Prepared<N>['ctx'] & { account: Account; body: RouteBodyValue<N> },
  ) => WriteOutcome<N>,
) {
  return async (resolver: Resolver): Promise<Response> => {
    const prepared = await prepare(name, resolver);
    // A flow's rule (decision 031) answers before the server would: the request never got there.
    if (!prepared.ok && (prepared.ruled || prepared.scenario === 'error')) {
      return prepared.response;
    }
    const { scenario } = prepared;
    const db = prepared.ok ? prepared.ctx.db : prepared.db;
    if (scenario === 'rate-limited') return rateLimitedResponse();
    const account = signedInAccount(db, scenario);
    const refused = checkWriter(account, roles);
    if (refused) return failureResponse(refused);
    if (!account) return failureResponse(NOT_SIGNED_IN);
    const spent = spendAccountWrite(db, account.id);
    if (!spent.allowed) return rateLimitedResponse(spent.retryAfter);
    if (!prepared.ok) return prepared.response;
    const { ctx } = prepared;
    const text = await readBodyText(resolver.request);
    if (!text.ok) return failureResponse(text);
    const body = parseRouteBody(name, text.text);
    if (!body.ok) return failureResponse(body);
    const result = logic({ ...ctx, account, body: body.body });
    if (!result.ok) return failureResponse(result);
    const headers: Record<string, string> = { ...NO_STORE };
    if (result.location) headers.Location = result.location;
    return answer(name, result.body, scenario, { status: result.status ?? 200, headers });
  };
}

/** The queue is for curators: the write checks, before reading. */
function curatorsOnly(account: Account | null): ApiFailure | null {
  return checkWriter(account, CURATOR_ROLES);
}

export const inMovementHandlers = [
  http.get(
    `*${routes.listDebateThemes.path}`,
    read('listDebateThemes', ({ db }) => ({ ok: true, body: { items: db.themes } })),
  ),
  http.get(
    `*${routes.listDebates.path}`,
    read('listDebates', ({ db, query, scenario }) =>
      scenario === 'empty' ? { ok: true, body: EMPTY_PAGE } : paged(() => listDebates(db, query)),
    ),
  ),
  http.get(
    `*${routes.getDebate.path}`,
    read('getDebate', ({ db, params }) => {
      const debate = findLiveDebate(db, params.slug);
      return debate
        ? { ok: true, body: toDebate(db, debate) }
        : notFound('debate', 'slug', params.slug);
    }),
  ),
  http.get(
    `*${routes.listContributions.path}`,
    read(
      'listContributions',
      ({ db, params, query, scenario, account }) => {
        if (!findLiveDebate(db, params.slug)) return notFound('debate', 'slug', params.slug);
        if (scenario === 'empty') return { ok: true, body: EMPTY_PAGE };
        return paged(() => listContributions(db, params.slug, query, account));
      },
      // `reportedByMe` depends on the session.
      { headers: NO_STORE },
    ),
  ),
  http.post(
    `*${routes.createContribution.path}`,
    write('createContribution', undefined, ({ db, params, body, account }) => {
      const created = createContribution(db, account, params.slug, body);
      if (!created.ok) return created;
      // A replay answers the first one again, without a Location (as the server).
      if (created.replayed) return { ok: true, body: created.body };
      return {
        ok: true,
        body: created.body,
        status: 201,
        location: buildPath('listContributions', { slug: params.slug }),
      };
    }),
  ),
  http.post(
    `*${routes.reportContribution.path}`,
    write('reportContribution', undefined, ({ db, params, body, account }) => {
      return reportContribution(db, account, params.id, body);
    }),
  ),
  http.post(
    `*${routes.curateDebate.path}`,
    write('curateDebate', CURATOR_ROLES, ({ db, params, body, account }) =>
      curateDebate(db, account, params.slug, body),
    ),
  ),
  http.get(
    `*${routes.listCurated.path}`,
    read('listCurated', ({ db, query, scenario }) =>
      scenario === 'empty' ? { ok: true, body: EMPTY_PAGE } : paged(() => listCurated(db, query)),
    ),
  ),
  http.post(
    `*${routes.createCurated.path}`,
    write('createCurated', CURATOR_ROLES, ({ db, body, account }) => {
      const created = createCurated(db, account, body);
      if (!created.ok) return created;
      return { ...created, status: 201, location: buildPath('listCurated', {}) };
    }),
  ),
  http.post(
    `*${routes.curateCurated.path}`,
    write('curateCurated', CURATOR_ROLES, ({ db, params, body, account }) =>
      curateCurated(db, account, params.id, body),
    ),
  ),
  http.get(
    `*${routes.getModerationQueue.path}`,
    read(
      'getModerationQueue',
      ({ db, query, account }) =>
        curatorsOnly(account) ?? paged(() => moderationQueue(db, query, account)),
      { headers: NO_STORE },
    ),
  ),
  http.post(
    `*${routes.moderateContribution.path}`,
    write('moderateContribution', CURATOR_ROLES, ({ db, params, body, account }) =>
      moderateContribution(db, account, params.id, body),
    ),
  ),
  http.get(
    `*${routes.getModerationLog.path}`,
    read('getModerationLog', ({ db, query, scenario }) =>
      scenario === 'empty' ? { ok: true, body: EMPTY_PAGE } : paged(() => moderationLog(db, query)),
    ),
  ),
];
