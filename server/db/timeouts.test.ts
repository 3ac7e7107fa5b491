// @vitest-environment node
/**
 * A frozen PostgreSQL (a stopped process, a network that drops packets) must not
 * hang requests: every query gives up within the read timeout, the app answers 503,
 * and the same adapter works again once the database is back.
 */
import type { AddressInfo } from 'node:net';
import { connect, createServer, type Server, type Socket } from 'node:net';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { createApp } from '../app.ts';
import {
  createScratchDatabase,
  POSTGRES_SKIP_NOTE,
  type ScratchDatabase,
  testDatabaseUrl,
} from '../testing/databases.ts';
import type { Database } from './adapter.ts';
import { classifyDatabaseError } from './errors.ts';
import { openPostgres } from './postgres.ts';

/** A TCP proxy that can stop passing bytes both ways, as a frozen server does. */
function freezableProxy(target: URL) {
  const sockets = new Set<Socket>();
  // Bytes that arrived while frozen, delivered on thaw, as a resumed process would.
  const held: (() => void)[] = [];
  let frozen = false;
  const forward = (from: Socket, to: Socket) =>
    from.on('data', (chunk) => {
      if (frozen) held.push(() => to.write(chunk));
      else to.write(chunk);
    });
  const server: Server = createServer((client) => {
    const upstream = connect(Number(target.port || 5432), target.hostname);
    for (const socket of [client, upstream]) {
      sockets.add(socket);
      socket.on('error', () => socket.destroy());
      socket.on('close', () => sockets.delete(socket));
    }
    forward(client, upstream);
    forward(upstream, client);
    client.on('close', () => upstream.destroy());
    upstream.on('close', () => client.destroy());
  });
  return {
    listen: () =>
      new Promise<number>((resolve) =>
        server.listen(0, '127.0.0.1', () => resolve((server.address() as AddressInfo).port)),
      ),
    freeze() {
      frozen = true;
    },
    thaw() {
      frozen = false;
      for (const deliver of held.splice(0)) deliver();
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}

async function timed<T>(promise: Promise<T>): Promise<{ ms: number; error: unknown }> {
  const started = performance.now();
  try {
    await promise;
    return { ms: performance.now() - started, error: undefined };
  } catch (error) {
    return { ms: performance.now() - started, error };
  }
}

describe.skipIf(!testDatabaseUrl)(
  testDatabaseUrl ? 'a frozen PostgreSQL server' : `skipped: ${POSTGRES_SKIP_NOTE}`,
  () => {
    let scratch: ScratchDatabase;
    let proxy: ReturnType<typeof freezableProxy>;
    let db: Database;

    beforeAll(async () => {
      scratch = await createScratchDatabase();
      const url = new URL(scratch.url);
      proxy = freezableProxy(new URL(scratch.url));
      url.hostname = '127.0.0.1';
      url.port = String(await proxy.listen());
      db = await openPostgres({
        connectionString: url.toString(),
        max: 3,
        timeouts: { connectMs: 600, statementMs: 300, readMs: 900 },
      });
    }, 60_000);

    afterAll(async () => {
      proxy?.thaw();
      await db?.close();
      await proxy?.close();
      await scratch?.drop();
    });

    it('cancels a statement that runs past the statement timeout', async () => {
      const { ms, error } = await timed(db.query('SELECT pg_sleep(5)'));
      expect(error).toMatchObject({ code: '57014' });
      expect(ms).toBeLessThan(3_000);
      expect(classifyDatabaseError(error)?.kind).toBe('unavailable');
      await expect(db.query('SELECT 1 AS one')).resolves.toEqual([{ one: 1 }]);
    });

    it('gives up on queries, transactions and new connections while frozen, then recovers', async () => {
      await expect(db.query('SELECT 1 AS one')).resolves.toEqual([{ one: 1 }]);
      const app = createApp({ db, log: () => {} });
      proxy.freeze();
      try {
        // More requests than connections: the pool's queue must not hang either.
        const attempts = await Promise.all([
          timed(db.query('SELECT 1')),
          timed(db.query('SELECT 2')),
          timed(db.tx((tx) => tx.query('SELECT 3'))),
          timed(db.query('SELECT 4')),
          timed(db.query('SELECT 5')),
        ]);
        for (const { ms, error } of attempts) {
          expect(classifyDatabaseError(error)?.kind).toBe('unavailable');
          expect(ms).toBeLessThan(5_000);
        }
        const response = await app.request('/api/themes');
        expect(response.status).toBe(503);
        expect(response.headers.get('Retry-After')).toBeTruthy();
        expect((await app.request('/healthz')).status).toBe(200);
        expect((await app.request('/readyz')).status).toBe(503);
      } finally {
        proxy.thaw();
      }
      // Back: the same adapter answers again, without a restart.
      let answer: unknown;
      for (let attempt = 0; attempt < 10 && answer === undefined; attempt += 1) {
        answer = await db.query('SELECT 1 AS one').catch(() => undefined);
      }
      expect(answer).toEqual([{ one: 1 }]);
    }, 30_000);
  },
);
