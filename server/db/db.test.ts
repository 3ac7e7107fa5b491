// @vitest-environment node
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { databaseKinds, memoryDatabase, type TestDatabase } from '../testing/databases.ts';
import { syntheticContent } from '../testing/synthetic-content.ts';
import { loadMigrations, migrate, MIGRATIONS_DIR } from './migrate.ts';
import { insertContent, reseed, seedIfEmpty } from './seed.ts';

describe.each(databaseKinds)('database adapter on $name', ({ open, skip }) => {
  describe.skipIf(Boolean(skip))(skip ? `skipped: ${skip}` : 'same SQL, same values', () => {
    let test: TestDatabase;
    beforeAll(async () => {
      test = await open();
    }, 120_000);
    afterAll(() => test?.dispose());

    it('returns bigint as numbers and dates as ISO strings, whatever the driver', async () => {
      const [row] = await test.db.query(
        "SELECT 42::bigint AS big, count(*) AS n, '2024-02-29'::date AS day, 7::int AS small FROM (VALUES (1), (2)) v(x)",
      );
      expect(row).toEqual({ big: 42, n: 2, day: '2024-02-29', small: 7 });
    });

    it('fails loudly rather than rounding a bigint beyond 2^53', async () => {
      await expect(test.db.query('SELECT 9007199254740993::bigint AS big')).rejects.toThrow(
        /2\^53/,
      );
    });

    it('refuses transaction control outside tx(), even hidden after another statement', async () => {
      await expect(test.db.query('BEGIN')).rejects.toThrow(/db\.tx/);
      await expect(test.db.exec('SELECT 1; commit')).rejects.toThrow(/db\.tx/);
      // A function body's own BEGIN…END is not transaction control.
      await expect(test.db.exec(`DO $$ BEGIN PERFORM 1; END $$;`)).resolves.toBeUndefined();
    });

    it('commits a transaction that resolves and rolls back one that throws', async () => {
      await test.db.exec('CREATE TABLE tx_probe (n int)');
      await test.db.tx((tx) => tx.query('INSERT INTO tx_probe VALUES (1)'));
      await expect(
        test.db.tx(async (tx) => {
          await tx.query('INSERT INTO tx_probe VALUES (2)');
          throw new Error('changed my mind');
        }),
      ).rejects.toThrow('changed my mind');
      expect(await test.db.query('SELECT n FROM tx_probe')).toEqual([{ n: 1 }]);
    });

    it('applies migrations once and records them, however often it starts', async () => {
      const all = loadMigrations().map((m) => m.version);
      expect(await migrate(test.db)).toEqual(all);
      expect(await migrate(test.db)).toEqual([]);
      // Concurrent starts (several instances) queue on the advisory lock.
      expect(await Promise.all([migrate(test.db), migrate(test.db)])).toEqual([[], []]);
      const rows = await test.db.query<{ version: string }>(
        'SELECT version FROM schema_migrations ORDER BY version',
      );
      expect(rows.map((r) => r.version)).toEqual(all);
    });

    it('seeds an empty database once, and reseeds on demand', async () => {
      const content = syntheticContent(12);
      expect(await seedIfEmpty(test.db, async () => content)).toBe(true);
      expect(await seedIfEmpty(test.db, async () => content)).toBe(false);
      await test.db.query(
        'UPDATE stories SET title = \'{"fr":"Modifié","en":"Edited"}\' WHERE slug = \'story-00003\'',
      );
      await test.db.exec('DELETE FROM stories');
      // Emptied by its editors is not "never seeded": nothing comes back by itself.
      expect(await seedIfEmpty(test.db, async () => content)).toBe(false);
      await reseed(test.db, content);
      const [count] = await test.db.query<{ n: number }>('SELECT count(*) AS n FROM stories');
      expect(count?.n).toBe(12);
    });

    it('names a related story that does not exist instead of dropping it', async () => {
      const content = syntheticContent(3);
      const broken = {
        ...content,
        stories: content.stories.map((s, i) => (i === 1 ? { ...s, related: ['ghost-story'] } : s)),
      };
      await expect(reseed(test.db, broken)).rejects.toThrow(/ghost-story/);
      // The failed reseed left the previous content in place.
      const [count] = await test.db.query<{ n: number }>('SELECT count(*) AS n FROM stories');
      expect(count?.n).toBe(12);
    });

    it('moves the content version with every content write, in the writer’s transaction', async () => {
      const version = async () =>
        (await test.db.query<{ version: number }>('SELECT version FROM content_version'))[0]!
          .version;
      const before = await version();
      await test.db.query("UPDATE themes SET color = '#000000' WHERE slug = 'design'");
      expect(await version()).toBeGreaterThan(before);
      const after = await version();
      await test.db.tx((tx) =>
        tx.query("UPDATE people SET name = 'Ada M.' WHERE slug = 'ada-martin'"),
      );
      expect(await version()).toBeGreaterThan(after);
    });
  });
});

describe('migrations', () => {
  it('refuse to run when an applied migration was edited', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'parcours-migrations-'));
    const test = await memoryDatabase();
    try {
      const files = loadMigrations().map((m) => `${m.version}-${m.name}.sql`);
      for (const file of files) copyFileSync(join(MIGRATIONS_DIR, file), join(dir, file));
      await migrate(test.db, loadMigrations(dir));
      const first = join(dir, files[0]!);
      writeFileSync(first, `${readFileSync(first, 'utf8')}\n-- edited\n`);
      await expect(migrate(test.db, loadMigrations(dir))).rejects.toThrow(
        /changed after it was applied/,
      );
    } finally {
      await test.dispose();
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);
});

describe('PGlite queue', () => {
  it('lets the event loop turn between queued queries', async () => {
    const test = await memoryDatabase();
    try {
      await test.db.query('SELECT 1');
      let turns = 0;
      let ticking = true;
      const tick = () => {
        turns += 1;
        if (ticking) setImmediate(tick);
      };
      setImmediate(tick);
      const start = turns;
      await Promise.all(Array.from({ length: 20 }, () => test.db.query('SELECT 1')));
      ticking = false;
      // One turn per query at least: timers and sockets got their chance meanwhile.
      expect(turns - start).toBeGreaterThanOrEqual(20);
    } finally {
      await test.dispose();
    }
  }, 60_000);

  it('runs a content seed of many rows in one statement per table', async () => {
    const test = await memoryDatabase();
    try {
      await migrate(test.db);
      await test.db.tx((tx) => insertContent(tx, syntheticContent(500)));
      const [row] = await test.db.query<{ stories: number; cards: number }>(
        'SELECT (SELECT count(*) FROM stories) AS stories, (SELECT count(*) FROM cards) AS cards',
      );
      expect(row).toEqual({ stories: 500, cards: 1000 });
    } finally {
      await test.dispose();
    }
  }, 60_000);
});
