import type { Hono } from 'hono';

import { routes } from '../../contract/routes.ts';
import type { AppEnv } from '../http/request-log.ts';
import { listThemes } from '../queries/themes.ts';
import { endpoint, LIST_CACHE, type RouteDeps } from './endpoint.ts';

export function themeRoutes(app: Hono<AppEnv>, deps: RouteDeps): void {
  app.get(
    routes.listThemes.path,
    endpoint('listThemes', deps, LIST_CACHE, async () => ({
      ok: true,
      body: await listThemes(deps.db),
    })),
  );
}
