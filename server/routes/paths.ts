import type { Hono } from 'hono';

import { notFound } from '../../contract/failures.ts';
import { checkSteps } from '../../contract/path-steps.ts';
import { buildPath, routes } from '../../contract/routes.ts';
import type { AppEnv } from '../http/request-log.ts';
import { findStepTargets, getPath, insertPath } from '../queries/paths.ts';
import { create, DETAIL_CACHE, endpoint, type RouteDeps } from './endpoint.ts';

export function pathRoutes(app: Hono<AppEnv>, deps: RouteDeps): void {
  app.post(
    routes.createPath.path,
    create('createPath', async ({ body }) => {
      const checked = checkSteps(body.steps, await findStepTargets(deps.db, body.steps));
      if (!checked.ok) return { ...checked, status: 400, code: 'bad_request' };
      // A path is not content: storing one leaves the content version (and every cache) alone.
      const id = await insertPath(deps.db, checked.steps);
      return { ok: true, body: { id }, location: buildPath('getPath', { id }) };
    }),
  );
  // A path never changes, but it is drawn with current content: cached per content version.
  app.get(
    routes.getPath.path,
    endpoint('getPath', deps, DETAIL_CACHE, async ({ params }) => {
      const path = await getPath(deps.db, params.id);
      return path ? { ok: true, body: path } : notFound('path', 'id', params.id);
    }),
  );
}
