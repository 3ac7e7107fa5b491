/**
 * PGlite has no lock of its own: two processes opening one data directory corrupt
 * it. A lock file names its owner so that a second one fails clearly, and so that
 * a lock left behind by a dead owner is taken over without anyone deleting it.
 *
 * A pid alone cannot say who owns the lock: after a crash, the pid may belong to
 * an unrelated process, or to the new process itself (a container restarting gets
 * the same pid). So the lock records the owner's pid, its start time (Linux's
 * /proc/<pid>/stat) and the boot it started in: a live pid with another start time
 * or another boot is not the owner.
 */
import { closeSync, openSync, readFileSync, rmSync, statSync, writeSync } from 'node:fs';
import { hostname } from 'node:os';

export class DataDirLockedError extends Error {
  override readonly name = 'DataDirLockedError';
}

export interface LockOwner {
  pid: number;
  host: string;
  /** Clock ticks after boot at which the process started; null where /proc is missing. */
  startTime: number | null;
  bootId: string | null;
}

/** Lock files this process holds: the only sure way to know "this one" holds it. */
const heldHere = new Set<string>();

function readProc(path: string): string | null {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return null;
  }
}

/** Field 22 of /proc/<pid>/stat (after the parenthesised command, which may hold spaces). */
export function processStartTime(pid: number): number | null {
  const stat = readProc(`/proc/${pid}/stat`);
  if (stat === null) return null;
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  const value = Number(fields[19]);
  return Number.isSafeInteger(value) ? value : null;
}

/** When a process started, in ms since the epoch (Linux, whose clock ticks are 1/100 s). */
function processStartedAt(pid: number): number | null {
  const ticks = processStartTime(pid);
  const btime = /^btime (\d+)$/m.exec(readProc('/proc/stat') ?? '')?.[1];
  return ticks === null || btime === undefined ? null : Number(btime) * 1000 + ticks * 10;
}

function modifiedAt(path: string): number | null {
  try {
    return statSync(path).mtimeMs;
  } catch {
    return null;
  }
}

const bootId = () => readProc('/proc/sys/kernel/random/boot_id')?.trim() ?? null;

export function currentOwner(pid = process.pid): LockOwner {
  return { pid, host: hostname(), startTime: processStartTime(pid), bootId: bootId() };
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** The owner a lock file names; an old lock holding only a pid is read too. */
export function parseLock(text: string): LockOwner | null {
  const trimmed = text.trim();
  if (/^\d+$/.test(trimmed)) {
    return { pid: Number(trimmed), host: hostname(), startTime: null, bootId: null };
  }
  try {
    const value = JSON.parse(trimmed) as Partial<LockOwner>;
    if (!Number.isInteger(value.pid) || (value.pid ?? 0) <= 0) return null;
    return {
      pid: value.pid!,
      host: typeof value.host === 'string' ? value.host : '',
      startTime: typeof value.startTime === 'number' ? value.startTime : null,
      bootId: typeof value.bootId === 'string' ? value.bootId : null,
    };
  } catch {
    return null;
  }
}

/**
 * Whether the process a lock names still holds it. Another host's lock (a shared
 * volume) is honoured: nothing here can tell whether that process lives.
 */
export function ownerIsRunning(owner: LockOwner, lockPath: string): boolean {
  const here = currentOwner();
  if (owner.host !== here.host) return true;
  if (owner.pid === process.pid) return heldHere.has(lockPath);
  if (owner.bootId !== null && here.bootId !== null && owner.bootId !== here.bootId) return false;
  if (!isAlive(owner.pid)) return false;
  const startTime = processStartTime(owner.pid);
  if (owner.startTime !== null && startTime !== null) return startTime === owner.startTime;
  // An old lock holding only a pid: a process that started after the lock was
  // written cannot have written it (2 s of slack for clock granularity).
  const startedAt = processStartedAt(owner.pid);
  const writtenAt = modifiedAt(lockPath);
  if (startedAt !== null && writtenAt !== null) return startedAt <= writtenAt + 2_000;
  // No /proc: the live pid is trusted.
  return true;
}

/** Takes the lock or throws DataDirLockedError; returns the function that releases it. */
export function acquireLock(lockPath: string, dataDir: string): () => void {
  for (let attempt = 0; attempt < 2; attempt += 1) {
    try {
      const fd = openSync(lockPath, 'wx');
      try {
        writeSync(fd, JSON.stringify(currentOwner()));
      } finally {
        closeSync(fd);
      }
      heldHere.add(lockPath);
      let released = false;
      const release = () => {
        if (released) return;
        released = true;
        heldHere.delete(lockPath);
        process.off('exit', release);
        rmSync(lockPath, { force: true });
      };
      // Even a crash through process.exit() leaves no stale lock behind.
      process.on('exit', release);
      return release;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const owner = parseLock(readProc(lockPath) ?? '');
      if (owner && ownerIsRunning(owner, lockPath)) {
        const self = owner.pid === process.pid && owner.host === hostname();
        throw new DataDirLockedError(
          `The embedded database in ${dataDir} is already in use by process ${owner.pid}` +
            (self ? ' (this one)' : owner.host !== hostname() ? ` on ${owner.host}` : '') +
            '. Stop that server first, or set DATA_DIR to another directory.',
        );
      }
      // The owner died without cleaning up (kill -9, power loss, a restart that
      // reused its pid), or the file is unreadable: the lock is stale.
      rmSync(lockPath, { force: true });
    }
  }
  throw new DataDirLockedError(`Could not take the lock ${lockPath}.`);
}
