/**
 * The one way the server talks to its database. Two implementations (embedded
 * PGlite, a PostgreSQL server through `pg`) answer the same SQL with the same JS
 * values, so no code path exists for one database only.
 */

export type Row = Record<string, unknown>;

export interface Queryable {
  /** One statement with `$1…` parameters; resolves to its rows. */
  query<T extends Row = Row>(sql: string, params?: readonly unknown[]): Promise<T[]>;
  /** A script of several statements without parameters (migrations). */
  exec(sql: string): Promise<void>;
}

export interface TxOptions {
  unbounded?: boolean;
}

export interface Database extends Queryable {
  readonly kind: 'pglite' | 'postgres';
  /**
   * Runs `fn` in one transaction: committed when it resolves, rolled back when it
   * throws. Requests' transactions have the same statement and read timeouts as
   * single queries; `unbounded` lifts them for start-up work (migrations, seeding)
   * that may wait on another instance's lock or run long on a large database, and
   * lets it past the embedded database's disk reserve (disk-guard.ts).
   */
  tx<T>(fn: (tx: Queryable) => Promise<T>, options?: TxOptions): Promise<T>;
  close(): Promise<void>;
  /**
   * Why a write would fail now (a full disk, a read-only data directory), or null.
   * Only the embedded database can tell; a PostgreSQL server answers for itself.
   */
  writeProblem?(): string | null;
}

// PostgreSQL type oids whose JS value differs between the two drivers by default.
export const INT8_OID = 20;
export const DATE_OID = 1082;

/**
 * `pg` returns bigint (int8, `count(*)`, identity ids) as strings and PGlite as
 * numbers: both become numbers, and a value beyond 2^53 fails loudly rather than
 * silently losing precision.
 */
export function parseInt8(text: string): number {
  const value = Number(text);
  if (!Number.isSafeInteger(value)) throw new RangeError(`int8 value ${text} exceeds 2^53`);
  return value;
}

/** Dates stay ISO `YYYY-MM-DD` strings, as the contract carries them (no time zone games). */
export function parseDate(text: string): string {
  return text;
}

const TRANSACTION_CONTROL =
  /^\s*(?:begin|start\s+transaction|commit|end|rollback|abort|savepoint|release)\b/i;

/**
 * Transactions go through `tx(fn)` only: a raw BEGIN sent through `query` would
 * leave a pooled connection (or PGlite's only session) inside a transaction that
 * no code owns.
 */
export function assertNoTransactionControl(sql: string): void {
  const statements = sql
    .replace(/\$(\w*)\$[\s\S]*?\$\1\$/g, "''") // function bodies have their own BEGIN…END
    .replace(/--[^\n]*/g, '')
    .split(';');
  if (statements.some((statement) => TRANSACTION_CONTROL.test(statement))) {
    throw new Error('Transaction control statements are not allowed here: use db.tx(fn).');
  }
}
