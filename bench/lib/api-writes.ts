/**
 * bench:api's write part: In Movement contributions by concurrent writers, each its
 * own account (made before the server starts: PGlite's data directory is then the
 * server's alone) and its own client address (X-Forwarded-For, the server trusting
 * one proxy), so neither per-account nor per-client limits are what is measured.
 */
import { randomBytes } from 'node:crypto';

import { SESSION_COOKIE } from '../../server/auth/current.ts';
import { migrate } from '../../server/db/migrate.ts';
import { openDatabase } from '../../server/db/open.ts';
import { createTestAccount } from '../../server/testing/accounts.ts';

/** Concurrent writers, and the writes each makes one after the other. */
export const WRITERS = 50;
const WRITES_EACH = 25; // with the warm-up, under ACCOUNT_WRITE_LIMIT (30 per 10 min)
const WARMUP_WRITES = 2;

export interface WriteFigures {
  target: string;
  endpoint: string;
  reqPerSec: number;
  p50: number;
  p99: number;
  bytesPerReq: number;
  non2xx: number;
  errors: number;
}

/** The writers' accounts and live sessions, in the database the server will open. */
export async function prepareWriters(env: Record<string, string>): Promise<string[]> {
  const db = await openDatabase({ databaseUrl: env.DATABASE_URL, dataDir: env.DATA_DIR });
  try {
    await migrate(db);
    const sessions: string[] = [];
    for (let i = 0; i < WRITERS; i++) {
      sessions.push((await createTestAccount(db, 'participant')).sessionId);
    }
    return sessions;
  } finally {
    await db.close();
  }
}

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

/**
 * WRITERS writers at once, each sending WRITES_EACH contributions in turn (a fresh
 * idempotency key each): the write path with its checks (session, block, limits,
 * debate open) and its one-row insert, under concurrency.
 */
export async function measureWrites(
  target: { name: string; url: string; writers: string[] },
  slug: string,
): Promise<WriteFigures> {
  const url = `${target.url}/api/in-movement/debates/${slug}/contributions`;
  const samples: number[] = [];
  let non2xx = 0;
  let errors = 0;
  let bytes = 0;
  const write = async (writer: number, session: string, record: boolean) => {
    const started = performance.now();
    try {
      const response = await fetch(url, {
        method: 'POST',
        headers: {
          'Content-Type': 'application/json',
          Cookie: `${SESSION_COOKIE}=${session}`,
          'X-Forwarded-For': `10.77.${writer >> 8}.${writer & 255}`,
        },
        body: JSON.stringify({
          idempotencyKey: `bench${writer}x${randomBytes(12).toString('hex')}`,
          body: `Contribution de charge, écrite par le banc d’essai (${writer}).`,
          stance: 'neutral',
        }),
      });
      const body = await response.arrayBuffer();
      if (!record) return;
      samples.push(performance.now() - started);
      bytes += body.byteLength;
      if (response.status !== 201) non2xx++;
    } catch {
      if (record) errors++;
    }
  };
  const writeAll = (count: number, record: boolean) =>
    Promise.all(
      target.writers.map(async (session, writer) => {
        for (let n = 0; n < count; n++) await write(writer, session, record);
      }),
    );
  await writeAll(WARMUP_WRITES, false);
  const started = performance.now();
  await writeAll(WRITES_EACH, true);
  const seconds = (performance.now() - started) / 1000;
  samples.sort((a, b) => a - b);
  const figures: WriteFigures = {
    target: target.name,
    endpoint: `contribution write (${WRITERS} writers)`,
    reqPerSec: Math.round(samples.length / seconds),
    p50: Math.round(percentile(samples, 50)),
    p99: Math.round(percentile(samples, 99)),
    bytesPerReq: Math.round(bytes / Math.max(1, samples.length)),
    non2xx,
    errors,
  };
  console.log(
    `  ${target.name.padEnd(26)} ${'writes'.padEnd(12)} ${String(figures.reqPerSec).padStart(7)} req/s  p50 ${figures.p50} ms  p99 ${figures.p99} ms  (${samples.length} writes, ${non2xx} not 201)`,
  );
  return figures;
}
