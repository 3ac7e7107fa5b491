/**
 * In Movement's routes (contract/in-movement.ts; decision 022). Reading needs no
 * account. Loaded with In Movement's pages, never the first load's
 * (contract/routes.ts joins every table; decision 026).
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
import type { RouteTable } from './route-table.ts';
import { slugSchema } from './schemas.ts';

/** A contribution's or curated item's id: the database's integer, as text. */
export const recordIdSchema = z.string().check(z.regex(/^[1-9][0-9]{0,17}$/, 'a record id'));

export const inMovementRoutes = {
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
} as const satisfies RouteTable;
