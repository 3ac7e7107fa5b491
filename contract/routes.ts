/**
 * The route table: one entry per endpoint, naming its path, its inputs and the
 * schema of its 200 response. The client, the MSW handlers and the server all
 * read it, so a path or a shape can only change in one place.
 *
 * Over 300 lines: the table is one object on purpose (the types of every route are
 * derived from it), and each entry is a few lines of shape and the rule it keeps.
 */
import { z } from 'zod/mini';

import {
  contributionCreatedSchema,
  contributionInputSchema,
  contributionListQuerySchema,
  contributionListSchema,
  curatedCurationInputSchema,
  curatedInputSchema,
  curatedItemSchema,
  curatedListQuerySchema,
  curatedListSchema,
  debateCurationInputSchema,
  debateListQuerySchema,
  debateListSchema,
  debateSchema,
  debateThemeListSchema,
  moderationInputSchema,
  moderationLogEntrySchema,
  moderationLogSchema,
  moderationQueueSchema,
  pageQuerySchema,
  reportAcceptedSchema,
  reportInputSchema,
} from './in-movement.ts';
import { pathInputSchema, sharedPathSchema } from './path-schemas.ts';
import {
  accountDeletedSchema,
  accountExportSchema,
  accountSchema,
  pathCreatedSchema,
  pathIdSchema,
  personSchema,
  profileInputSchema,
  searchQuerySchema,
  searchResultSchema,
  signedOutSchema,
  signInAcceptedSchema,
  signInInputSchema,
  slugSchema,
  storyListQuerySchema,
  storyListSchema,
  storySchema,
  themeListSchema,
  verifyInputSchema,
} from './schemas.ts';

export const API_PREFIX = '/api';

/** A contribution's or curated item's id: the database's integer, as text. */
export const recordIdSchema = z.string().check(z.regex(/^[1-9][0-9]{0,17}$/, 'a record id'));

export const routes = {
  listStories: {
    method: 'GET',
    path: '/api/stories',
    params: z.object({}),
    query: storyListQuerySchema,
    response: storyListSchema,
  },
  getStory: {
    method: 'GET',
    path: '/api/stories/:slug',
    params: z.object({ slug: slugSchema }),
    query: z.object({}),
    response: storySchema,
  },
  listThemes: {
    method: 'GET',
    path: '/api/themes',
    params: z.object({}),
    query: z.object({}),
    response: themeListSchema,
  },
  getPerson: {
    method: 'GET',
    path: '/api/people/:slug',
    params: z.object({ slug: slugSchema }),
    query: z.object({}),
    response: personSchema,
  },
  search: {
    method: 'GET',
    path: '/api/search',
    params: z.object({}),
    query: searchQuerySchema,
    response: searchResultSchema,
  },
  /** Saves a path to share; answers 201 with its id (the same steps, the same id). Not cached. */
  createPath: {
    method: 'POST',
    path: '/api/paths',
    params: z.object({}),
    query: z.object({}),
    body: pathInputSchema,
    response: pathCreatedSchema,
  },
  getPath: {
    method: 'GET',
    path: '/api/paths/:id',
    params: z.object({ id: pathIdSchema }),
    query: z.object({}),
    response: sharedPathSchema,
  },
  /** Mails a one-use sign-in link; answers 202 the same way whether or not the address is known. */
  signIn: {
    method: 'POST',
    path: '/api/auth/sign-in',
    params: z.object({}),
    query: z.object({}),
    body: signInInputSchema,
    response: signInAcceptedSchema,
  },
  /** Trades a sign-in link's token (in the browser that asked for it) for a session cookie. */
  verifySignIn: {
    method: 'POST',
    path: '/api/auth/verify',
    params: z.object({}),
    query: z.object({}),
    body: verifyInputSchema,
    response: accountSchema,
  },
  /** The signed-in account, or 401 `unauthorized`. Never cached. */
  getMe: {
    method: 'GET',
    path: '/api/me',
    params: z.object({}),
    query: z.object({}),
    response: accountSchema,
  },
  /** Ends the session (revoked in the database) and clears its cookie; takes no body. */
  signOut: {
    method: 'POST',
    path: '/api/auth/sign-out',
    params: z.object({}),
    query: z.object({}),
    response: signedOutSchema,
  },
  /** Changes the signed-in person's display name, bio, affiliation and language. */
  updateProfile: {
    method: 'PUT',
    path: '/api/me',
    params: z.object({}),
    query: z.object({}),
    body: profileInputSchema,
    response: accountSchema,
  },
  /** Everything stored about the signed-in person, as a JSON download. Never cached. */
  exportAccount: {
    method: 'GET',
    path: '/api/me/export',
    params: z.object({}),
    query: z.object({}),
    response: accountExportSchema,
  },
  /**
   * Deletes the account: its e-mail, name, bio, sessions and reports go; its
   * contributions stay, authored by "deleted account". Takes no body.
   */
  deleteAccount: {
    method: 'DELETE',
    path: '/api/me',
    params: z.object({}),
    query: z.object({}),
    response: accountDeletedSchema,
  },

  // ——— In Movement (contract/in-movement.ts). Reading needs no account. ———

  listDebateThemes: {
    method: 'GET',
    path: '/api/in-movement/themes',
    params: z.object({}),
    query: z.object({}),
    response: debateThemeListSchema,
  },
  /** Pinned first, then featured, then open before closed, newest first. Archived ones never. */
  listDebates: {
    method: 'GET',
    path: '/api/in-movement/debates',
    params: z.object({}),
    query: debateListQuerySchema,
    response: debateListSchema,
  },
  getDebate: {
    method: 'GET',
    path: '/api/in-movement/debates/:slug',
    params: z.object({ slug: slugSchema }),
    query: z.object({}),
    response: debateSchema,
  },
  /** Top-level contributions with their replies; `reportedByMe` needs the session, so never shared-cached. */
  listContributions: {
    method: 'GET',
    path: '/api/in-movement/debates/:slug/contributions',
    params: z.object({ slug: slugSchema }),
    query: contributionListQuerySchema,
    response: contributionListSchema,
  },
  /**
   * Signed in, not blocked, debate open: 201 with the contribution. The same
   * idempotency key from the same account answers the first contribution again (200).
   */
  createContribution: {
    method: 'POST',
    path: '/api/in-movement/debates/:slug/contributions',
    params: z.object({ slug: slugSchema }),
    query: z.object({}),
    body: contributionInputSchema,
    response: contributionCreatedSchema,
  },
  /** Once per person and contribution (409 after); never one's own (409). */
  reportContribution: {
    method: 'POST',
    path: '/api/in-movement/contributions/:id/reports',
    params: z.object({ id: recordIdSchema }),
    query: z.object({}),
    body: reportInputSchema,
    response: reportAcceptedSchema,
  },
  /** Curators and admins only: pin, feature, close with a conclusion, archive. */
  curateDebate: {
    method: 'POST',
    path: '/api/in-movement/debates/:slug/curation',
    params: z.object({ slug: slugSchema }),
    query: z.object({}),
    body: debateCurationInputSchema,
    response: debateSchema,
  },
  listCurated: {
    method: 'GET',
    path: '/api/in-movement/curated',
    params: z.object({}),
    query: curatedListQuerySchema,
    response: curatedListSchema,
  },
  /** Curators and admins only: 201 with the item, published in the platform's name. */
  createCurated: {
    method: 'POST',
    path: '/api/in-movement/curated',
    params: z.object({}),
    query: z.object({}),
    body: curatedInputSchema,
    response: curatedItemSchema,
  },
  curateCurated: {
    method: 'POST',
    path: '/api/in-movement/curated/:id/curation',
    params: z.object({ id: recordIdSchema }),
    query: z.object({}),
    body: curatedCurationInputSchema,
    response: curatedItemSchema,
  },
  /** Curators and admins only: hidden and reported contributions, most reported first. */
  getModerationQueue: {
    method: 'GET',
    path: '/api/in-movement/moderation/queue',
    params: z.object({}),
    query: pageQuerySchema,
    response: moderationQueueSchema,
  },
  /** Curators and admins only: restore, remove (public reason) or block the author (ends their sessions). */
  moderateContribution: {
    method: 'POST',
    path: '/api/in-movement/moderation/contributions/:id',
    params: z.object({ id: recordIdSchema }),
    query: z.object({}),
    body: moderationInputSchema,
    response: moderationLogEntrySchema,
  },
  /** The append-only public log, newest first. */
  getModerationLog: {
    method: 'GET',
    path: '/api/in-movement/moderation/log',
    params: z.object({}),
    query: pageQuerySchema,
    response: moderationLogSchema,
  },
} as const;

/**
 * Sign-in requests each address and each client may make per window, on top of the
 * general write limit: enough for a typo and a retry, not for mail-bombing someone.
 */
export const SIGN_IN_LIMITS = {
  perAddress: { limit: 5, windowSeconds: 3600 },
  perClient: { limit: 20, windowSeconds: 3600 },
} as const;

/**
 * Writes each signed-in account may make per window, on top of the per-client
 * WRITE_LIMIT: a person on a shared network is not starved by their neighbours, and
 * one account cannot flood a debate from many addresses.
 */
export const ACCOUNT_WRITE_LIMIT = { limit: 30, windowSeconds: 600 } as const;

export type Routes = typeof routes;
export type RouteName = keyof Routes;
export type RouteResponse<N extends RouteName> = z.infer<Routes[N]['response']>;
export type RouteParams<N extends RouteName> = z.input<Routes[N]['params']>;
export type RouteQuery<N extends RouteName> = z.input<Routes[N]['query']>;
/** Routes that take a JSON body, and that body's shape. */
export type BodyRouteName = {
  [N in RouteName]: Routes[N] extends { body: z.ZodMiniType } ? N : never;
}[RouteName];
export type RouteBody<N extends BodyRouteName> = z.input<Routes[N]['body']>;

/** Largest JSON body any route accepts (a 200-step path is ~12 KB). */
export const MAX_BODY_BYTES = 64 * 1024;

/**
 * Writes (every method but GET and HEAD) each client may make: `limit` per fixed
 * window of `windowSeconds`, shared by every server instance. Beyond it the API
 * answers 429 `rate_limited` with `Retry-After`, the seconds until the window ends.
 */
export const WRITE_LIMIT = { limit: 60, windowSeconds: 600 } as const;

/** The 429's message; the seconds to wait are in the `Retry-After` header. */
export const RATE_LIMITED_MESSAGE = 'Too many requests from this client: try again later.';

/** Fills `:name` segments of a route path, encoding each value. */
export function buildPath<N extends RouteName>(name: N, params: RouteParams<N>): string {
  return routes[name].path.replace(/:([a-z]+)/gi, (_, key: string) => {
    const value = (params as Record<string, string | undefined>)[key];
    if (value === undefined) throw new Error(`Missing path parameter "${key}" for ${name}`);
    return encodeURIComponent(value);
  });
}

/**
 * The methods each route path answers, GET implying HEAD: the Allow header of the
 * 405 both implementations answer when a known path is asked with another method.
 */
export const ALLOWED_METHODS: ReadonlyMap<string, readonly string[]> = (() => {
  const allowed = new Map<string, string[]>();
  for (const { path, method } of Object.values(routes)) {
    const methods = method === 'GET' ? [method, 'HEAD'] : [method];
    allowed.set(path, [...(allowed.get(path) ?? []), ...methods]);
  }
  return allowed;
})();

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
export function apiUrl<N extends RouteName>(
  name: N,
  params?: RouteParams<N>,
  query?: RouteQuery<N>,
): string {
  const path = buildPath(name, (params ?? {}) as RouteParams<N>);
  return path + queryString(query as Readonly<Record<string, unknown>> | undefined);
}

/** Mocked builds only: the designer's scenario travels with each request in this header. */
export const SCENARIO_HEADER = 'x-parcours-scenario';
