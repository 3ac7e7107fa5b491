// @vitest-environment node
/**
 * A full disk under the embedded database: writes are refused with a clear 503
 * before they reach PGlite, reads and liveness go on, readiness says why not, and
 * writes resume by themselves once space is back.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { apiErrorSchema } from '#contract/schemas.ts';

import { type App, createApp } from '../app.ts';
import { silentLog } from '../http/request-log.ts';
import { syntheticContent } from '../testing/synthetic-content.ts';
import type { Database } from './adapter.ts';
import { diskGuard, isWrite } from './disk-guard.ts';
import { migrate } from './migrate.ts';
import { openPglite } from './pglite.ts';
import { insertContent } from './seed.ts';

const MB = 1024 * 1024;

describe('writes on a full disk (PGlite)', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'parcours-disk-'));
  let free = 500 * MB;
  let clock = 0;
  let db: Database;
  let app: App;

  beforeAll(async () => {
    db = await openPglite({
      dataDir,
      guard: (dir) => diskGuard({ dir, freeBytes: () => free, now: () => clock }),
    });
    await migrate(db);
    await db.tx((tx) => insertContent(tx, syntheticContent(5)));
    app = createApp({ db, log: silentLog });
  }, 120_000);
  afterAll(async () => {
    await db?.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  const share = () =>
    app.request('/api/paths', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ steps: [{ kind: 'story', slug: 'story-00001', cardsSeen: 1 }] }),
    });

  it('refuses writes with 503 and keeps reading, then writes again once space is back', async () => {
    expect((await share()).status).toBe(201);

    free = 10 * MB;
    clock += 1_000;
    const refused = await share();
    expect(refused.status).toBe(503);
    expect(Number(refused.headers.get('Retry-After'))).toBeGreaterThan(0);
    const error = apiErrorSchema.parse(await refused.json()).error;
    expect(error.code).toBe('unavailable');
    expect(error.message).toMatch(/disk is full/);
    // Nothing of it reached the database: a transaction and a bare write alike.
    await expect(db.tx((tx) => tx.query('SELECT 1'))).rejects.toMatchObject({ code: 'ENOSPC' });
    await expect(db.exec('CREATE TABLE never (n int)')).rejects.toMatchObject({ code: 'ENOSPC' });

    expect((await app.request('/api/stories')).status).toBe(200);
    expect((await app.request('/api/stories/story-00001')).status).toBe(200);
    expect((await app.request('/healthz')).status).toBe(200);
    const ready = await app.request('/readyz');
    expect(ready.status).toBe(503);
    expect(apiErrorSchema.parse(await ready.json()).error.message).toMatch(/MB left/);

    free = 500 * MB;
    clock += 1_000;
    expect((await share()).status).toBe(201);
    expect((await app.request('/readyz')).status).toBe(200);
  });
});

describe('what counts as a write', () => {
  it.each([
    ['INSERT INTO paths VALUES (1)', true],
    ['  update stories SET x = 1', true],
    ['-- a comment\nDELETE FROM paths', true],
    ['CREATE INDEX i ON t (x)', true],
    ['SELECT * FROM stories', false],
    ['WITH x AS (SELECT 1) SELECT * FROM x', false],
    ['WITH gone AS (DELETE FROM paths RETURNING id) SELECT count(*) FROM gone', true],
  ])('%s → %s', (sql, expected) => {
    expect(isWrite(sql)).toBe(expected);
  });
});
