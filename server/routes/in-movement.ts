/**
 * In Movement's API (contract/routes.ts, docs/decisions/022): reads for anyone,
 * contributions and reports for signed-in people, curation and moderation for
 * curators and admins. Rules live in server/in-movement/; here only HTTP.
 */
import type { Hono } from 'hono';

import {
  ACCOUNT_BLOCKED,
  NOT_SIGNED_IN,
  notFound,
  ROLE_REQUIRED,
} from '../../contract/failures.ts';
import { type BodyRouteName, routes } from '../../contract/routes.ts';
import type { Role } from '../../contract/schemas.ts';
import { CURATORS, currentAccount } from '../auth/current.ts';
import type { Database } from '../db/adapter.ts';
import type { AppEnv } from '../http/request-log.ts';
import { createContribution, reportContribution } from '../in-movement/contributions.ts';
import { createCurated, curateCurated } from '../in-movement/curated.ts';
import { curateDebate, moderateContribution } from '../in-movement/moderation.ts';
import {
  getDebate,
  listContributions,
  listCurated,
  listDebates,
  listDebateThemes,
  moderationLog,
  moderationQueue,
} from '../in-movement/reads.ts';
import {
  NO_STORE,
  PRIVATE_FRESH,
  PUBLIC_FRESH,
  read,
  write,
  type WriteRun,
} from './in-movement-http.ts';

export interface InMovementDeps {
  db: Database;
  /** Distinct reporters that hide a contribution pending review (REPORT_THRESHOLD). */
  reportThreshold: number;
}

export function inMovementRoutes(app: Hono<AppEnv>, { db, reportThreshold }: InMovementDeps): void {
  app.get(
    routes.listDebateThemes.path,
    read('listDebateThemes', PUBLIC_FRESH, async () => ({
      ok: true,
      body: await listDebateThemes(db),
    })),
  );
  app.get(
    routes.listDebates.path,
    read('listDebates', PUBLIC_FRESH, async ({ query }) => ({
      ok: true,
      body: await listDebates(db, query),
    })),
  );
  app.get(
    routes.getDebate.path,
    read('getDebate', PUBLIC_FRESH, async ({ params }) => {
      const debate = await getDebate(db, params.slug);
      return debate ? { ok: true, body: debate } : notFound('debate', 'slug', params.slug);
    }),
  );
  app.get(
    routes.listContributions.path,
    read('listContributions', PRIVATE_FRESH, async ({ params, query }, c) => {
      const reader = await currentAccount(c, db);
      const list = await listContributions(db, params.slug, query, reader?.id);
      return list ? { ok: true, body: list } : notFound('debate', 'slug', params.slug);
    }),
  );
  app.get(
    routes.listCurated.path,
    read('listCurated', PUBLIC_FRESH, async ({ query }) => ({
      ok: true,
      body: await listCurated(db, query),
    })),
  );
  app.get(
    routes.getModerationLog.path,
    read('getModerationLog', PUBLIC_FRESH, async ({ query }) => ({
      ok: true,
      body: await moderationLog(db, query),
    })),
  );
  // A read, so it spends no write allowance; otherwise the same checks as a curator's write.
  app.get(
    routes.getModerationQueue.path,
    read('getModerationQueue', NO_STORE, async ({ query }, c) => {
      const reader = await currentAccount(c, db);
      if (!reader) return NOT_SIGNED_IN;
      if (reader.blocked) return ACCOUNT_BLOCKED;
      if (!CURATORS.includes(reader.role)) return ROLE_REQUIRED;
      return { ok: true, body: await moderationQueue(db, query, reader.id) };
    }),
  );

  // Every write is a POST through the same checks (in-movement-http.ts write), only
  // the roles that may make it and its own work differ.
  const post = <N extends BodyRouteName>(
    name: N,
    roles: readonly Role[] | undefined,
    run: WriteRun<N>,
  ) => app.post(routes[name].path, write(name, db, roles, run));

  post('createContribution', undefined, ({ params, body }, account) =>
    createContribution(db, account, params.slug, body),
  );
  post('reportContribution', undefined, ({ params, body }, account) =>
    reportContribution(db, account, params.id, body, reportThreshold),
  );
  post('moderateContribution', CURATORS, ({ params, body }, account) =>
    moderateContribution(db, account, params.id, body),
  );
  post('curateDebate', CURATORS, ({ params, body }, account) =>
    curateDebate(db, account, params.slug, body),
  );
  post('createCurated', CURATORS, ({ body }, account) => createCurated(db, account, body));
  post('curateCurated', CURATORS, ({ params, body }, account) =>
    curateCurated(db, account, params.id, body),
  );
}
