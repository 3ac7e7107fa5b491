// @vitest-environment node
/**
 * What one search may cost: a few at once per instance and a bounded queue (503 and
 * Retry-After beyond, the rest of the API unaffected), a statement timeout on a
 * PostgreSQL server, and a typo path that reads an indexed lexicon kept exact by
 * triggers rather than every document.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { apiErrorSchema, searchResultSchema } from '#contract/schemas.ts';

import { createApp } from '../app.ts';
import type { Database, Queryable } from '../db/adapter.ts';
import { migrate } from '../db/migrate.ts';
import { insertContent } from '../db/seed.ts';
import { silentLog } from '../http/request-log.ts';
import { databaseKinds, type TestDatabase } from '../testing/databases.ts';
import { syntheticContent } from '../testing/synthetic-content.ts';

/** The lexicon as ts_stat() reads it from the documents, per locale. */
const LEXICON_FROM_DOCUMENTS = `
  SELECT l.locale, s.word, s.ndoc::int AS documents
  FROM search_locales l
  CROSS JOIN LATERAL ts_stat(format('SELECT words FROM search_documents WHERE locale = %L', l.locale)) s
  ORDER BY 1, 2`;

describe.each(databaseKinds)('search limits on $name', ({ name, open, skip }) => {
  describe.skipIf(Boolean(skip))(skip ? `skipped: ${skip}` : 'bounded searches', () => {
    let test: TestDatabase;
    beforeAll(async () => {
      test = await open();
      await migrate(test.db);
      await test.db.tx((tx) => insertContent(tx, syntheticContent(60)));
    }, 120_000);
    afterAll(() => test?.dispose());

    const lexicon = () =>
      test.db.query(`SELECT locale, word, documents FROM search_words ORDER BY 1, 2`);

    it('keeps the lexicon equal to the documents’ words as content changes', async () => {
      expect(await lexicon()).toEqual(await test.db.query(LEXICON_FROM_DOCUMENTS));
      await test.db.query(
        `UPDATE stories SET title = jsonb_set(title, '{fr}', '"Zéphyrine et Quinconce"')
         WHERE slug = (SELECT min(slug) FROM stories)`,
      );
      await test.db.query(`DELETE FROM cards WHERE position = 1`);
      await test.db.query(`DELETE FROM story_people`);
      await test.db.query(`DELETE FROM people WHERE slug = (SELECT min(slug) FROM people)`);
      const after = await test.db.query(LEXICON_FROM_DOCUMENTS);
      expect(after).toContainEqual({ locale: 'fr', word: 'zephyrine', documents: 1 });
      expect(await lexicon()).toEqual(after);
    });

    it('finds typo variants in the lexicon by index, without reading the documents', async () => {
      const statements: [string, readonly unknown[]][] = [];
      const record = (on: Queryable): Queryable => ({
        ...on,
        query: (sql, params) => {
          statements.push([sql, params ?? []]);
          return on.query(sql, params);
        },
      });
      const recording: Database = {
        ...test.db,
        ...record(test.db),
        tx: (fn) => test.db.tx((tx) => fn(record(tx))),
      };
      const app = createApp({ db: recording, log: silentLog });
      const response = await app.request('/api/search?q=hisotire&limit=50');
      expect(response.status).toBe(200);
      expect(searchResultSchema.parse(await response.json()).total).toBeGreaterThan(0);
      const [sql, params] = statements.find(([text]) => text.includes('levenshtein'))!;
      const plan = await test.db.tx(async (tx: Queryable) => {
        // The plan an indexed read takes, whatever the planner would choose for a
        // table this small; a scan of the documents (ts_stat) would show as such.
        await tx.query(`SELECT set_config('enable_seqscan', 'off', true)`);
        const rows = await tx.query<{ 'QUERY PLAN': unknown }>(
          `EXPLAIN (FORMAT JSON) ${sql}`,
          params,
        );
        return JSON.stringify(rows[0]!['QUERY PLAN']);
      });
      const relations = new Set([...plan.matchAll(/"Relation Name":\s*"(\w+)"/g)].map((m) => m[1]));
      expect([...relations]).toEqual(['search_words']);
      expect(plan).not.toMatch(/ts_stat|Seq Scan/);
      expect(plan).toMatch(/search_words_pkey/);
      expect(plan).toMatch(/search_words_reversed/);
    });

    it('runs a few searches at once, queues a few, and turns the rest away with 503', async () => {
      let release: () => void = () => {};
      const released = new Promise<void>((resolve) => (release = resolve));
      let started = 0;
      const gated = async (sql: string) => {
        if (sql.includes('search_locales')) {
          started++;
          await released;
        }
      };
      const db: Database = {
        ...test.db,
        query: async (sql, params) => {
          await gated(sql);
          return test.db.query(sql, params);
        },
        tx: (fn) =>
          test.db.tx((tx) =>
            fn({
              ...tx,
              query: async (sql, params) => {
                await gated(sql);
                return tx.query(sql, params);
              },
            }),
          ),
      };
      const app = createApp({
        db,
        log: silentLog,
        searchLimits: { concurrency: 1, queue: 1 },
      });
      // Distinct queries: identical ones would share one database search.
      const running = app.request('/api/search?q=atelier');
      await expect.poll(() => started).toBe(1);
      // One of these waits its turn, the other is turned away at once.
      const others = [app.request('/api/search?q=prototype'), app.request('/api/search?q=usine')];
      const refused = await Promise.race(others);
      expect(refused.status).toBe(503);
      expect(refused.headers.get('Retry-After')).toBe('1');
      expect(refused.headers.get('Cache-Control')).toBe('no-store');
      expect(apiErrorSchema.parse(await refused.json()).error.code).toBe('unavailable');
      // The rest of the API does not wait for search.
      expect((await app.request('/api/themes')).status).toBe(200);
      expect(started).toBe(1);
      release();
      expect((await running).status).toBe(200);
      const statuses = (await Promise.all(others)).map((r) => r.status).sort();
      expect(statuses).toEqual([200, 503]);
      // Once the burst is over, every search runs.
      expect((await app.request('/api/search?q=usine')).status).toBe(200);
      expect((await app.request('/api/search?q=prototype')).status).toBe(200);
    });

    // PGlite ignores statement_timeout (server/queries/search-limits.ts).
    if (name === 'PostgreSQL server') {
      it('cuts a search short at its statement timeout with 503', async () => {
        const setting = () =>
          test.db.query<{ t: string }>(`SELECT current_setting('statement_timeout') AS t`);
        const before = await setting();
        const app = createApp({ db: test.db, log: silentLog, searchLimits: { timeoutMs: 1 } });
        // Long distinct terms: every document and the lexicon are read for each.
        const response = await app.request(
          `/api/search?q=${encodeURIComponent('ateliers prototypes usines moteurs robotique')}`,
        );
        expect(response.status).toBe(503);
        expect(response.headers.get('Retry-After')).toBe('1');
        expect(apiErrorSchema.parse(await response.json()).error.message).toMatch(/took too long/);
        // The pool's connections come back with their own timeout.
        expect(await setting()).toEqual(before);
      });
    }
  });
});
