import type { Hono } from 'hono';

import { notFound } from '../../contract/failures.ts';
import { checkSteps } from '../../contract/path-steps.ts';
import { buildPath, routes } from '../../contract/routes.ts';
import type { AppEnv } from '../http/request-log.ts';
import { findStepTargets, getPath, insertPath, pathHasDebates } from '../queries/paths.ts';
import { create, DETAIL_CACHE, endpoint, type RouteDeps } from './endpoint.ts';
import { PUBLIC_FRESH, read } from './in-movement-http.ts';

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
  const load = async ({ params }: { params: { id: string } }) => {
    const path = await getPath(deps.db, params.id);
    return path ? { ok: true as const, body: path } : notFound('path', 'id', params.id);
  };
  // A path never changes, but it is drawn with current content: cached per content
  // version, unless it names a debate, whose counts and archiving move no version.
  const cached = endpoint('getPath', deps, DETAIL_CACHE, load);
  const fresh = read('getPath', PUBLIC_FRESH, load);
  app.get(routes.getPath.path, async (c) =>
    (await pathHasDebates(deps.db, c.req.param('id'))) ? fresh(c) : cached(c),
  );
}
