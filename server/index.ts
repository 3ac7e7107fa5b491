/**
 * `node --import tsx server/index.ts`: the Parcours server. Configuration comes
 * from the environment:
 *
 *   PORT          port to listen on (3000)
 *   HOST          interface to bind (all)
 *   DATABASE_URL  postgres://… to use a PostgreSQL server; otherwise PGlite
 *   DATA_DIR      where PGlite keeps its files (./data)
 *   DIST_DIR      the Vite build to serve (./dist); the API alone when missing
 *   LOG_LEVEL     "silent" to turn the JSON request log off
 *   MAX_CONNECTIONS, HEADERS_TIMEOUT_MS, REQUEST_TIMEOUT_MS  connection limits (serve.ts)
 *   TRUST_PROXY   how many proxies stand in front (0): clients are then told apart
 *                 by X-Forwarded-For as those proxies wrote it, not by socket address
 *   REPORT_THRESHOLD  distinct reporters that hide a contribution pending review (3)
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

import { DiskFullError, ReadOnlyError } from './db/disk-guard.ts';
import { DataDirLockedError } from './db/lock.ts';
import { databaseConfigFromEnv, describeDatabase, openDatabase } from './db/open.ts';
import { ConfigError, parseTrustProxy } from './http/client-address.ts';
import { jsonLog, silentLog } from './http/request-log.ts';
import { parseReportThreshold } from './in-movement/config.ts';
import { limitsFromEnv, startServer } from './serve.ts';

const log = process.env.LOG_LEVEL === 'silent' ? silentLog : jsonLog;

async function main(): Promise<void> {
  const distDir = resolve(process.env.DIST_DIR ?? 'dist');
  const hasBuild = existsSync(resolve(distDir, 'index.html'));
  if (!hasBuild)
    log({
      level: 'warn',
      msg: `no build in ${distDir}: serving the API only (run "npm run build")`,
    });

  const trustProxy = parseTrustProxy(process.env.TRUST_PROXY);
  const reportThreshold = parseReportThreshold(process.env.REPORT_THRESHOLD);
  const config = databaseConfigFromEnv();
  const db = await openDatabase({
    ...config,
    onError: (error) =>
      log({ level: 'error', msg: 'database connection error', error: error.message }),
  });
  const server = await startServer({
    db,
    port: Number(process.env.PORT ?? 3000),
    host: process.env.HOST || undefined,
    distDir: hasBuild ? distDir : undefined,
    log,
    limits: limitsFromEnv(),
    trustProxy,
    reportThreshold,
  });
  log({
    level: 'info',
    msg: 'listening',
    url: `http://localhost:${server.port}`,
    database: describeDatabase(config),
  });

  for (const signal of ['SIGTERM', 'SIGINT'] as const) {
    process.once(signal, () => {
      server.close().then(
        () => process.exit(0),
        (error: unknown) => {
          log({ level: 'error', msg: 'unclean shutdown', error: String(error) });
          process.exit(1);
        },
      );
    });
  }
}

function isFilesystemRefusal(error: unknown): error is NodeJS.ErrnoException & { code: string } {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  return code === 'EACCES' || code === 'EPERM' || code === 'EROFS' || code === 'ENOSPC';
}

main().catch((error: unknown) => {
  // A clear sentence for the expected failures, the stack for the rest.
  const message =
    error instanceof DataDirLockedError ||
    error instanceof DiskFullError ||
    error instanceof ReadOnlyError ||
    error instanceof ConfigError
      ? error.message
      : isFilesystemRefusal(error)
        ? `the data directory cannot be written (${error.code}: ${error.message}). Check DATA_DIR's permissions and that its filesystem is mounted read-write.`
        : error instanceof Error
          ? (error.stack ?? error.message)
          : String(error);
  console.error(`Parcours could not start: ${message}`);
  process.exit(1);
});
