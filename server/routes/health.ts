/** Liveness and readiness for the load balancer or orchestrator. */
import type { Hono } from 'hono';

import type { Database } from '../db/adapter.ts';
import { apiError } from '../http/errors.ts';
import type { AppEnv } from '../http/request-log.ts';

const READY_TIMEOUT_MS = 2_000;

export function healthRoutes(app: Hono<AppEnv>, db: Database, isDraining: () => boolean): void {
  // Alive: the process answers. Never touches the database, so a slow database
  // does not get healthy instances restarted.
  app.get('/healthz', (c) => {
    c.header('Cache-Control', 'no-store');
    return c.json({ status: 'ok' });
  });

  // Ready: worth sending traffic to. Not while shutting down, nor without a database.
  app.get('/readyz', async (c) => {
    if (isDraining()) return apiError(c, 503, 'unavailable', 'Shutting down.');
    // Writes would fail (full disk, read-only data directory): reads still work, but
    // a load balancer should prefer an instance that can do both.
    const writeProblem = db.writeProblem?.();
    if (writeProblem) return apiError(c, 503, 'unavailable', `Not ready: ${writeProblem}`);
    let timer: NodeJS.Timeout | undefined;
    try {
      await Promise.race([
        db.query('SELECT 1'),
        new Promise((_, reject) => {
          timer = setTimeout(() => reject(new Error('timeout')), READY_TIMEOUT_MS);
        }),
      ]);
    } catch {
      return apiError(c, 503, 'unavailable', 'The database is unreachable.');
    } finally {
      clearTimeout(timer);
    }
    c.header('Cache-Control', 'no-store');
    return c.json({ status: 'ready' });
  });
}
