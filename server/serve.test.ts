// @vitest-environment node
/** Graceful shutdown: stop accepting, finish what is in flight, then close the database. */
import { Agent, request as httpRequest } from 'node:http';
import { connect, type Socket } from 'node:net';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { allowLoopbackRequests } from '#tests/utils/loopback.ts';

import type { Database } from './db/adapter.ts';
import { silentLog } from './http/request-log.ts';
import { type RunningServer, type ServerOptions, startServer } from './serve.ts';
import { memoryDatabase } from './testing/databases.ts';
import { syntheticContent } from './testing/synthetic-content.ts';

allowLoopbackRequests();

/** The server on a free loopback port, over a small synthetic content. */
const startOnLoopback = (db: Database, options: Partial<ServerOptions> = {}) =>
  startServer({
    db,
    port: 0,
    host: '127.0.0.1',
    log: silentLog,
    content: async () => syntheticContent(5),
    ...options,
  });

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
    const server = await startOnLoopback(db);
    const url = `http://127.0.0.1:${server.port}`;

    gated = true;
    const inFlight = fetch(`${url}/api/themes`);
    await arrived;
    const closing = server.close();

    await expect(fetch(`${url}/healthz`)).rejects.toThrow();
    release();
    const response = await inFlight;
    expect(response.status).toBe(200);
    // The client must not reuse a connection the server is about to close.
    expect(response.headers.get('connection')).toBe('close');
    expect(((await response.json()) as { items: unknown[] }).items).toHaveLength(3);
    await closing;
    await expect(inner.query('SELECT 1')).rejects.toThrow();
  }, 60_000);
});

/** Sends raw bytes on one connection; resolves with all it got back once the server closes it. */
function rawExchange(
  port: number,
  send: (socket: Socket) => void,
  timeoutMs = 5_000,
): Promise<{ text: string; closedByServer: boolean; ms: number }> {
  return new Promise((resolve) => {
    const started = performance.now();
    const socket = connect(port, '127.0.0.1');
    let text = '';
    socket.setEncoding('latin1');
    socket.on('data', (chunk: string) => (text += chunk));
    socket.on('error', () => {});
    const timer = setTimeout(() => {
      socket.destroy();
      resolve({ text, closedByServer: false, ms: performance.now() - started });
    }, timeoutMs);
    socket.on('close', () => {
      clearTimeout(timer);
      resolve({ text, closedByServer: true, ms: performance.now() - started });
    });
    socket.on('connect', () => send(socket));
  });
}

describe('draining under keep-alive load', () => {
  it('answers every request sent on an open connection, with Connection: close, and resets none', async () => {
    const { db } = await memoryDatabase();
    const server = await startOnLoopback(db, { drainGraceMs: 3_000 });
    // A grace well above a busy machine's stalls: only a connection quiet for all
    // of it is cut, and these ten never are.
    const agent = new Agent({ keepAlive: true, maxSockets: 10 });
    const counts = { ok: 0, closing: 0, reset: 0, refused: 0 };
    let stopped = false;
    const get = () =>
      new Promise<void>((resolve) => {
        const req = httpRequest(
          { host: '127.0.0.1', port: server.port, path: '/api/themes', agent },
          (res) => {
            if (res.headers.connection === 'close') counts.closing += 1;
            res.resume();
            res.on('end', () => {
              counts.ok += 1;
              resolve();
            });
          },
        );
        req.on('error', (error: NodeJS.ErrnoException) => {
          if (error.code === 'ECONNREFUSED') {
            counts.refused += 1;
            stopped = true;
          } else counts.reset += 1;
          resolve();
        });
        req.end();
      });
    const clients = Array.from({ length: 10 }, async () => {
      while (!stopped) await get();
    });
    await new Promise((resolve) => setTimeout(resolve, 500));
    const okBefore = counts.ok;
    await server.close();
    await Promise.all(clients);
    agent.destroy();
    expect(okBefore).toBeGreaterThan(0);
    expect(counts.closing).toBeGreaterThan(0);
    expect(counts.reset).toBe(0);
  }, 60_000);
});

describe('connections of a public server', () => {
  let server: RunningServer;
  let db: Database;

  beforeAll(async () => {
    ({ db } = await memoryDatabase());
    server = await startOnLoopback(db, {
      limits: { headersTimeoutMs: 400, requestTimeoutMs: 800, maxConnections: 20 },
    });
  }, 60_000);
  afterAll(() => server?.close());

  it('closes the connection after refusing a body it did not read', async () => {
    const body = JSON.stringify({ steps: 'x'.repeat(70 * 1024) });
    const { text, closedByServer } = await rawExchange(server.port, (socket) => {
      socket.write(
        `POST /api/paths HTTP/1.1\r\nHost: t\r\nContent-Type: application/json\r\nContent-Length: ${body.length}\r\n\r\n`,
      );
      socket.write(body);
      socket.write('GET /healthz HTTP/1.1\r\nHost: t\r\n\r\n');
    });
    expect(text).toMatch(/^HTTP\/1\.1 413 /);
    expect(text).toMatch(/\r\nconnection: close\r\n/i);
    // The unread body was never parsed as a second request.
    expect(text.match(/^HTTP\/1\.1 /gm)).toHaveLength(1);
    expect(closedByServer).toBe(true);
  });

  it('closes the connection after a 415, and keeps it after a GET', async () => {
    const refused = await rawExchange(server.port, (socket) =>
      socket.write(
        'POST /api/paths HTTP/1.1\r\nHost: t\r\nContent-Type: text/plain\r\nContent-Length: 5\r\n\r\nhello',
      ),
    );
    expect(refused.text).toMatch(/^HTTP\/1\.1 415 [\s\S]*connection: close/i);
    expect(refused.closedByServer).toBe(true);
    const kept = await rawExchange(
      server.port,
      (socket) => socket.write('GET /healthz HTTP/1.1\r\nHost: t\r\n\r\n'),
      300,
    );
    expect(kept.text).toMatch(/^HTTP\/1\.1 200 /);
    expect(kept.closedByServer).toBe(false);
  });

  it.each(['POST', 'DELETE'])(
    'answers 405, not 415, to a body-less %s on a read-only path',
    async (method) => {
      const { text } = await rawExchange(server.port, (socket) =>
        socket.write(`${method} /api/stories HTTP/1.1\r\nHost: t\r\nConnection: close\r\n\r\n`),
      );
      expect(text).toMatch(/^HTTP\/1\.1 405 /);
      expect(text).toMatch(/\r\nallow: GET, HEAD\r\n/i);
    },
  );

  it('drops a client that never finishes its request head', async () => {
    const { closedByServer, ms } = await rawExchange(server.port, (socket) =>
      socket.write('GET /healthz HTTP/1.1\r\nHost: t\r\n'),
    );
    expect(closedByServer).toBe(true);
    expect(ms).toBeLessThan(4_000);
  });

  it('refuses connections beyond its cap', async () => {
    const held: Socket[] = [];
    try {
      for (let i = 0; i < 20; i += 1) {
        const socket = connect(server.port, '127.0.0.1');
        socket.on('error', () => {});
        await new Promise((resolve) => socket.once('connect', resolve));
        held.push(socket);
      }
      const extra = await rawExchange(
        server.port,
        (socket) => socket.write('GET /healthz HTTP/1.1\r\nHost: t\r\n\r\n'),
        2_000,
      );
      expect(extra.text).toBe('');
      expect(extra.closedByServer).toBe(true);
    } finally {
      for (const socket of held) socket.destroy();
    }
  });
});
