import type { Hono } from 'hono';
import type { AppEnv } from '../http/request-log.ts';
import { routes } from '../../contract/routes.ts';
import { search } from '../queries/search.ts';
import { endpoint, LIST_CACHE, type RouteDeps } from './endpoint.ts';

export function searchRoutes(app: Hono<AppEnv>, deps: RouteDeps): void {
  app.get(
    routes.search.path,
    endpoint('search', deps, LIST_CACHE, async ({ query }) => ({
      ok: true,
      body: await search(deps.db, query),
    })),
  );
}
