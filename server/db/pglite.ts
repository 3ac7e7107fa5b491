/**
 * The embedded PostgreSQL (PGlite, WebAssembly) behind the adapter. PGlite runs
 * one query at a time, synchronously: queries are queued here and each waits for
 * a turn of the event loop, so a large response never starves other requests.
 */
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';

import { PGlite, type Transaction } from '@electric-sql/pglite';
import { fuzzystrmatch } from '@electric-sql/pglite/contrib/fuzzystrmatch';
import { unaccent } from '@electric-sql/pglite/contrib/unaccent';

import {
  assertNoTransactionControl,
  type Database,
  DATE_OID,
  INT8_OID,
  parseDate,
  parseInt8,
  type Queryable,
  type Row,
} from './adapter.ts';
import { type DiskGuard, diskGuard, isWrite, ReadOnlyError } from './disk-guard.ts';
import { acquireLock, DataDirLockedError } from './lock.ts';

const parsers = { [INT8_OID]: parseInt8, [DATE_OID]: parseDate };
/** Search (migration 002) needs these; Debian's postgresql package ships them too. */
const extensions = { unaccent, fuzzystrmatch };

function unwritable(dir: string, error: unknown): Error {
  const code = (error as NodeJS.ErrnoException).code ?? 'error';
  return new ReadOnlyError(
    `The data directory ${dir} cannot be created or written (${code}). ` +
      'Check DATA_DIR, its permissions, and that its filesystem is mounted read-write.',
  );
}

const nextTurn = () => new Promise<void>((done) => setImmediate(done));

export interface PgliteOptions {
  /** Directory holding the database (created on first start); omitted: in memory. */
  dataDir?: string;
  /** In memory only: start from this dump (`dumpDataDir()`) instead of running initdb. */
  template?: Blob;
  /** With `dataDir`: how writes learn the disk is full (the default measures it). */
  guard?: (dir: string) => DiskGuard;
}

export async function openPglite({
  dataDir,
  template,
  guard: makeGuard = (dir) => diskGuard({ dir }),
}: PgliteOptions = {}): Promise<Database> {
  let release = () => {};
  let pg: PGlite;
  let guard: DiskGuard | undefined;
  if (dataDir) {
    const root = resolve(dataDir);
    guard = makeGuard(root);
    try {
      mkdirSync(root, { recursive: true });
    } catch (error) {
      throw unwritable(root, error);
    }
    try {
      release = acquireLock(join(root, 'pglite.lock'), root);
    } catch (error) {
      throw error instanceof DataDirLockedError ? error : unwritable(root, error);
    }
    try {
      pg = new PGlite(join(root, 'pglite'), { parsers, extensions });
      await pg.waitReady;
    } catch (error) {
      release();
      throw error;
    }
  } else {
    pg = new PGlite({ parsers, extensions, ...(template ? { loadDataDir: template } : {}) });
    await pg.waitReady;
  }

  // One operation (a query or a whole transaction) at a time, in arrival order.
  let tail: Promise<unknown> = Promise.resolve();
  function enqueue<T>(operation: () => Promise<T>): Promise<T> {
    const result = tail.then(nextTurn).then(operation);
    tail = result.catch(() => undefined);
    return result;
  }

  const on = (target: PGlite | Transaction): Queryable => ({
    async query<T extends Row>(sql: string, params: readonly unknown[] = []) {
      assertNoTransactionControl(sql);
      const result = await target.query<T>(sql, [...params]);
      return result.rows;
    },
    async exec(sql: string) {
      assertNoTransactionControl(sql);
      await target.exec(sql);
    },
  });
  const direct = on(pg);

  // Refused before they reach PGlite: a write that runs out of space midway can
  // leave the embedded database unable to go on (disk-guard.ts).
  const checkWrite = (sql?: string) => {
    if (guard && (sql === undefined || isWrite(sql))) guard.assertWritable();
  };

  let closed = false;
  return {
    kind: 'pglite',
    query: (sql, params) =>
      enqueue(() => {
        checkWrite(sql);
        return direct.query(sql, params);
      }),
    exec: (sql) =>
      enqueue(() => {
        checkWrite(sql);
        return direct.exec(sql);
      }),
    writeProblem: () => guard?.problem()?.message ?? null,
    tx: (fn, { unbounded = false } = {}) =>
      enqueue(() => {
        // Start-up work (migrations, the seed) is not held to the reserve: a server
        // on a nearly full disk still starts and serves reads.
        if (!unbounded) checkWrite();
        return pg.transaction(async (transaction) => {
          const inner = on(transaction);
          // Inside the transaction the queue is held; still yield between statements.
          return fn({
            query: async (sql, params) => {
              await nextTurn();
              return inner.query(sql, params);
            },
            exec: async (sql) => {
              await nextTurn();
              return inner.exec(sql);
            },
          });
        });
      }),
    async close() {
      if (closed) return;
      closed = true;
      await tail;
      try {
        await pg.close();
      } finally {
        release();
      }
    },
  };
}
