/**
 * The studio's routes (contract/studio.ts; decision 032): editors' and admins' only
 * (401 signed out, 403 any other role). Never cached. Loaded with the studio's pages,
 * never the visitors' first load (contract/routes.ts joins every table; decision 026).
 */
import { z } from 'zod/mini';

import type { RouteTable } from './route-table.ts';
import { slugSchema } from './schemas.ts';
import {
  revisionListSchema,
  studioCreateSchema,
  studioListQuerySchema,
  studioPeopleSchema,
  studioSaveSchema,
  studioScheduleSchema,
  studioStoryListSchema,
  studioStorySchema,
  studioVersionSchema,
} from './studio.ts';

const bySlug = z.object({ slug: slugSchema });

export const studioRoutes = {
  /** Every story in every state, most recently changed first; searched and filtered. */
  listStudioStories: {
    method: 'GET',
    path: '/api/studio/stories',
    params: z.object({}),
    query: studioListQuerySchema,
    response: studioStoryListSchema,
  },
  /** Creates a draft (201, `Location`); 409 when the slug is taken. */
  createStudioStory: {
    method: 'POST',
    path: '/api/studio/stories',
    params: z.object({}),
    query: z.object({}),
    body: studioCreateSchema,
    response: studioStorySchema,
  },
  /** One story: its draft and what visitors see. */
  getStudioStory: {
    method: 'GET',
    path: '/api/studio/stories/:slug',
    params: bySlug,
    query: z.object({}),
    response: studioStorySchema,
  },
  /** Saves the draft; 409 `conflict` naming what changed when someone saved since `version`. */
  saveStudioStory: {
    method: 'PUT',
    path: '/api/studio/stories/:slug',
    params: bySlug,
    query: z.object({}),
    body: studioSaveSchema,
    response: studioStorySchema,
  },
  /** Makes the draft what visitors see, now. */
  publishStudioStory: {
    method: 'POST',
    path: '/api/studio/stories/:slug/publish',
    params: bySlug,
    query: z.object({}),
    body: studioVersionSchema,
    response: studioStorySchema,
  },
  /** The draft goes public at `at`, on its own. */
  scheduleStudioStory: {
    method: 'POST',
    path: '/api/studio/stories/:slug/schedule',
    params: bySlug,
    query: z.object({}),
    body: studioScheduleSchema,
    response: studioStorySchema,
  },
  /** Takes a published story away from visitors (or cancels a schedule); the draft stays. */
  unpublishStudioStory: {
    method: 'POST',
    path: '/api/studio/stories/:slug/unpublish',
    params: bySlug,
    query: z.object({}),
    body: studioVersionSchema,
    response: studioStorySchema,
  },
  /** Who changed what, newest first. */
  listStudioRevisions: {
    method: 'GET',
    path: '/api/studio/stories/:slug/revisions',
    params: bySlug,
    query: z.object({}),
    response: revisionListSchema,
  },
  /** Everyone a story may name, for the people field. */
  listStudioPeople: {
    method: 'GET',
    path: '/api/studio/people',
    params: z.object({}),
    query: z.object({}),
    response: studioPeopleSchema,
  },
  /** Makes a revision's content the draft again (itself a new revision); publishes nothing. */
  restoreStudioRevision: {
    method: 'POST',
    path: '/api/studio/stories/:slug/revisions/:revision/restore',
    params: z.object({
      slug: slugSchema,
      revision: z.coerce.number().check(z.int(), z.positive(), z.maximum(1_000_000_000)),
    }),
    query: z.object({}),
    body: studioVersionSchema,
    response: studioStorySchema,
  },
} as const satisfies RouteTable;
