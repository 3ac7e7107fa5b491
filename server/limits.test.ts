// @vitest-environment node
/**
 * Write limits over a real socket: a client is its address, and a made-up
 * X-Forwarded-For buys it no fresh allowance unless a proxy is trusted, and then
 * only the entry that proxy wrote counts.
 */
import { afterEach, describe, expect, it } from 'vitest';

import { WRITE_LIMIT } from '#contract/routes.ts';
import { allowLoopbackRequests } from '#tests/utils/loopback.ts';

import { silentLog } from './http/request-log.ts';
import { type RunningServer, startServer } from './serve.ts';
import { memoryDatabase } from './testing/databases.ts';
import { syntheticContent } from './testing/synthetic-content.ts';

allowLoopbackRequests();

let server: RunningServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function start(trustProxy: number): Promise<string> {
  const { db } = await memoryDatabase();
  server = await startServer({
    db,
    port: 0,
    host: '127.0.0.1',
    log: silentLog,
    content: async () => syntheticContent(3),
    trustProxy,
  });
  return `http://127.0.0.1:${server.port}`;
}

const write = (url: string, forwardedFor: string) =>
  fetch(`${url}/api/paths`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'X-Forwarded-For': forwardedFor },
    body: '{}',
  });

describe('write limits over a socket', () => {
  it('count a spoofed X-Forwarded-For against the socket’s address', async () => {
    const url = await start(0);
    for (let i = 0; i < WRITE_LIMIT.limit; i++) {
      expect((await write(url, `198.51.100.${i}`)).status).toBe(400);
    }
    const refused = await write(url, '203.0.113.200');
    expect(refused.status).toBe(429);
    expect(refused.headers.get('Retry-After')).toMatch(/^\d+$/);
  }, 60_000);

  it('behind a trusted proxy, tell clients apart by the address it appended', async () => {
    const url = await start(1);
    // The proxy (here the test itself) appends the address it saw, rightmost.
    for (let i = 0; i < WRITE_LIMIT.limit; i++) {
      expect((await write(url, `spoofed-${i}, 203.0.113.7`)).status).toBe(400);
    }
    expect((await write(url, 'spoofed-again, 203.0.113.7')).status).toBe(429);
    expect((await write(url, '203.0.113.8')).status).toBe(400);
  }, 60_000);
});
