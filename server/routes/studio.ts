/**
 * The studio's API (decision 032): editors and admins only. Reads are never stored
 * anywhere (drafts); writes pass the Origin check and per-client limit every /api
 * write has (app.ts), then the writer's checks (requireWriter: 401, 403, 429 per
 * account) before their input is read.
 */
import type { Context, Hono } from 'hono';

import { NOT_SIGNED_IN, notFound, ROLE_REQUIRED } from '../../contract/failures.ts';
import { routes } from '../../contract/routes.ts';
import type { Role } from '../../contract/schemas.ts';
import { STUDIO_REVISIONS_MAX } from '../../contract/studio.ts';
import { currentAccount } from '../auth/current.ts';
import type { Database } from '../db/adapter.ts';
import type { AppEnv } from '../http/request-log.ts';
import type { WriteOutcome } from '../in-movement/outcome.ts';
import {
  findStory,
  listPeople,
  listRevisions,
  listStories,
  toStudioStory,
} from '../studio/reads.ts';
import {
  createStory,
  publishStory,
  restoreRevision,
  saveStory,
  scheduleStory,
  type StudioOutcome,
  unpublishStory,
} from '../studio/writes.ts';
import { NO_STORE, read, write } from './in-movement-http.ts';

/** Who may use the studio. */
export const EDITORS: readonly Role[] = ['editor', 'admin'];

export interface StudioDeps {
  db: Database;
  /** Now, as the studio sees it: scheduling and publication dates (tests move it). */
  clock: () => Date;
}

/** A read's check: signed in (401) with an editor's role (403); spends no write allowance. */
async function editor(c: Context, db: Database) {
  const account = await currentAccount(c, db);
  if (!account) return NOT_SIGNED_IN;
  if (!EDITORS.includes(account.role)) return ROLE_REQUIRED;
  return { ok: true as const, account };
}

function answered(outcome: StudioOutcome, status: 200 | 201 = 200): WriteOutcome {
  if (!outcome.ok) return outcome;
  const location =
    status === 201 ? `/api/studio/stories/${encodeURIComponent(outcome.story.slug)}` : undefined;
  return { ok: true, status, body: outcome.story, ...(location ? { location } : {}) };
}

export function studioRoutes(app: Hono<AppEnv>, { db, clock }: StudioDeps): void {
  app.get(
    routes.listStudioStories.path,
    read('listStudioStories', NO_STORE, async ({ query }, c) => {
      const who = await editor(c, db);
      if (!who.ok) return who;
      return { ok: true, body: await listStories(db, query) };
    }),
  );
  app.post(
    routes.createStudioStory.path,
    write('createStudioStory', db, EDITORS, async ({ body }, account) =>
      answered(await createStory(db, body, account, clock()), 201),
    ),
  );
  app.get(
    routes.getStudioStory.path,
    read('getStudioStory', NO_STORE, async ({ params }, c) => {
      const who = await editor(c, db);
      if (!who.ok) return who;
      const row = await findStory(db, params.slug);
      return row ? { ok: true, body: toStudioStory(row) } : notFound('story', 'slug', params.slug);
    }),
  );
  app.put(
    routes.saveStudioStory.path,
    write('saveStudioStory', db, EDITORS, async ({ params, body }, account) =>
      answered(await saveStory(db, params.slug, body, account, clock())),
    ),
  );
  app.post(
    routes.publishStudioStory.path,
    write('publishStudioStory', db, EDITORS, async ({ params, body }, account) =>
      answered(await publishStory(db, params.slug, body.version, account, clock())),
    ),
  );
  app.post(
    routes.scheduleStudioStory.path,
    write('scheduleStudioStory', db, EDITORS, async ({ params, body }, account) =>
      answered(await scheduleStory(db, params.slug, body, account, clock())),
    ),
  );
  app.post(
    routes.unpublishStudioStory.path,
    write('unpublishStudioStory', db, EDITORS, async ({ params, body }, account) =>
      answered(await unpublishStory(db, params.slug, body.version, account, clock())),
    ),
  );
  app.get(
    routes.listStudioRevisions.path,
    read('listStudioRevisions', NO_STORE, async ({ params }, c) => {
      const who = await editor(c, db);
      if (!who.ok) return who;
      const row = await findStory(db, params.slug);
      if (!row) return notFound('story', 'slug', params.slug);
      return { ok: true, body: { items: await listRevisions(db, row.id, STUDIO_REVISIONS_MAX) } };
    }),
  );
  app.get(
    routes.listStudioPeople.path,
    read('listStudioPeople', NO_STORE, async (_input, c) => {
      const who = await editor(c, db);
      if (!who.ok) return who;
      return { ok: true, body: await listPeople(db) };
    }),
  );
  app.post(
    routes.restoreStudioRevision.path,
    write('restoreStudioRevision', db, EDITORS, async ({ params, body }, account) =>
      answered(
        await restoreRevision(db, params.slug, params.revision, body.version, account, clock()),
      ),
    ),
  );
}
