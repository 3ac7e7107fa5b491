import type { Hono } from 'hono';

import { notFound } from '../../contract/failures.ts';
import { routes } from '../../contract/routes.ts';
import type { AppEnv } from '../http/request-log.ts';
import { getPerson } from '../queries/people.ts';
import { DETAIL_CACHE, endpoint, type RouteDeps } from './endpoint.ts';

export function peopleRoutes(app: Hono<AppEnv>, deps: RouteDeps): void {
  app.get(
    routes.getPerson.path,
    endpoint('getPerson', deps, DETAIL_CACHE, async ({ params }) => {
      const person = await getPerson(deps.db, params.slug);
      return person ? { ok: true, body: person } : notFound('person', 'slug', params.slug);
    }),
  );
}
