// @vitest-environment node
/** Graceful shutdown: stop accepting, finish what is in flight, then close the database. */
import { describe, expect, it } from 'vitest';
import type { Database } from './db/adapter.ts';
import { silentLog } from './http/request-log.ts';
import { startServer } from './serve.ts';
import { memoryDatabase } from './testing/databases.ts';
import { syntheticContent } from './testing/synthetic-content.ts';
import { allowLoopbackRequests } from '#tests/utils/loopback.ts';

allowLoopbackRequests();

describe('graceful shutdown', () => {
  it('finishes the request in flight, refuses new ones, then closes the database', async () => {
    const { db: inner } = await memoryDatabase();
    let release: () => void = () => {};
    let gated = false;
    let arrive: () => void = () => {};
    const arrived = new Promise<void>((resolve) => (arrive = resolve));
    const db: Database = {
      ...inner,
      async query(sql, params) {
        if (gated && sql.includes('FROM themes')) {
          arrive();
          await new Promise<void>((resolve) => (release = resolve));
        }
        return inner.query(sql, params);
      },
    };
    const server = await startServer({
      db,
      port: 0,
      host: '127.0.0.1',
      log: silentLog,
      content: async () => syntheticContent(5),
    });
    const url = `http://127.0.0.1:${server.port}`;

    gated = true;
    const inFlight = fetch(`${url}/api/themes`);
    await arrived;
    const closing = server.close();

    await expect(fetch(`${url}/healthz`)).rejects.toThrow();
    release();
    const response = await inFlight;
    expect(response.status).toBe(200);
    expect(((await response.json()) as { items: unknown[] }).items).toHaveLength(3);
    await closing;
    await expect(inner.query('SELECT 1')).rejects.toThrow();
  }, 60_000);
});
