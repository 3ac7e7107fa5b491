import type { Hono } from 'hono';

import { routes } from '../../contract/routes.ts';
import type { AppEnv } from '../http/request-log.ts';
import {
  defaultSearchLimits,
  limitedSearch,
  SEARCH_RETRY_AFTER_SECONDS,
  type SearchLimits,
} from '../queries/search-limits.ts';
import { endpoint, LIST_CACHE, type RouteDeps } from './endpoint.ts';

const REFUSALS = {
  busy: 'Search is busy: try again in a moment.',
  timeout: 'This search took too long: try fewer or longer words.',
};

export function searchRoutes(
  app: Hono<AppEnv>,
  deps: RouteDeps,
  limits: Partial<SearchLimits> = {},
): void {
  // Cached answers never reach the limits: only searches the database must run.
  const search = limitedSearch(deps.db, { ...defaultSearchLimits(deps.db.kind), ...limits });
  app.get(
    routes.search.path,
    endpoint('search', deps, LIST_CACHE, async ({ query }) => {
      const outcome = await search(query);
      if (outcome.ok) return { ok: true, body: outcome.result };
      return {
        ok: false,
        status: 503,
        code: 'unavailable',
        message: REFUSALS[outcome.reason],
        retryAfter: SEARCH_RETRY_AFTER_SECONDS,
      };
    }),
  );
}
