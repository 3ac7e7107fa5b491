// @vitest-environment node
/**
 * The server as a process on the embedded database: first start creates and seeds
 * it, SIGTERM stops it cleanly, a restart finds everything as it was, and a second
 * process on the same data directory is turned away.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { afterAll, describe, expect, it } from 'vitest';

import { storySchema } from '#contract/schemas.ts';
import { allowLoopbackRequests } from '#tests/utils/loopback.ts';

import { DataDirLockedError } from './db/lock.ts';
import { openPglite } from './db/pglite.ts';
import { exitOf, spawnServer, startServerProcess } from './testing/processes.ts';

allowLoopbackRequests();

const dataDir = mkdtempSync(join(tmpdir(), 'parcours-data-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

async function firstStory(url: string) {
  const list = (await (await fetch(`${url}/api/stories?limit=1`)).json()) as {
    items: [{ slug: string }];
  };
  const slug = list.items[0].slug;
  return storySchema.parse(await (await fetch(`${url}/api/stories/${slug}`)).json());
}

describe('the server on PGlite, as a process', () => {
  it('creates and seeds its database on first start, and refuses a second process', async () => {
    const server = await startServerProcess({ DATA_DIR: dataDir });
    try {
      expect(server.output()).toMatch(/"msg":"demo content seeded"/);
      expect(existsSync(join(dataDir, 'pglite.lock'))).toBe(true);
      expect((await firstStory(server.url)).cards.length).toBeGreaterThan(0);

      const second = spawnServer({ DATA_DIR: dataDir, PORT: '0' });
      const { code, output } = await exitOf(second);
      expect(code).toBe(1);
      expect(output).toMatch(new RegExp(`already in use by process ${server.child.pid}`));
    } finally {
      expect(await server.stop()).toBe(0);
    }
    // A clean stop releases the lock.
    expect(existsSync(join(dataDir, 'pglite.lock'))).toBe(false);
  }, 120_000);

  it('keeps its data across a restart, without seeding again', async () => {
    // Edit a story while the server is down, as an editor's write would.
    const db = await openPglite({ dataDir });
    const [story] = await db.query<{ slug: string }>(
      'SELECT slug FROM stories ORDER BY published_at DESC, slug LIMIT 1',
    );
    await db.query(
      `UPDATE stories SET title = '{"fr":"Titre modifié","en":"Edited title"}' WHERE slug = $1`,
      [story!.slug],
    );
    await db.close();

    const server = await startServerProcess({ DATA_DIR: dataDir });
    try {
      expect(server.output()).not.toMatch(/seeded|migrations applied/);
      expect((await firstStory(server.url)).title).toEqual({
        fr: 'Titre modifié',
        en: 'Edited title',
      });
    } finally {
      expect(await server.stop()).toBe(0);
    }
  }, 120_000);

  it('takes over a lock left by a process that died', async () => {
    // A pid that certainly belongs to no running process any more.
    const dead = spawnSync(process.execPath, ['-e', '']).pid;
    writeFileSync(join(dataDir, 'pglite.lock'), String(dead));
    const db = await openPglite({ dataDir });
    try {
      await expect(openPglite({ dataDir })).rejects.toThrow(DataDirLockedError);
    } finally {
      await db.close();
    }
  }, 120_000);
});
