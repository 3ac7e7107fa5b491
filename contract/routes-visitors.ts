/**
 * The visitors' routes: stories, themes, people, search and shared paths, which the
 * first load's pages call (contract/routes.ts joins every table; decision 026).
 */
import { z } from 'zod/mini';

import { pathInputSchema, sharedPathSchema } from './path-schemas.ts';
import type { RouteTable } from './route-table.ts';
import {
  pathCreatedSchema,
  pathIdSchema,
  personSchema,
  searchQuerySchema,
  searchResultSchema,
  slugSchema,
  storyListQuerySchema,
  storyListSchema,
  storySchema,
  themeListSchema,
} from './schemas.ts';

export const visitorRoutes = {
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
} as const satisfies RouteTable;
