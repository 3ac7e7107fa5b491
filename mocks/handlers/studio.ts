/**
 * The studio's API, mocked over mocks/studio-store.ts (decision 032), so a designer
 * can open the studio on mocked content (`?scenario=as-editor`). The refusals match
 * the server's: 401 signed out, 403 another role or a blocked account, 429 under
 * `rate-limited` or past the account's writes, then the input, then the story's own.
 */
import { http } from 'msw';

import { NOT_SIGNED_IN, ROLE_REQUIRED } from '../../contract/failures.ts';
import {
  parseRouteBody,
  type RouteBodyValue,
  type RouteInput,
} from '../../contract/request-input.ts';
import { type BodyRouteName, type RouteName, routes } from '../../contract/routes.ts';
import type { Account, Role } from '../../contract/schemas.ts';
import { spendAccountWrite } from '../account-writes.ts';
import { checkWriter } from '../in-movement-write.ts';
import {
  createStudio,
  getStudio,
  listStudio,
  publishStudio,
  restoreStudio,
  revisionsOf,
  saveStudio,
  scheduleStudio,
  type StudioOutcome,
  studioPeople,
  unpublishStudio,
} from '../studio-store.ts';
import { signedInAccount } from './auth.ts';
import { answer, failureResponse, prepare, rateLimitedResponse, readBodyText } from './respond.ts';

const EDITORS: readonly Role[] = ['editor', 'admin'];
const NO_STORE = { 'Cache-Control': 'no-store' };

type Resolver = Parameters<typeof prepare>[1];

function refuse(failure: Parameters<typeof failureResponse>[0]): Response {
  const response = failureResponse(failure);
  response.headers.set('Cache-Control', 'no-store');
  return response;
}

/** A read: signed in as an editor or admin; spends no write allowance. */
function studioRead<N extends RouteName>(
  name: N,
  load: (
    input: RouteInput<N>,
  ) => { ok: true; body: unknown } | Parameters<typeof failureResponse>[0],
) {
  return async (resolver: Resolver): Promise<Response> => {
    const prepared = await prepare(name, resolver);
    if (!prepared.ok) return prepared.response;
    const account = signedInAccount(prepared.ctx.db, prepared.scenario);
    if (!account) return refuse(NOT_SIGNED_IN);
    if (!EDITORS.includes(account.role)) return refuse(ROLE_REQUIRED);
    const outcome = load(prepared.ctx);
    if (!outcome.ok) return refuse(outcome);
    return answer(name, outcome.body, prepared.scenario, {
      headers: { ...NO_STORE, Vary: 'Cookie' },
    });
  };
}

/** A write: the writer's checks before the input is read, as the server's requireWriter. */
function studioWrite<N extends BodyRouteName>(
  name: N,
  run: (input: RouteInput<N> & { body: RouteBodyValue<N> }, account: Account) => StudioOutcome,
  status: 200 | 201 = 200,
) {
  return async (resolver: Resolver): Promise<Response> => {
    const prepared = await prepare(name, resolver);
    if (!prepared.ok) return prepared.response;
    if (prepared.scenario === 'rate-limited') return rateLimitedResponse();
    const account = signedInAccount(prepared.ctx.db, prepared.scenario);
    const refused = checkWriter(account, EDITORS);
    if (refused || !account) return refuse(refused ?? NOT_SIGNED_IN);
    const spent = spendAccountWrite(prepared.ctx.db, account.id);
    if (!spent.allowed) return rateLimitedResponse(spent.retryAfter);
    const read = await readBodyText(resolver.request);
    if (!read.ok) return refuse(read);
    const body = parseRouteBody(name, read.text);
    if (!body.ok) return refuse(body);
    const outcome = run({ ...prepared.ctx, body: body.body }, account);
    if (!outcome.ok) return refuse(outcome);
    const location = `/api/studio/stories/${encodeURIComponent(outcome.story.slug)}`;
    return answer(name, outcome.story, prepared.scenario, {
      status,
      headers: status === 201 ? { ...NO_STORE, Location: location } : NO_STORE,
    });
  };
}

export const studioHandlers = [
  http.get(
    `*${routes.listStudioStories.path}`,
    studioRead('listStudioStories', ({ query }) => ({ ok: true, body: listStudio(query) })),
  ),
  http.post(
    `*${routes.createStudioStory.path}`,
    studioWrite('createStudioStory', ({ body }, account) => createStudio(body, account), 201),
  ),
  http.get(
    `*${routes.getStudioStory.path}`,
    studioRead('getStudioStory', ({ params }) => {
      const found = getStudio(params.slug);
      return found.ok ? { ok: true, body: found.story } : found;
    }),
  ),
  http.put(
    `*${routes.saveStudioStory.path}`,
    studioWrite('saveStudioStory', ({ params, body }, account) =>
      saveStudio(params.slug, body, account),
    ),
  ),
  http.post(
    `*${routes.publishStudioStory.path}`,
    studioWrite('publishStudioStory', ({ params, body }, account) =>
      publishStudio(params.slug, body.version, account),
    ),
  ),
  http.post(
    `*${routes.scheduleStudioStory.path}`,
    studioWrite('scheduleStudioStory', ({ params, body }, account) =>
      scheduleStudio(params.slug, body, account),
    ),
  ),
  http.post(
    `*${routes.unpublishStudioStory.path}`,
    studioWrite('unpublishStudioStory', ({ params, body }, account) =>
      unpublishStudio(params.slug, body.version, account),
    ),
  ),
  http.get(
    `*${routes.listStudioRevisions.path}`,
    studioRead('listStudioRevisions', ({ params }) => {
      const found = revisionsOf(params.slug);
      return found.ok ? { ok: true, body: { items: found.items } } : found;
    }),
  ),
  http.get(
    `*${routes.listStudioPeople.path}`,
    studioRead('listStudioPeople', () => ({ ok: true, body: studioPeople() })),
  ),
  http.post(
    `*${routes.restoreStudioRevision.path}`,
    studioWrite('restoreStudioRevision', ({ params, body }, account) =>
      restoreStudio(params.slug, params.revision, body.version, account),
    ),
  ),
];
