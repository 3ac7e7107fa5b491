// @vitest-environment node
/**
 * Shared paths on the server, beyond what the contract suite can see: they are not
 * content (sharing one moves no content version), they are drawn with the content
 * of the moment they are read, and they survive a restart.
 */
import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { type PathStepInput, sharedPathSchema } from '#contract/path-schemas.ts';
import { apiErrorSchema, pathCreatedSchema } from '#contract/schemas.ts';

import { type App, createApp } from '../app.ts';
import { loadMigrations, migrate, MIGRATIONS_DIR } from '../db/migrate.ts';
import { openPglite } from '../db/pglite.ts';
import { insertContent } from '../db/seed.ts';
import { silentLog } from '../http/request-log.ts';
import { getDebate } from '../in-movement/reads.ts';
import { seedInMovementIfEmpty } from '../in-movement/seed.ts';
import { contentVersion } from '../queries/content-version.ts';
import { databaseKinds, memoryDatabase, type TestDatabase } from '../testing/databases.ts';
import { testInMovement } from '../testing/in-movement-content.ts';
import { syntheticContent } from '../testing/synthetic-content.ts';

const steps: PathStepInput[] = [
  { kind: 'story', slug: 'story-00001', cardsSeen: 2 },
  { kind: 'person', slug: 'ada-martin' },
  { kind: 'theme', slug: 'research' },
  { kind: 'story', slug: 'story-00002', cardsSeen: 2 },
];

async function share(app: App, body: unknown): Promise<string> {
  const response = await app.request('/api/paths', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  });
  expect(response.status).toBe(201);
  return pathCreatedSchema.parse(await response.json()).id;
}

async function read(app: App, id: string) {
  const response = await app.request(`/api/paths/${id}`);
  expect(response.status).toBe(200);
  return sharedPathSchema.parse(await response.json());
}

describe.each(databaseKinds)('shared paths on $name', ({ open, skip }) => {
  describe.skipIf(Boolean(skip))(skip ? `skipped: ${skip}` : 'stored apart from content', () => {
    let test: TestDatabase;
    let app: App;
    beforeAll(async () => {
      test = await open();
      await migrate(test.db);
      await test.db.tx((tx) => insertContent(tx, syntheticContent(6)));
      await seedInMovementIfEmpty(test.db, () => Promise.resolve(testInMovement()), 3);
      app = createApp({ db: test.db, log: silentLog });
    }, 120_000);
    afterAll(() => test?.dispose());

    it('does not move the content version, which would drop every response cache', async () => {
      const version = await contentVersion(test.db);
      await share(app, { steps });
      await share(app, { steps: steps.slice(1) });
      expect(await contentVersion(test.db)).toBe(version);
    });

    it('stores one path for the same steps shared at the same moment', async () => {
      const same = { steps: [...steps].reverse() };
      const ids = await Promise.all(Array.from({ length: 6 }, () => share(app, same)));
      expect(new Set(ids).size).toBe(1);
      const [row] = await test.db.query<{ n: number }>(
        'SELECT count(*) AS n FROM paths WHERE id = $1',
        [ids[0]],
      );
      expect(row?.n).toBe(1);
    });

    it('draws a path with current content: unpublished steps go, shortened stories clamp', async () => {
      const id = await share(app, { steps });
      const before = await read(app, id);
      expect(before.steps.map((s) => s.slug)).toEqual(steps.map((s) => s.slug));

      await test.db.tx(async (tx) => {
        await tx.query(`DELETE FROM stories WHERE slug = 'story-00001'`);
        await tx.query(`DELETE FROM themes WHERE slug = 'research'`);
        await tx.query(
          `DELETE FROM cards WHERE position > 0
           AND story_id = (SELECT id FROM stories WHERE slug = 'story-00002')`,
        );
      });
      const after = await read(app, id);
      expect(after.createdAt).toBe(before.createdAt);
      expect(after.steps).toMatchObject([
        { kind: 'person', slug: 'ada-martin' },
        { kind: 'story', slug: 'story-00002', cardsSeen: 1, story: { cardCount: 1 } },
      ]);
      // A path naming a story that no longer exists can no longer be shared.
      const refused = await app.request('/api/paths', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ steps }),
      });
      expect(refused.status).toBe(400);
    });

    it('draws a debate step with In Movement’s summary, fresh, and leaves it out once archived', async () => {
      const story: PathStepInput = { kind: 'story', slug: 'story-00003', cardsSeen: 1 };
      const withDebate: PathStepInput[] = [
        story,
        { kind: 'debate', slug: 'open-plain' },
        { kind: 'debate', slug: 'open-featured' },
      ];
      const id = await share(app, { steps: withDebate });
      const summary = async (slug: string) => {
        const {
          framing: _f,
          conclusion: _c,
          film: _film,
          ...rest
        } = (await getDebate(test.db, slug))!;
        return rest;
      };
      const before = await read(app, id);
      expect(before.steps.slice(1)).toEqual([
        { kind: 'debate', slug: 'open-plain', debate: await summary('open-plain') },
        { kind: 'debate', slug: 'open-featured', debate: await summary('open-featured') },
      ]);
      expect(before.steps[1]).toMatchObject({ debate: { balance: { for: 1, against: 1 } } });

      // Archiving moves no content version: the path is read again, not served from a cache.
      await test.db.query(`UPDATE debates SET archived_at = now() WHERE slug = 'open-featured'`);
      const after = await read(app, id);
      expect(after.steps.map((s) => `${s.kind} ${s.slug}`)).toEqual([
        'story story-00003',
        'debate open-plain',
      ]);
      // An archived debate still exists: a path walked before the archiving still shares.
      expect(await share(app, { steps: withDebate })).toBe(id);
    });

    it('refuses a debate that does not exist, naming the step', async () => {
      const response = await app.request('/api/paths', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({
          steps: [
            { kind: 'story', slug: 'story-00004', cardsSeen: 0 },
            { kind: 'debate', slug: 'no-such-debate' },
          ],
        }),
      });
      expect(response.status).toBe(400);
      const { error } = apiErrorSchema.parse(await response.json());
      expect(error.field).toBe('steps.1.slug');
      expect(error.message).toMatch(/debate "no-such-debate"/);
    });
  });
});

describe('shared paths on PGlite on disk', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'parcours-paths-'));
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it('are still there after a restart', async () => {
    const first = await openPglite({ dataDir });
    let id: string;
    let shared: unknown;
    try {
      await migrate(first);
      await first.tx((tx) => insertContent(tx, syntheticContent(3)));
      const app = createApp({ db: first, log: silentLog });
      id = await share(app, { steps: [{ kind: 'story', slug: 'story-00000', cardsSeen: 1 }] });
      shared = await read(app, id);
    } finally {
      await first.close();
    }
    const second = await openPglite({ dataDir });
    try {
      expect(await migrate(second)).toEqual([]);
      expect(await read(createApp({ db: second, log: silentLog }), id)).toEqual(shared);
    } finally {
      await second.close();
    }
  }, 120_000);
});

describe('migration 003', () => {
  it('applies before a lower-numbered migration that lands later, and that one after it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'parcours-migrations-'));
    const test = await memoryDatabase();
    try {
      // 001 and 003 only: later migrations may build on 002 (005 indexes its documents).
      for (const m of loadMigrations().filter((m) => ['001', '003'].includes(m.version))) {
        const file = `${m.version}-${m.name}.sql`;
        copyFileSync(join(MIGRATIONS_DIR, file), join(dir, file));
      }
      expect(await migrate(test.db, loadMigrations(dir))).toContain('003');
      // Another branch's 002, merged after 003 was deployed.
      writeFileSync(join(dir, '002-later.sql'), 'CREATE TABLE later_probe (n int);');
      expect(await migrate(test.db, loadMigrations(dir))).toEqual(['002']);
    } finally {
      await test.dispose();
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);
});
