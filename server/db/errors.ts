/**
 * What a database error means for the client. PostgreSQL's SQLSTATE classes (both
 * drivers expose it as `code`) and the drivers' own connection failures sort errors
 * into: the request's fault (400), the database being out of reach, overloaded or
 * out of space (503, worth retrying), and everything else (a bug: 500).
 */

export type DatabaseFailure =
  | { kind: 'input'; message: string }
  | { kind: 'unavailable'; message: string; retryAfterSeconds: number }
  | { kind: 'full'; message: string; retryAfterSeconds: number };

const CONNECTION_ERRNOS = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'EPIPE',
  'EAI_AGAIN',
]);
const DISK_ERRNOS = new Set(['ENOSPC', 'EDQUOT', 'EROFS']);

const CONNECTION_MESSAGE =
  /query read timeout|timeout exceeded when trying to connect|connection terminated|connection timeout|client has encountered a connection error|cannot use a pool after calling end|database is unavailable/i;
const DISK_MESSAGE = /no space left on device|disk quota exceeded|read-only file system/i;

/** Null when the error is not a database failure this module knows how to word. */
export function classifyDatabaseError(error: unknown): DatabaseFailure | null {
  if (!(error instanceof Error)) return null;
  const code = (error as { code?: unknown }).code;
  const sqlState = typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code) ? code : '';
  const message = error.message;
  const errno = typeof code === 'string' ? code : '';

  // Disk full, quota, read-only: PostgreSQL 53100 / 53xxx, or the OS errno (PGlite).
  if (sqlState === '53100' || DISK_ERRNOS.has(errno) || DISK_MESSAGE.test(message))
    return {
      kind: 'full',
      message: 'The server cannot store anything right now (its disk is full). Please try later.',
      retryAfterSeconds: 60,
    };
  // 22: data exception (a value the type rejects); 42601-style syntax errors are bugs.
  if (sqlState.startsWith('22'))
    return { kind: 'input', message: 'Invalid request: a value is out of range.' };
  // 08: connection exception; 57P0x: shutting down / cannot connect now; 57014: the
  // statement timeout fired; 53: insufficient resources (too many connections…).
  if (
    sqlState.startsWith('08') ||
    sqlState.startsWith('57P') ||
    sqlState === '57014' ||
    sqlState.startsWith('53') ||
    CONNECTION_ERRNOS.has(errno) ||
    CONNECTION_MESSAGE.test(message)
  )
    return {
      kind: 'unavailable',
      message: 'The database is not answering right now. Please try again in a moment.',
      retryAfterSeconds: 5,
    };
  return null;
}
