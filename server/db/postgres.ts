/** A PostgreSQL server behind the adapter, through a `pg` connection pool. */
import pg from 'pg';

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

const types = {
  getTypeParser: ((oid: number, format?: string) => {
    if (oid === INT8_OID) return parseInt8;
    if (oid === DATE_OID) return parseDate;
    return pg.types.getTypeParser(oid, format as 'text');
  }) as typeof pg.types.getTypeParser,
};

/** pg reads a per-query `query_timeout` that its types do not declare. */
function statement(
  text: string,
  readMs: number | undefined,
  params?: readonly unknown[],
): pg.QueryConfig<unknown[]> {
  return Object.assign(
    { text, values: params ? [...params] : undefined },
    { query_timeout: readMs },
  );
}

export interface PostgresOptions {
  connectionString: string;
  /** Connections per server instance; N instances hold N × max. */
  max?: number;
  onError?: (error: Error) => void;
  timeouts?: Partial<PostgresTimeouts>;
}

export interface PostgresTimeouts {
  /** Waiting for a connection (a new one, or a free one from a busy pool). */
  connectMs: number;
  /** The server cancels a statement running longer (SQLSTATE 57014). */
  statementMs: number;
  /**
   * The client gives up on an answer that never comes (a frozen server or network,
   * where the server's own timeout cannot fire); the connection is then discarded.
   */
  readMs: number;
}

export const DEFAULT_TIMEOUTS: PostgresTimeouts = {
  connectMs: 5_000,
  statementMs: 5_000,
  readMs: 8_000,
};

export async function openPostgres({
  connectionString,
  max = 10,
  onError,
  timeouts: overrides,
}: PostgresOptions): Promise<Database> {
  const timeouts = { ...DEFAULT_TIMEOUTS, ...overrides };
  const pool = new pg.Pool({
    connectionString,
    max,
    types,
    connectionTimeoutMillis: timeouts.connectMs,
    statement_timeout: timeouts.statementMs,
    // A transaction left open by a client that vanished must not hold its locks.
    idle_in_transaction_session_timeout: Math.max(timeouts.readMs * 2, 10_000),
    // Notices a half-open TCP connection (a peer that vanished) without a query.
    keepAlive: true,
  });
  // An idle client losing its connection must not crash the process; the pool replaces it.
  pool.on('error', (error) => onError?.(error));
  // Fail at start-up, not on the first request, when the server is unreachable.
  const probe = await pool.connect();
  probe.release();

  // `readMs` undefined: no client-side limit (start-up work: migrations, seeding).
  const on = (client: pg.Pool | pg.PoolClient, readMs: number | undefined): Queryable => ({
    async query<T extends Row>(sql: string, params: readonly unknown[] = []) {
      assertNoTransactionControl(sql);
      const result = await client.query<T>(statement(sql, readMs, params));
      return result.rows;
    },
    async exec(sql: string) {
      assertNoTransactionControl(sql);
      await client.query(statement(sql, readMs));
    },
  });
  const direct = on(pool, timeouts.readMs);

  return {
    kind: 'postgres',
    query: direct.query,
    exec: direct.exec,
    async tx(fn, { unbounded = false } = {}) {
      const readMs = unbounded ? undefined : timeouts.readMs;
      const client = await pool.connect();
      // A connection whose answer never came is discarded, not given to the next request.
      let broken: Error | undefined;
      try {
        await client.query(statement('BEGIN', readMs));
        if (unbounded) await client.query('SET LOCAL statement_timeout = 0');
        const result = await fn(on(client, readMs));
        await client.query(statement('COMMIT', readMs));
        return result;
      } catch (error) {
        await client
          .query(statement('ROLLBACK', timeouts.readMs))
          .catch((rollbackError: unknown) => {
            broken =
              rollbackError instanceof Error ? rollbackError : new Error(String(rollbackError));
          });
        throw error;
      } finally {
        client.release(broken);
      }
    },
    close: () => pool.end(),
  };
}
