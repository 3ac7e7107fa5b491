// @vitest-environment node
/**
 * The demo platform seeds from mocks/fixtures/in-movement.ts and every read answers it
 * as the contract says: a fixture the contract refuses fails here, not in a browser.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { REPORT_THRESHOLD_DEFAULT } from '#contract/in-movement.ts';
import { routes } from '#contract/routes.ts';
import * as fixtures from '#mocks/fixtures/in-movement.ts';

import { createApp } from '../app.ts';
import { migrate } from '../db/migrate.ts';
import { silentLog } from '../http/request-log.ts';
import { memoryDatabase, type TestDatabase } from '../testing/databases.ts';
import { demoInMovement, seedInMovementIfEmpty } from './seed.ts';

describe('the In Movement demo seed', () => {
  let test: TestDatabase;
  let app: ReturnType<typeof createApp>;
  beforeAll(async () => {
    test = await memoryDatabase();
    await migrate(test.db);
    expect(await seedInMovementIfEmpty(test.db, demoInMovement, REPORT_THRESHOLD_DEFAULT)).toBe(
      true,
    );
    app = createApp({ db: test.db, log: silentLog });
  }, 120_000);
  afterAll(() => test?.dispose());

  it('seeds every fixture once', async () => {
    expect(await seedInMovementIfEmpty(test.db, demoInMovement, REPORT_THRESHOLD_DEFAULT)).toBe(
      false,
    );
    const [counts] = await test.db.query<Record<string, number>>(
      `SELECT (SELECT count(*)::int FROM im_themes) AS themes,
              (SELECT count(*)::int FROM debates) AS debates,
              (SELECT count(*)::int FROM contributions WHERE parent_id IS NULL) AS contributions,
              (SELECT count(*)::int FROM contributions WHERE parent_id IS NOT NULL) AS replies,
              (SELECT count(*)::int FROM curated_items) AS curated,
              (SELECT count(*)::int FROM accounts) AS accounts`,
    );
    expect(counts).toEqual({
      themes: fixtures.debateThemes.length,
      debates: fixtures.debates.length,
      contributions: fixtures.contributions.length,
      replies: fixtures.contributions.reduce((n, c) => n + c.replies.length, 0),
      curated: fixtures.curatedItems.length,
      accounts: fixtures.demoAccounts.length,
    });
    const hidden = fixtures.contributions.filter(
      (c) => new Set(c.reports?.map((r) => r.reporter)).size >= REPORT_THRESHOLD_DEFAULT,
    );
    const [log] = await test.db.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM moderation_log WHERE action = 'auto-hide'`,
    );
    expect(log?.n).toBe(hidden.length);
  });

  it('answers every debate, its contributions and the curated items as the contract says', async () => {
    const list = routes.listDebates.response.parse(
      await (await app.request('/api/in-movement/debates?limit=100')).json(),
    );
    expect(list.items).toHaveLength(fixtures.debates.length);
    for (const { slug } of fixtures.debates) {
      const debate = await app.request(`/api/in-movement/debates/${slug}`);
      expect(debate.status).toBe(200);
      routes.getDebate.response.parse(await debate.json());
      const contributions = await app.request(
        `/api/in-movement/debates/${slug}/contributions?limit=50`,
      );
      routes.listContributions.response.parse(await contributions.json());
    }
    const curated = await app.request('/api/in-movement/curated?limit=100');
    expect(routes.listCurated.response.parse(await curated.json()).items).toHaveLength(
      fixtures.curatedItems.length,
    );
  });
});
