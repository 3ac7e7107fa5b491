// @vitest-environment node
/**
 * Beyond one machine: two server processes on two ports share one PostgreSQL. They
 * start together on an empty database (one migrates and seeds, the other waits),
 * and content written while both run is served by both at once, whether written by
 * another tool or published by an editor through one of them: no instance keeps state
 * that matters in its memory.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { sharedPathSchema } from '#contract/path-schemas.ts';
import { pathCreatedSchema, storyListSchema, storySchema } from '#contract/schemas.ts';
import { allowLoopbackRequests } from '#tests/utils/loopback.ts';

import { SESSION_COOKIE } from './auth/current.ts';
import type { Database } from './db/adapter.ts';
import { openPostgres } from './db/postgres.ts';
import { createTestAccount } from './testing/accounts.ts';
import {
  createScratchDatabase,
  POSTGRES_SKIP_NOTE,
  type ScratchDatabase,
  testDatabaseUrl,
} from './testing/databases.ts';
import { type ServerProcess, startServerProcess } from './testing/processes.ts';
import { type EditorClient, firstDraftRefs, publish, readyDraft } from './testing/studio.ts';

allowLoopbackRequests();

describe.skipIf(!testDatabaseUrl)(
  testDatabaseUrl ? 'two instances on one PostgreSQL' : `skipped: ${POSTGRES_SKIP_NOTE}`,
  () => {
    let scratch: ScratchDatabase;
    let instances: ServerProcess[] = [];
    let writer: Database;

    beforeAll(async () => {
      scratch = await createScratchDatabase();
      // Started together against the empty database, as a deploy of N instances does.
      const started = await Promise.allSettled([
        startServerProcess({ DATABASE_URL: scratch.url }),
        startServerProcess({ DATABASE_URL: scratch.url }),
      ]);
      // The one that did start is stopped by afterAll even when the other failed.
      instances = started.flatMap((s) => (s.status === 'fulfilled' ? [s.value] : []));
      const failed = started.find((s) => s.status === 'rejected');
      if (failed?.status === 'rejected') throw failed.reason;
      writer = await openPostgres({ connectionString: scratch.url, max: 1 });
    }, 180_000);

    afterAll(async () => {
      const codes = await Promise.all(instances.map((instance) => instance.stop()));
      await writer?.close();
      await scratch?.drop();
      expect(codes).toEqual(instances.map(() => 0));
    }, 60_000);

    it('migrates and seeds exactly once when both start together', async () => {
      const seeded = instances.filter((instance) =>
        /"msg":"demo content seeded"/.test(instance.output()),
      );
      expect(seeded).toHaveLength(1);
      const migrations = await writer.query<{ n: number }>(
        'SELECT count(*) AS n FROM schema_migrations',
      );
      const stories = await writer.query<{ n: number }>('SELECT count(*) AS n FROM stories');
      expect(migrations[0]!.n).toBeGreaterThan(0);
      const [a, b] = await Promise.all(
        instances.map(async (i) => (await fetch(`${i.url}/api/stories?limit=100`)).json()),
      );
      expect(a).toEqual(b);
      expect((a as { items: unknown[] }).items).toHaveLength(stories[0]!.n);
    });

    it('serves through one instance what was written while the other had it cached', async () => {
      const [first, second] = instances as [ServerProcess, ServerProcess];
      const list = (await (await fetch(`${first.url}/api/stories?limit=1`)).json()) as {
        items: [{ slug: string }];
      };
      const path = `/api/stories/${list.items[0].slug}`;
      // Both instances answer, and cache, the current version.
      const before = await Promise.all([
        fetch(`${first.url}${path}`),
        fetch(`${second.url}${path}`),
      ]);
      const etag = before[1].headers.get('ETag')!;
      expect(before[0].headers.get('ETag')).toBe(etag);

      // There is no public content write endpoint: the write goes through the same adapter
      // and database the instances use, from a third connection (an editor's tool).
      await writer.tx((tx) =>
        tx.query(
          `UPDATE stories SET title = '{"fr":"Écrit ailleurs","en":"Written elsewhere"}' WHERE slug = $1`,
          [list.items[0].slug],
        ),
      );

      for (const instance of [second, first]) {
        const after = await fetch(`${instance.url}${path}`, { headers: { 'If-None-Match': etag } });
        expect(after.status).toBe(200);
        expect(storySchema.parse(await after.json()).title.en).toBe('Written elsewhere');
      }
    });

    it('serves through one instance a story an editor published through the other', async () => {
      const [first, second] = instances as [ServerProcess, ServerProcess];
      const { sessionId } = await createTestAccount(writer, 'editor');
      // The studio in a browser on the first instance: its cookie, its site (same-origin.ts).
      const editor: EditorClient = {
        request: (path, init = {}) => {
          const headers = new Headers(init.headers);
          headers.set('Cookie', `${SESSION_COOKIE}=${sessionId}`);
          headers.set('Origin', first.url);
          headers.set('Sec-Fetch-Site', 'same-origin');
          return fetch(`${first.url}${path}`, { ...init, headers });
        },
      };
      const slug = 'publie-ailleurs';
      const word = 'quetzalcoatl';
      const ready = await readyDraft(editor, slug, await firstDraftRefs(writer), word);
      const list = `${second.url}/api/stories?limit=100`;
      const search = `${second.url}/api/search?q=${word}&locale=en`;
      const before = await fetch(list);
      const etag = before.headers.get('ETag')!;
      expect(await before.text()).not.toContain(slug);
      expect((await fetch(list, { headers: { 'If-None-Match': etag } })).status).toBe(304);
      expect(await (await fetch(search)).text()).toContain('"total":0');
      expect((await fetch(`${second.url}/api/stories/${slug}`)).status).toBe(404);

      expect((await publish(editor, ready)).state).toBe('published');

      const after = await fetch(list, { headers: { 'If-None-Match': etag } });
      expect(after.status).toBe(200);
      expect(after.headers.get('ETag')).not.toBe(etag);
      expect(storyListSchema.parse(await after.json()).items.map((s) => s.slug)).toContain(slug);
      expect(await (await fetch(search)).text()).toContain(slug);
      const story = await fetch(`${second.url}/api/stories/${slug}`);
      expect(storySchema.parse(await story.json()).title.en).toContain(word);
    });

    it('serves through one instance a path shared through the other', async () => {
      const [first, second] = instances as [ServerProcess, ServerProcess];
      const [theme] = await writer.query<{ slug: string }>('SELECT slug FROM themes LIMIT 1');
      const steps = [{ kind: 'theme', slug: theme!.slug }];
      const created = await fetch(`${first.url}/api/paths`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ steps }),
      });
      expect(created.status).toBe(201);
      const { id } = pathCreatedSchema.parse(await created.json());
      const read = await fetch(`${second.url}${created.headers.get('Location')}`);
      expect(read.status).toBe(200);
      const path = sharedPathSchema.parse(await read.json());
      expect(path).toMatchObject({ id, steps });
      // The same steps shared through the other instance are the same path.
      const again = await fetch(`${second.url}/api/paths`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ steps }),
      });
      expect(pathCreatedSchema.parse(await again.json()).id).toBe(id);
    });
  },
);
