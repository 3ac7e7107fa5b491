// @vitest-environment node
/**
 * The server as a process with its embedded database on a filesystem that fills
 * up: a real one (a small tmpfs), so PGlite's own files meet the full disk. Needs
 * root to mount it (CI runs as root); elsewhere it is reported as skipped.
 */
import { spawnSync } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, rmSync, statfsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { afterAll, describe, expect, it } from 'vitest';

import { pathCreatedSchema } from '#contract/schemas.ts';
import { allowLoopbackRequests } from '#tests/utils/loopback.ts';

import { waitForOk } from './testing/http.ts';
import { exitOf, freePort, spawnServer, startServerProcess } from './testing/processes.ts';

allowLoopbackRequests();

const MB = 1024 * 1024;
const mountPoint = mkdtempSync(join(tmpdir(), 'parcours-small-disk-'));
const mounted =
  spawnSync('mount', ['-t', 'tmpfs', '-o', 'size=160m', 'tmpfs', mountPoint]).status === 0;
const SKIP_NOTE = 'mounting a small tmpfs needs root: skipping the full-disk process test';

afterAll(() => {
  if (mounted) spawnSync('umount', ['-l', mountPoint]);
  rmSync(mountPoint, { recursive: true, force: true });
});

const filler = join(mountPoint, 'filler');
/** Fills the filesystem until only `leaveBytes` remain. */
function fill(leaveBytes: number) {
  const { bavail, bsize } = statfsSync(mountPoint);
  const size = bavail * bsize - leaveBytes;
  const result = spawnSync('fallocate', ['-l', String(size), filler]);
  if (result.status !== 0) throw new Error(`fallocate failed: ${String(result.stderr)}`);
}
const settle = () => new Promise((resolve) => setTimeout(resolve, 1_100));

describe.skipIf(!mounted)(mounted ? 'the server on a disk that fills up' : SKIP_NOTE, () => {
  it('refuses writes with 503, keeps reading, stops on SIGTERM, and loses nothing', async () => {
    const dataDir = join(mountPoint, 'data');
    let server = await startServerProcess({ DATA_DIR: dataDir });
    const list = (await (await fetch(`${server.url}/api/stories?limit=2`)).json()) as {
      items: { slug: string }[];
    };
    const slug = list.items[0]!.slug;
    let cards = 0;
    const share = () =>
      fetch(`${server.url}/api/paths`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ steps: [{ kind: 'story', slug, cardsSeen: (cards += 1) }] }),
        signal: AbortSignal.timeout(10_000),
      });
    const acknowledged: string[] = [];
    const created = await share();
    expect(created.status).toBe(201);
    acknowledged.push(pathCreatedSchema.parse(await created.json()).id);

    try {
      // Nearly full: below the reserve, writes stop before PGlite runs out midway.
      fill(8 * MB);
      await settle();
      const refused = await share();
      expect(refused.status).toBe(503);
      expect(refused.headers.get('Retry-After')).toBeTruthy();
      expect((await fetch(`${server.url}/api/stories/${slug}`)).status).toBe(200);
      expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
      expect((await fetch(`${server.url}/readyz`)).status).toBe(503);

      // Space back: writes resume without a restart.
      rmSync(filler);
      await settle();
      const again = await share();
      expect(again.status).toBe(201);
      acknowledged.push(pathCreatedSchema.parse(await again.json()).id);
      expect((await fetch(`${server.url}/readyz`)).status).toBe(200);

      // Completely full, then SIGTERM: it still stops, and cleanly.
      fill(0);
      await settle();
      expect((await share()).status).toBe(503);
      const started = Date.now();
      expect(await server.stop()).toBe(0);
      expect(Date.now() - started).toBeLessThan(15_000);
    } finally {
      rmSync(filler, { force: true });
    }

    // Every acknowledged write is there after the restart.
    server = await startServerProcess({ DATA_DIR: dataDir });
    try {
      for (const id of acknowledged)
        expect((await fetch(`${server.url}/api/paths/${id}`)).status).toBe(200);
    } finally {
      expect(await server.stop()).toBe(0);
    }
  }, 180_000);

  it('starts on a nearly full disk, serving reads and saying it is not ready', async () => {
    // The database exists (the test above made it); the disk fills while it is down.
    const dataDir = join(mountPoint, 'data');
    fill(8 * MB);
    const port = await freePort();
    const child = spawnServer({ DATA_DIR: dataDir, PORT: String(port), HOST: '127.0.0.1' });
    const url = `http://127.0.0.1:${port}`;
    try {
      await waitForOk(`${url}/healthz`, 90_000, () =>
        child.exitCode !== null ? `server exited:\n${child.output()}` : null,
      );
      expect((await fetch(`${url}/api/stories?limit=1`)).status).toBe(200);
      expect((await fetch(`${url}/readyz`)).status).toBe(503);
    } finally {
      child.kill('SIGTERM');
      await once(child, 'exit');
      rmSync(filler, { force: true });
    }
  }, 180_000);

  it('names a read-only data directory in one sentence instead of a stack', async () => {
    const readOnly = join(mountPoint, 'read-only');
    spawnSync('mkdir', ['-p', readOnly]);
    expect(spawnSync('mount', ['-t', 'tmpfs', '-o', 'ro,size=1m', 'tmpfs', readOnly]).status).toBe(
      0,
    );
    try {
      const { code, output } = await exitOf(
        spawnServer({ DATA_DIR: join(readOnly, 'data'), PORT: '0' }),
      );
      expect(code).toBe(1);
      expect(output).toMatch(/could not start: The data directory .* cannot be created or written/);
      expect(output).not.toMatch(/\n\s+at /);
    } finally {
      spawnSync('umount', ['-l', readOnly]);
    }
  }, 60_000);
});
