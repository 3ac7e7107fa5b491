/**
 * Opens the database, brings its schema and content up to date, and listens; on
 * stop, refuses new connections, lets in-flight requests finish, then closes the
 * database. Used by index.ts and by tests that need a real port.
 */
import { serve } from '@hono/node-server';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createApp } from './app.ts';
import type { Database } from './db/adapter.ts';
import { migrate } from './db/migrate.ts';
import { demoContent, seedIfEmpty, type Content } from './db/seed.ts';
import type { Log } from './http/request-log.ts';

export interface ServerOptions {
  db: Database;
  port: number;
  host?: string | undefined;
  distDir?: string | undefined;
  log: Log;
  /** What to seed an empty database with (the demo fixtures by default). */
  content?: () => Promise<Content>;
  /** How long in-flight requests get to finish before their connections are cut. */
  shutdownTimeoutMs?: number;
}

export interface RunningServer {
  port: number;
  /** Graceful stop; resolves once the database is closed. Safe to call twice. */
  close(): Promise<void>;
}

/** Migrations, then the seed, each safe when several instances start together. */
export async function prepareDatabase(
  db: Database,
  log: Log,
  content = demoContent,
): Promise<void> {
  const applied = await migrate(db);
  if (applied.length > 0) log({ level: 'info', msg: 'migrations applied', versions: applied });
  if (await seedIfEmpty(db, content)) log({ level: 'info', msg: 'demo content seeded' });
}

export async function startServer(options: ServerOptions): Promise<RunningServer> {
  const { db, log, shutdownTimeoutMs = 10_000 } = options;
  await prepareDatabase(db, log, options.content);

  let draining = false;
  const app = createApp({ db, distDir: options.distDir, log, isDraining: () => draining });
  const server = await new Promise<Server>((resolve, reject) => {
    const s = serve({ fetch: app.fetch, port: options.port, hostname: options.host }, () =>
      resolve(s as Server),
    );
    s.once('error', reject);
  });
  const port = (server.address() as AddressInfo).port;

  let closing: Promise<void> | undefined;
  const close = () =>
    (closing ??= (async () => {
      draining = true;
      log({ level: 'info', msg: 'shutting down', port });
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      // Keep-alive connections hold close() open once idle, including those whose
      // in-flight request finishes meanwhile: close them as they become idle.
      server.closeIdleConnections();
      const idle = setInterval(() => server.closeIdleConnections(), 50);
      const force = setTimeout(() => server.closeAllConnections(), shutdownTimeoutMs);
      force.unref();
      await closed;
      clearInterval(idle);
      clearTimeout(force);
      await db.close();
      log({ level: 'info', msg: 'stopped', port });
    })());
  return { port, close };
}
