// @vitest-environment node
/** The embedded database's lock: pid reuse must not fool it, either way. */
import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';

import { acquireLock, currentOwner, DataDirLockedError } from './lock.ts';

const dir = mkdtempSync(join(tmpdir(), 'parcours-lock-'));
const lockPath = join(dir, 'pglite.lock');
let other: ChildProcess;

beforeAll(async () => {
  // A live process that is not a Parcours server, started after any lock below.
  other = spawn('sleep', ['60'], { stdio: 'ignore' });
  await once(other, 'spawn');
});
afterAll(() => {
  other.kill('SIGKILL');
  rmSync(dir, { recursive: true, force: true });
});
afterEach(() => rmSync(lockPath, { force: true }));

const linux = process.platform === 'linux';

describe('the data directory lock', () => {
  it('refuses a second opening in the same process', () => {
    const release = acquireLock(lockPath, dir);
    try {
      expect(() => acquireLock(lockPath, dir)).toThrow(/in use by process \d+ \(this one\)/);
    } finally {
      release();
    }
  });

  it('refuses while the process that wrote the lock still runs', () => {
    writeFileSync(lockPath, JSON.stringify(currentOwner(other.pid)));
    expect(() => acquireLock(lockPath, dir)).toThrow(DataDirLockedError);
    expect(() => acquireLock(lockPath, dir)).toThrow(new RegExp(`process ${other.pid}`));
  });

  it('takes over a lock naming its own pid (a container restarted with the same pid)', () => {
    writeFileSync(lockPath, String(process.pid));
    acquireLock(lockPath, dir)();
    writeFileSync(lockPath, JSON.stringify({ ...currentOwner(), startTime: 1 }));
    acquireLock(lockPath, dir)();
  });

  it.runIf(linux)('takes over a lock whose pid now belongs to an unrelated process', () => {
    // The same pid, but not the same process: it started at another time.
    const owner = currentOwner(other.pid);
    writeFileSync(lockPath, JSON.stringify({ ...owner, startTime: (owner.startTime ?? 0) - 1 }));
    acquireLock(lockPath, dir)();
    // An old lock file, holding only a pid, written before that process started.
    writeFileSync(lockPath, String(other.pid));
    const before = new Date(Date.now() - 60 * 60 * 1000);
    utimesSync(lockPath, before, before);
    acquireLock(lockPath, dir)();
    // …or in another boot of the machine.
    writeFileSync(lockPath, JSON.stringify({ ...owner, bootId: 'another-boot' }));
    acquireLock(lockPath, dir)();
  });

  it('takes over an empty or garbled lock file', () => {
    writeFileSync(lockPath, '');
    acquireLock(lockPath, dir)();
    writeFileSync(lockPath, '{"pid":');
    acquireLock(lockPath, dir)();
  });
});
