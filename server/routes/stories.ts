import type { Hono } from 'hono';

import { InvalidCursorError } from '../../contract/cursor.ts';
import { INVALID_CURSOR, notFound } from '../../contract/failures.ts';
import { routes } from '../../contract/routes.ts';
import type { AppEnv } from '../http/request-log.ts';
import { getStory, listStories } from '../queries/stories.ts';
import { DETAIL_CACHE, endpoint, LIST_CACHE, type RouteDeps } from './endpoint.ts';

export function storyRoutes(app: Hono<AppEnv>, deps: RouteDeps): void {
  app.get(
    routes.listStories.path,
    endpoint('listStories', deps, LIST_CACHE, async ({ query }) => {
      try {
        return { ok: true, body: await listStories(deps.db, query) };
      } catch (error) {
        if (!(error instanceof InvalidCursorError)) throw error;
        return INVALID_CURSOR;
      }
    }),
  );
  app.get(
    routes.getStory.path,
    endpoint('getStory', deps, DETAIL_CACHE, async ({ params }) => {
      const story = await getStory(deps.db, params.slug);
      return story ? { ok: true, body: story } : notFound('story', 'slug', params.slug);
    }),
  );
}
