// @vitest-environment node
/**
 * The scheduled clean-up of unused uploads: it sweeps at start and on every tick,
 * keeps what is younger than the grace period and what a story names, survives a
 * failing sweep, never runs two at once, and is what a started server runs.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { migrate } from '../db/migrate.ts';
import { type LogEntry, silentLog } from '../http/request-log.ts';
import { startServer } from '../serve.ts';
import { databaseKinds, memoryDatabase, type TestDatabase } from '../testing/databases.ts';
import { syntheticContent } from '../testing/synthetic-content.ts';
import { databaseMediaStore, type MediaStore } from './store.ts';
import { MEDIA_GRACE_MS, startMediaSweep, type SweepTimers } from './sweep.ts';

/** Timers a test fires by hand. */
function manualTimers() {
  const ticks: { run: () => void; ms: number; cleared: boolean }[] = [];
  const timers: SweepTimers = {
    setInterval: (run, ms) => {
      const tick = { run, ms, cleared: false };
      ticks.push(tick);
      return tick;
    },
    clearInterval: (handle) => {
      (handle as (typeof ticks)[number]).cleared = true;
    },
  };
  return { timers, ticks };
}

/** A store that records the cut-off dates it was asked for. */
function recordingStore(answer: () => Promise<number> = async () => 0) {
  const asked: Date[] = [];
  const store: MediaStore = {
    put: async () => [],
    info: async () => null,
    read: async () => null,
    putFile: async () => {
      throw new Error('the sweep stores nothing');
    },
    stream: async () => null,
    deleteUnreferenced: (before) => {
      asked.push(before);
      return answer();
    },
  };
  return { store, asked };
}

describe('startMediaSweep', () => {
  it('sweeps at start and on every tick, a grace period before now', async () => {
    const { timers, ticks } = manualTimers();
    const { store, asked } = recordingStore();
    let now = new Date('2026-12-04T10:00:00Z');
    const sweep = startMediaSweep({ store, log: silentLog, clock: () => now, timers });
    await sweep.sweep();
    expect(ticks).toHaveLength(1);
    expect(ticks[0]!.ms).toBe(60 * 60_000);
    expect(asked.map((d) => d.toISOString())).toEqual(['2026-12-03T10:00:00.000Z']);

    now = new Date('2026-12-04T11:00:00Z');
    ticks[0]!.run();
    await sweep.sweep();
    expect(asked.at(-1)!.toISOString()).toBe('2026-12-03T11:00:00.000Z');
    await sweep.stop();
    expect(ticks[0]!.cleared).toBe(true);
  });

  it('runs one sweep at a time, logs a failure and tries again next time', async () => {
    const { timers, ticks } = manualTimers();
    const logged: LogEntry[] = [];
    let finish: (n: number) => void = () => {};
    let calls = 0;
    const { store } = recordingStore(() => {
      calls += 1;
      if (calls === 2) return Promise.reject(new Error('disk full'));
      return new Promise<number>((resolve) => (finish = resolve));
    });
    const sweep = startMediaSweep({ store, log: (e) => logged.push(e), timers });
    ticks[0]!.run(); // while the first is under way: not a second one
    expect(calls).toBe(1);
    const stopped = sweep.stop();
    finish(3);
    await stopped; // waits for the sweep under way
    expect(logged).toEqual([{ level: 'info', msg: 'unused uploads removed', blobs: 3 }]);
    await expect(sweep.sweep()).resolves.toBe(0);
    expect(logged.at(-1)).toMatchObject({ level: 'warn', msg: 'media clean-up failed' });
    expect(String(logged.at(-1)!.error)).toContain('disk full');
  });
});

describe.each(databaseKinds)('the sweep on $name', ({ open, skip }) => {
  describe.skipIf(Boolean(skip))(skip ? `skipped: ${skip}` : 'blobs', () => {
    let test: TestDatabase;
    beforeAll(async () => {
      test = await open();
      await migrate(test.db);
    }, 120_000);
    afterAll(() => test?.dispose());

    const stored = async () =>
      (await test.db.query<{ sha256: string }>('SELECT sha256 FROM media_blobs')).map(
        (r) => r.sha256,
      );

    it('removes an unused upload only once its grace period is over, never a used one', async () => {
      const store = databaseMediaStore(test.db);
      const [unused, used] = await store.put([
        { bytes: new Uint8Array([1, 2, 3]), contentType: 'image/webp' },
        { bytes: new Uint8Array([4, 5, 6]), contentType: 'image/webp' },
      ]);
      await test.db.query(
        `INSERT INTO studio_stories (slug, state, draft, created_at, updated_at)
         VALUES ('balayage', 'draft', $1::jsonb, now(), now())`,
        [JSON.stringify({ cover: { src: `/media/u/${used}.webp` } })],
      );
      const { timers, ticks } = manualTimers();
      let now = new Date();
      const sweep = startMediaSweep({ store, log: silentLog, clock: () => now, timers });
      await sweep.sweep();
      // Just uploaded, not saved in any draft yet: kept.
      expect(await stored()).toEqual(expect.arrayContaining([unused, used]));

      now = new Date(Date.now() + MEDIA_GRACE_MS + 60_000);
      ticks[0]!.run();
      await expect(sweep.sweep()).resolves.toBe(1);
      expect(await stored()).toEqual([used]);
      await sweep.stop();
    });
  });
});

describe('the server', () => {
  it('sweeps unused uploads on its own schedule, and stops with it', async () => {
    const { db } = await memoryDatabase();
    const { store, asked } = recordingStore();
    const { timers, ticks } = manualTimers();
    const now = new Date('2026-12-04T10:00:00Z');
    const server = await startServer({
      db,
      port: 0,
      host: '127.0.0.1',
      log: silentLog,
      content: async () => syntheticContent(5),
      media: store,
      mediaSweep: { clock: () => now, timers },
    });
    try {
      await expect.poll(() => asked.length).toBe(1);
      expect(asked[0]!.toISOString()).toBe('2026-12-03T10:00:00.000Z');
      ticks[0]!.run();
      await expect.poll(() => asked.length).toBe(2);
    } finally {
      await server.close();
    }
    expect(ticks[0]!.cleared).toBe(true);
  }, 120_000);
});
