/**
 * Keeps the embedded database off a full disk. PGlite writes its files through the
 * process (no server of its own to refuse politely), and PostgreSQL that runs out
 * of space in the middle of a write can stop altogether. So writes are refused
 * before they start while the data directory's filesystem has less than a reserve
 * left, reads go on, and writes resume by themselves once space is back.
 */
import { accessSync, constants, statfsSync } from 'node:fs';

/** Sized above a WAL segment (16 MB), so what is already written can always be logged. */
export const DEFAULT_RESERVE_BYTES = 64 * 1024 * 1024;
const CHECK_EVERY_MS = 1_000;

export class DiskFullError extends Error {
  override readonly name = 'DiskFullError';
  readonly code = 'ENOSPC';
}

export class ReadOnlyError extends Error {
  override readonly name = 'ReadOnlyError';
  readonly code = 'EROFS';
}

export interface DiskGuardOptions {
  dir: string;
  reserveBytes?: number;
  /** Bytes available to this process on `dir`'s filesystem (tests inject their own). */
  freeBytes?: (dir: string) => number;
  writable?: (dir: string) => boolean;
  now?: () => number;
}

const statfsFree = (dir: string) => {
  const stats = statfsSync(dir);
  return stats.bavail * stats.bsize;
};

const canWrite = (dir: string) => {
  try {
    accessSync(dir, constants.W_OK);
    return true;
  } catch {
    return false;
  }
};

export interface DiskGuard {
  /** Why a write cannot succeed now, or null. Measured at most once a second. */
  problem(): DiskFullError | ReadOnlyError | null;
  /** Throws the problem, if any: call before a write. */
  assertWritable(): void;
}

export function diskGuard({
  dir,
  reserveBytes = DEFAULT_RESERVE_BYTES,
  freeBytes = statfsFree,
  writable = canWrite,
  now = Date.now,
}: DiskGuardOptions): DiskGuard {
  let checkedAt = -Infinity;
  let last: DiskFullError | ReadOnlyError | null = null;
  const measure = () => {
    if (!writable(dir)) return new ReadOnlyError(`The data directory ${dir} is not writable.`);
    const free = freeBytes(dir);
    if (free < reserveBytes)
      return new DiskFullError(
        `Only ${Math.floor(free / 1024 / 1024)} MB left on the filesystem of ${dir} ` +
          `(writes need ${Math.round(reserveBytes / 1024 / 1024)} MB free).`,
      );
    return null;
  };
  const guard: DiskGuard = {
    problem() {
      const t = now();
      if (t - checkedAt >= CHECK_EVERY_MS) {
        checkedAt = t;
        try {
          last = measure();
        } catch {
          // statfs itself failing is no reason to refuse writes.
          last = null;
        }
      }
      return last;
    },
    assertWritable() {
      const problem = guard.problem();
      if (problem) throw problem;
    },
  };
  return guard;
}

/** Statements that write, as the adapter sees them (transactions are checked whole). */
const WRITING =
  /^\s*(?:insert|update|delete|merge|create|alter|drop|truncate|copy|vacuum|reindex|cluster)\b/i;

const WRITING_CTE = /^\s*with\b[\s\S]*\b(?:insert|update|delete|merge)\b/i;

export function isWrite(sql: string): boolean {
  const statement = sql.replace(/^(?:\s*--[^\n]*\n)+/, '');
  return WRITING.test(statement) || WRITING_CTE.test(statement);
}
