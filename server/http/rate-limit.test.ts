// @vitest-environment node
/**
 * Rate limits are counted in the database: exact under concurrency, shared by every
 * instance on it, reset when their window ends, and pruned afterwards.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { WRITE_LIMIT } from '#contract/routes.ts';
import { apiErrorSchema } from '#contract/schemas.ts';

import { createApp } from '../app.ts';
import { migrate } from '../db/migrate.ts';
import { databaseKinds, type TestDatabase } from '../testing/databases.ts';
import { hit, pruneRateLimits } from './rate-limit.ts';
import { silentLog } from './request-log.ts';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe.each(databaseKinds)('rate limits on $name', ({ open, skip }) => {
  describe.skipIf(Boolean(skip))(skip ? `skipped: ${skip}` : 'counted in the database', () => {
    let test: TestDatabase;
    beforeAll(async () => {
      test = await open();
      await migrate(test.db);
    }, 120_000);
    afterAll(() => test?.dispose());

    const from = (remoteAddress: string) => ({ incoming: { socket: { remoteAddress } } });
    const post = (app: ReturnType<typeof createApp>, address: string) =>
      app.request(
        '/api/paths',
        { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{}' },
        from(address),
      );

    it('lets a client make its writes, then refuses the rest with 429 and Retry-After', async () => {
      const app = createApp({ db: test.db, log: silentLog });
      for (let i = 0; i < WRITE_LIMIT.limit; i++) {
        expect((await post(app, '192.0.2.1')).status).toBe(400);
      }
      const refused = await post(app, '192.0.2.1');
      expect(refused.status).toBe(429);
      expect(Number(refused.headers.get('Retry-After'))).toBeGreaterThanOrEqual(1);
      expect(Number(refused.headers.get('Retry-After'))).toBeLessThanOrEqual(
        WRITE_LIMIT.windowSeconds,
      );
      expect(refused.headers.get('Cache-Control')).toBe('no-store');
      expect(apiErrorSchema.parse(await refused.json()).error.code).toBe('rate_limited');
      // Any write, whatever its route or method; reads stay free.
      expect(
        (await app.request('/api/stories', { method: 'DELETE' }, from('192.0.2.1'))).status,
      ).toBe(429);
      expect((await app.request('/api/themes', {}, from('192.0.2.1'))).status).toBe(200);
      expect((await post(app, '192.0.2.2')).status).toBe(400);
    });

    it('shares each client’s allowance between the instances on one database', async () => {
      const first = createApp({ db: test.db, log: silentLog });
      const second = createApp({ db: test.db, log: silentLog });
      for (let i = 0; i < WRITE_LIMIT.limit; i++) {
        expect((await post(i % 2 ? first : second, '192.0.2.3')).status).toBe(400);
      }
      // Neither instance refused this client before: the count is the database's.
      expect((await post(first, '192.0.2.3')).status).toBe(429);
      expect((await post(second, '192.0.2.3')).status).toBe(429);
    });

    it('counts exactly under concurrency', async () => {
      const rule = { bucket: 'test-concurrency', limit: 10, windowSeconds: 600 };
      const hits = await Promise.all(
        Array.from({ length: 40 }, () => hit(test.db, rule, 'client')),
      );
      expect(hits.filter((h) => h.allowed)).toHaveLength(10);
      expect(hits.map((h) => h.hits).sort((a, b) => a - b)).toEqual(
        Array.from({ length: 40 }, (_, i) => i + 1),
      );
    });

    it('gives a fresh allowance when the window ends, and prunes ended windows', async () => {
      const rule = { bucket: 'test-window', limit: 2, windowSeconds: 1 };
      // Start just after a window begins, so the three hits share it.
      await sleep(1000 - (Date.now() % 1000) + 20);
      const hits = [];
      for (let i = 0; i < 3; i++) hits.push(await hit(test.db, rule, 'client'));
      expect(hits.map((h) => h.allowed)).toEqual([true, true, false]);
      expect(hits[2]!.retryAfter).toBe(1);
      await sleep(1000);
      expect(await hit(test.db, rule, 'client')).toMatchObject({ allowed: true, hits: 1 });
      await sleep(1000);
      expect(await pruneRateLimits(test.db)).toBeGreaterThanOrEqual(1);
      const left = await test.db.query<{ n: number }>(
        `SELECT count(*)::int AS n FROM rate_limits WHERE bucket = 'test-window'`,
      );
      expect(left[0]!.n).toBe(0);
    });
  });
});
