/** A PostgreSQL server behind the adapter, through a `pg` connection pool. */
import pg from 'pg';
import {
  assertNoTransactionControl,
  DATE_OID,
  INT8_OID,
  parseDate,
  parseInt8,
  type Database,
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

export interface PostgresOptions {
  connectionString: string;
  /** Connections per server instance; N instances hold N × max. */
  max?: number;
  onError?: (error: Error) => void;
}

export async function openPostgres({
  connectionString,
  max = 10,
  onError,
}: PostgresOptions): Promise<Database> {
  const pool = new pg.Pool({ connectionString, max, types, connectionTimeoutMillis: 5_000 });
  // An idle client losing its connection must not crash the process; the pool replaces it.
  pool.on('error', (error) => onError?.(error));
  // Fail at start-up, not on the first request, when the server is unreachable.
  const probe = await pool.connect();
  probe.release();

  const on = (client: pg.Pool | pg.PoolClient): Queryable => ({
    async query<T extends Row>(sql: string, params: readonly unknown[] = []) {
      assertNoTransactionControl(sql);
      const result = await client.query<T>(sql, [...params]);
      return result.rows;
    },
    async exec(sql: string) {
      assertNoTransactionControl(sql);
      await client.query(sql);
    },
  });
  const direct = on(pool);

  return {
    kind: 'postgres',
    query: direct.query,
    exec: direct.exec,
    async tx(fn) {
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        const result = await fn(on(client));
        await client.query('COMMIT');
        return result;
      } catch (error) {
        await client.query('ROLLBACK').catch(() => undefined);
        throw error;
      } finally {
        client.release();
      }
    },
    close: () => pool.end(),
  };
}
