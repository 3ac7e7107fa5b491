/**
 * The Parcours HTTP application: the JSON API under /api and, given a build, the
 * SPA. A factory over standard Request/Response, so tests drive it with
 * `app.request()` exactly as they drive the MSW handlers, without a port.
 */
import { join } from 'node:path';

import { Hono } from 'hono';

import type { ServerRenderer } from '../contract/boot.ts';
import { methodNotAllowed, noApiRoute } from '../contract/failures.ts';
import { ALLOWED_METHODS, API_PREFIX, MAX_BODY_BYTES } from '../contract/routes.ts';
import type { Database } from './db/adapter.ts';
import { classifyDatabaseError } from './db/errors.ts';
import { bodyGuard } from './http/body-guard.ts';
import { ResponseCache } from './http/cached-json.ts';
import { compress } from './http/compression.ts';
import { closeWhenNeeded } from './http/connection.ts';
import { summarisingErrorLog } from './http/error-log.ts';
import { answerFailure, apiError } from './http/errors.ts';
import { writeLimit } from './http/limits.ts';
import { type AppEnv, jsonLog, type Log, requestLog } from './http/request-log.ts';
import { sameOriginWrites } from './http/same-origin.ts';
import { securityHeaders } from './http/security-headers.ts';
import { staticSite } from './http/static-files.ts';
import { parseReportThreshold } from './in-movement/config.ts';
import { type Mailer, mailerFromEnv } from './mail/mailer.ts';
import { filmToolsFromEnv } from './media/film-tools.ts';
import type { FilmOptions } from './media/film-upload.ts';
import { databaseMediaStore, type MediaStore } from './media/store.ts';
import { coalesce } from './queries/coalesce.ts';
import type { SearchLimits } from './queries/search-limits.ts';
import { accountRoutes } from './routes/account.ts';
import { authRoutes } from './routes/auth.ts';
import { healthRoutes } from './routes/health.ts';
import { inMovementRoutes } from './routes/in-movement.ts';
import { mediaRoutes, UPLOAD_PATHS } from './routes/media.ts';
import { outboxRoutes } from './routes/outbox.ts';
import { preparePage } from './routes/page-boot.ts';
import { loadRenderer } from './routes/page-renderer.ts';
import { pathRoutes } from './routes/paths.ts';
import { peopleRoutes } from './routes/people.ts';
import { searchRoutes } from './routes/search.ts';
import { storyRoutes } from './routes/stories.ts';
import { studioRoutes } from './routes/studio.ts';
import { themeRoutes } from './routes/themes.ts';
import { dueAwareContentVersion } from './studio/schedule.ts';

export interface AppOptions {
  db: Database;
  /** A Vite build to serve (index.html, assets/…); without it, only the API answers. */
  distDir?: string | undefined;
  log?: Log;
  /** True once shutdown began: /readyz then turns the load balancer away. */
  isDraining?: () => boolean;
  cache?: ResponseCache;
  /** Proxies in front of the server whose X-Forwarded-For to believe (http/client-address.ts). */
  trustProxy?: number | undefined;
  /** Overrides of the search limits (server/queries/search-limits.ts), for tests. */
  searchLimits?: Partial<SearchLimits>;
  /** Where sign-in mail goes; by default SMTP_URL's server, or the `outbox` table without one. */
  mailer?: Mailer;
  /** The site's public address, for links in mail (PUBLIC_URL); the request's origin without one. */
  publicUrl?: string | undefined;
  /** Distinct reporters that hide a contribution pending review (REPORT_THRESHOLD, 3). */
  reportThreshold?: number;
  /** Now, for the studio's schedules and publication dates; tests pass one they can move. */
  clock?: () => Date;
  /**
   * What renders pages' first screens (decision 029): by default the SSR build beside
   * `distDir` when there is one matching it; null for none (the browser draws them).
   */
  renderer?: Promise<ServerRenderer | null> | null;
  /** Where uploads live (server/media/store.ts): by default this database. */
  media?: MediaStore;
  /**
   * Film uploads (decision 037): where the parts of uploads in progress live
   * (`<DATA_DIR>/film-uploads`) and the ffmpeg binaries (FFMPEG_PATH, FFPROBE_PATH).
   */
  films?: FilmOptions;
}

const ALLOW = 'GET, HEAD';

export function createApp({
  db,
  distDir,
  log = jsonLog,
  isDraining = () => false,
  cache,
  trustProxy = 0,
  searchLimits,
  mailer = mailerFromEnv(db),
  publicUrl = process.env.PUBLIC_URL || undefined,
  reportThreshold = parseReportThreshold(process.env.REPORT_THRESHOLD),
  clock = () => new Date(),
  renderer,
  media = databaseMediaStore(db),
  films = {
    dir: join(process.env.DATA_DIR || './data', 'film-uploads'),
    tools: filmToolsFromEnv(),
  },
}: AppOptions) {
  const app = new Hono<AppEnv>();
  const errors = summarisingErrorLog(log);

  app.use(requestLog(log));
  app.use((_c, next) => {
    errors.sweep();
    return next();
  });
  app.use(closeWhenNeeded(isDraining));
  app.use(securityHeaders());
  app.use(compress());

  healthRoutes(app, db, isDraining);

  // Every write attempt counts, before anything reads its body.
  app.use(
    `${API_PREFIX}/*`,
    writeLimit(db, trustProxy),
    sameOriginWrites(),
    ...bodyGuard(MAX_BODY_BYTES, UPLOAD_PATHS),
  );
  const deps = {
    db,
    cache: cache ?? new ResponseCache(),
    // Publishes the scheduled stories that are due before answering (studio/schedule.ts).
    contentVersion: coalesce(dueAwareContentVersion(db, clock)),
  };
  storyRoutes(app, deps);
  themeRoutes(app, deps);
  peopleRoutes(app, deps);
  searchRoutes(app, deps, searchLimits);
  pathRoutes(app, deps);
  authRoutes(app, { db, mailer, trustProxy, publicUrl });
  accountRoutes(app, { db });
  inMovementRoutes(app, { db, reportThreshold });
  studioRoutes(app, { db, clock });
  mediaRoutes(app, { db, store: media, films });
  // The outbox holds working sign-in links: never shown in production, even if
  // SMTP_URL was forgotten there.
  if (mailer.kind === 'outbox' && process.env.NODE_ENV !== 'production') outboxRoutes(app, db);

  // Known paths with another method answer 405; anything else under /api answers 404.
  for (const [path, methods] of ALLOWED_METHODS) {
    app.all(path, (c) => {
      c.header('Allow', methods.join(', '));
      return answerFailure(c, methodNotAllowed(path));
    });
  }
  app.all(`${API_PREFIX}/*`, (c) => answerFailure(c, noApiRoute(c.req.path)));

  if (distDir) {
    // The API's own answers, for the pages that carry their first requests' data.
    const fetchApi = async (url: string): Promise<unknown> => {
      const response = await app.request(url, { headers: { accept: 'application/json' } });
      return response.status === 200 ? await response.json() : undefined;
    };
    const pageError = (msg: string) => (error: unknown) =>
      errors.error(error, {
        level: 'error',
        msg,
        error: error instanceof Error ? (error.stack ?? error.message) : String(error),
      });
    const rendering =
      renderer === undefined
        ? loadRenderer(distDir, pageError('page renderer not loaded'))
        : renderer;
    const site = staticSite(distDir, {
      pageHead: {
        prepare: async (url, headers) =>
          preparePage(url, headers, {
            fetchApi,
            contentVersion: deps.contentVersion,
            renderer: await rendering,
            onRenderError: pageError('first screen not rendered; serving the page without it'),
          }),
        vary: 'Cookie, Accept-Language',
      },
      onError: pageError('page boot data failed; serving the plain shell'),
    });
    app.get('*', site.files, site.fallback);
  }
  app.all('*', (c) => {
    if (c.req.method === 'GET' || c.req.method === 'HEAD')
      return apiError(c, 404, 'not_found', `Nothing at ${c.req.path}`);
    c.header('Allow', ALLOW);
    return answerFailure(c, methodNotAllowed(c.req.path));
  });

  // Internals stay in the log (once per kind of error and minute, with a count of the
  // repeats); the client gets a sentence it can act on and the request id to quote.
  app.onError((error, c) => {
    const requestId = c.get('requestId');
    const failure = classifyDatabaseError(error);
    if (failure?.kind === 'input') return apiError(c, 400, 'bad_request', failure.message);
    errors.error(error, {
      level: 'error',
      msg: failure ? `database ${failure.kind}` : 'unhandled error',
      requestId,
      path: c.req.path,
      error: error.stack ?? String(error),
    });
    if (failure) {
      c.header('Retry-After', String(failure.retryAfterSeconds));
      return apiError(c, 503, 'unavailable', `${failure.message} (request ${requestId})`);
    }
    return apiError(c, 500, 'internal', `Something went wrong on our side (request ${requestId}).`);
  });
  return app;
}

export type App = ReturnType<typeof createApp>;
