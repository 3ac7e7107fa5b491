/**
 * The mocked production server: the built SPA plus the very MSW handlers the
 * browser and the tests use, answered over real HTTP. Designers and browser tests
 * get the production bundle without a database.
 *
 *   PORT=3000 MOCK_LATENCY_MS=120 tsx mocks/http-server.ts
 */
import { existsSync, readFileSync } from 'node:fs';
import type { IncomingMessage } from 'node:http';
import { resolve } from 'node:path';

import { serve } from '@hono/node-server';
import { serveStatic } from '@hono/node-server/serve-static';
import { Hono } from 'hono';
import { getResponse } from 'msw';

import { MEDIA_URL_PREFIX } from '../contract/routes-media.ts';
import { errorBody } from '../contract/schemas.ts';
import { handlers } from './handlers/index.ts';
import { setMockLatency } from './handlers/respond.ts';

export function createMockApp(distDir: string) {
  const indexHtml = readFileSync(resolve(distDir, 'index.html'), 'utf8');
  const app = new Hono();

  app.all('/api/*', async (c) => {
    const response = await getResponse(handlers, c.req.raw);
    if (response?.type === 'error') {
      // A flow's "network error" rule (decision 031): the connection drops, as a lost
      // network's would, so the browser's fetch fails rather than reading a status.
      // It drops after a few bytes that are no HTTP answer: a connection closed before
      // any byte is one a browser silently sends the request on again (Chromium does, a
      // POST too), so a rule that fails once was spent on that first try and the retry
      // was answered. Not HTTP, the bytes fail the fetch as a dropped connection does.
      const socket = (c.env as { incoming?: IncomingMessage } | undefined)?.incoming?.socket;
      socket?.end('LOST\r\n\r\n');
      socket?.destroy();
      return c.body(null, 502);
    }
    return response ?? c.json(errorBody('not_found', `No API route ${c.req.path}`), 404);
  });

  // Images uploaded on mocked content (handlers/media.ts), served from the handlers' memory.
  app.get(
    `${MEDIA_URL_PREFIX}*`,
    async (c) => (await getResponse(handlers, c.req.raw)) ?? c.notFound(),
  );

  // Hashed build assets never change: cache them for a year.
  app.use('/assets/*', async (c, next) => {
    await next();
    if (c.res.status === 200) c.header('Cache-Control', 'public, max-age=31536000, immutable');
  });
  app.use('*', serveStatic({ root: distDir }));

  // Client routes fall back to the SPA shell, which must always be revalidated.
  app.get('*', (c) => {
    c.header('Cache-Control', 'no-cache');
    return c.html(indexHtml);
  });
  return app;
}

const isMain = process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename);
if (isMain) {
  const distDir = resolve(process.env.DIST_DIR ?? 'dist');
  if (!existsSync(resolve(distDir, 'index.html'))) {
    console.error(`No build in ${distDir}: run "npm run build:mock" first.`);
    process.exit(1);
  }
  const latency = Number(process.env.MOCK_LATENCY_MS ?? 150);
  setMockLatency(Math.max(0, latency * 0.5), Math.max(0, latency * 1.5));
  const port = Number(process.env.PORT ?? 3000);
  const server = serve(
    { fetch: createMockApp(distDir).fetch, port, hostname: process.env.HOST },
    (info) => {
      console.log(`Parcours (mocked API) on http://localhost:${info.port}`);
    },
  );
  const stop = () => server.close(() => process.exit(0));
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
}
