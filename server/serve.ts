/**
 * Opens the database, brings its schema and content up to date, and listens; on
 * stop, refuses new connections, lets in-flight requests finish, then closes the
 * database. Used by index.ts and by tests that need a real port.
 */
import type { Server } from 'node:http';
import { type AddressInfo, Server as NetServer } from 'node:net';

import { serve } from '@hono/node-server';

import { createApp } from './app.ts';
import { PURGE_EVERY_MS, purgeStaleSignIns } from './auth/purge.ts';
import type { Database } from './db/adapter.ts';
import { migrate } from './db/migrate.ts';
import { type Content, demoContent, seedIfEmpty } from './db/seed.ts';
import type { Log } from './http/request-log.ts';
import { parseReportThreshold } from './in-movement/config.ts';
import {
  demoInMovement,
  type InMovementContent,
  seedInMovementIfEmpty,
} from './in-movement/seed.ts';
import { databaseMediaStore, type MediaStore } from './media/store.ts';
import { type MediaSweepOptions, startMediaSweep } from './media/sweep.ts';
import { seedDemoEditorOnce } from './studio/seed.ts';
import { publishDue } from './studio/writes.ts';

/** How often an instance looks for scheduled stories that are due, when nobody reads. */
const PUBLISH_DUE_EVERY_MS = 30_000;

export interface ServerOptions {
  db: Database;
  port: number;
  host?: string | undefined;
  distDir?: string | undefined;
  log: Log;
  /** What to seed an empty database with (the demo fixtures by default). */
  content?: () => Promise<Content>;
  /** What to seed an empty In Movement platform with (its demo fixtures by default). */
  inMovement?: () => Promise<InMovementContent>;
  /** Distinct reporters that hide a contribution (REPORT_THRESHOLD by default). */
  reportThreshold?: number;
  /** How long in-flight requests get to finish before their connections are cut. */
  shutdownTimeoutMs?: number;
  /** How long open keep-alive connections are still served (with `Connection: close`). */
  drainGraceMs?: number;
  trustProxy?: number | undefined;
  limits?: Partial<ConnectionLimits>;
  /** Where uploads live (this database by default). */
  media?: MediaStore;
  /** The hourly clean-up of unused uploads: its clock, timers and periods, for tests. */
  mediaSweep?: Omit<MediaSweepOptions, 'store' | 'log'>;
}

/** What a public server allows a client's connection (defaults suit one instance). */
export interface ConnectionLimits {
  /** A client must have sent its whole request head within this time. */
  headersTimeoutMs: number;
  /** …and its whole request, body included. */
  requestTimeoutMs: number;
  /** An idle keep-alive connection is closed after this. */
  keepAliveTimeoutMs: number;
  /** Open connections at once; beyond it, new ones are closed straight away. */
  maxConnections: number;
}

export const DEFAULT_LIMITS: ConnectionLimits = {
  headersTimeoutMs: 10_000,
  requestTimeoutMs: 30_000,
  keepAliveTimeoutMs: 5_000,
  maxConnections: 2_000,
};

/** `MAX_CONNECTIONS`, `HEADERS_TIMEOUT_MS`, `REQUEST_TIMEOUT_MS` from the environment. */
export function limitsFromEnv(env: NodeJS.ProcessEnv = process.env): Partial<ConnectionLimits> {
  const read = (name: string) => {
    const value = Number(env[name]);
    return env[name] && Number.isInteger(value) && value > 0 ? value : undefined;
  };
  const limits: Partial<ConnectionLimits> = {};
  const max = read('MAX_CONNECTIONS');
  const headers = read('HEADERS_TIMEOUT_MS');
  const request = read('REQUEST_TIMEOUT_MS');
  if (max) limits.maxConnections = max;
  if (headers) limits.headersTimeoutMs = headers;
  if (request) limits.requestTimeoutMs = request;
  return limits;
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
  {
    inMovement = demoInMovement,
    reportThreshold = parseReportThreshold(process.env.REPORT_THRESHOLD),
  }: { inMovement?: () => Promise<InMovementContent>; reportThreshold?: number } = {},
): Promise<void> {
  const applied = await migrate(db);
  if (applied.length > 0) log({ level: 'info', msg: 'migrations applied', versions: applied });
  if (await seedIfEmpty(db, content)) log({ level: 'info', msg: 'demo content seeded' });
  if (await seedInMovementIfEmpty(db, inMovement, reportThreshold)) {
    log({ level: 'info', msg: 'In Movement demo seeded' });
  }
  if (await seedDemoEditorOnce(db)) log({ level: 'info', msg: 'studio demo editor seeded' });
}

export async function startServer(options: ServerOptions): Promise<RunningServer> {
  const { db, log, shutdownTimeoutMs = 10_000, drainGraceMs = 1_000 } = options;
  await prepareDatabase(db, log, options.content, {
    ...(options.inMovement ? { inMovement: options.inMovement } : {}),
    ...(options.reportThreshold !== undefined ? { reportThreshold: options.reportThreshold } : {}),
  });

  let draining = false;
  const media = options.media ?? databaseMediaStore(db);
  const app = createApp({
    db,
    media,
    distDir: options.distDir,
    log,
    isDraining: () => draining,
    trustProxy: options.trustProxy,
    ...(options.reportThreshold !== undefined ? { reportThreshold: options.reportThreshold } : {}),
  });
  // Dead sign-in tokens and sessions go now and every hour; a failure only delays it.
  const purge = () => {
    purgeStaleSignIns(db).catch((error: unknown) =>
      log({ level: 'warn', msg: 'sign-in purge failed', error: String(error) }),
    );
  };
  purge();
  const purging = setInterval(purge, PURGE_EVERY_MS);
  purging.unref();
  // Scheduled stories also go public when no one is reading (studio/schedule.ts).
  const publishing = setInterval(() => {
    publishDue(db, new Date()).catch((error: unknown) =>
      log({ level: 'warn', msg: 'scheduled publishing failed', error: String(error) }),
    );
  }, PUBLISH_DUE_EVERY_MS);
  publishing.unref();
  // Uploads no story names go after a day's grace, now and every hour (media/sweep.ts).
  const sweeping = startMediaSweep({ store: media, log, ...options.mediaSweep });
  const limits = { ...DEFAULT_LIMITS, ...options.limits };
  const server = await new Promise<Server>((resolve, reject) => {
    const s = serve(
      {
        fetch: app.fetch,
        port: options.port,
        hostname: options.host,
        serverOptions: {
          headersTimeout: limits.headersTimeoutMs,
          requestTimeout: Math.max(limits.requestTimeoutMs, limits.headersTimeoutMs),
          keepAliveTimeout: limits.keepAliveTimeoutMs,
          // How often Node checks the two timeouts above (30 s by default, which let
          // slow clients hold their connections for over a minute).
          connectionsCheckingInterval: Math.min(1_000, limits.headersTimeoutMs),
        },
      },
      () => resolve(s as Server),
    );
    s.once('error', reject);
  });
  server.maxConnections = limits.maxConnections;
  const port = (server.address() as AddressInfo).port;

  let closing: Promise<void> | undefined;
  const close = () =>
    (closing ??= (async () => {
      draining = true;
      clearInterval(purging);
      clearInterval(publishing);
      const swept = sweeping.stop();
      log({ level: 'info', msg: 'shutting down', port });
      // Stop accepting, but not through http.Server#close(), which also cuts every
      // idle keep-alive connection at once: a client that just sent its next
      // request on one would see it reset. For a grace period, requests on open
      // connections are still answered, with `Connection: close`, which ends them.
      const closed = new Promise<void>((resolve) =>
        NetServer.prototype.close.call(server, () => resolve()),
      );
      const idle: { timer?: NodeJS.Timeout } = {};
      const grace = setTimeout(
        () => {
          // Whatever is still idle now has been quiet for the whole grace period.
          server.closeIdleConnections();
          idle.timer = setInterval(() => server.closeIdleConnections(), 50);
        },
        Math.min(drainGraceMs, shutdownTimeoutMs),
      );
      const force = setTimeout(() => server.closeAllConnections(), shutdownTimeoutMs);
      force.unref();
      await closed;
      // Now the real close(), for what it tidies up (Node's timeout checker).
      server.close(() => {});
      clearTimeout(grace);
      clearInterval(idle.timer);
      clearTimeout(force);
      await swept;
      await db.close();
      log({ level: 'info', msg: 'stopped', port });
    })());
  return { port, close };
}
