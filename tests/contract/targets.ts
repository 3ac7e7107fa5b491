/**
 * Implementations of the API that the contract suite runs against. Each takes a
 * standard Request and returns a standard Response, without opening a port:
 * the MSW handlers, the real server on PGlite in memory, and the real server on a
 * PostgreSQL server when TEST_DATABASE_URL names one (CI does).
 */
import { getResponse } from 'msw';
import { afterAll, beforeAll, describe } from 'vitest';

import { handlers } from '#mocks/handlers/index.ts';
import { type App, createApp } from '#server/app.ts';
import { silentLog } from '#server/http/request-log.ts';
import { prepareDatabase } from '#server/serve.ts';
import {
  memoryDatabase,
  POSTGRES_SKIP_NOTE,
  postgresDatabase,
  type TestDatabase,
  testDatabaseUrl,
} from '#server/testing/databases.ts';

export interface Target {
  name: string;
  /**
   * `client` names the address the request comes from, on the server targets (the
   * MSW handlers have one client, the page). Without one, each request comes from
   * an address of its own, so a suite's many writes test the API, not its limits.
   */
  fetch: (path: string, init?: RequestInit, client?: string) => Promise<Response>;
  /** Runs once before the target's tests (creating and seeding its database). */
  setup?: () => Promise<void>;
  teardown?: () => Promise<void>;
  /** Why the target cannot run here; its tests are then reported as skipped. */
  skip?: string;
}

const ORIGIN = 'http://parcours.test';

export const mswTarget: Target = {
  name: 'MSW handlers',
  fetch: async (path, init) => {
    const response = await getResponse(handlers, new Request(`${ORIGIN}${path}`, init));
    if (!response) throw new Error(`No MSW handler answered ${path}`);
    return response;
  },
};

/** The server app over a fresh database seeded from the fixtures the mocks serve. */
function serverTarget(name: string, open: () => Promise<TestDatabase>, skip?: string): Target {
  let app: App | undefined;
  let database: TestDatabase | undefined;
  let clients = 0;
  return {
    name,
    ...(skip ? { skip } : {}),
    async setup() {
      database = await open();
      await prepareDatabase(database.db, silentLog);
      app = createApp({ db: database.db, log: silentLog });
    },
    async teardown() {
      await database?.dispose();
    },
    fetch: async (path, init, client) => {
      if (!app) throw new Error(`${name}: setup() did not run`);
      // The socket @hono/node-server would hand the app (server/http/client-address.ts),
      // and the length its request would declare (server/http/connection.ts).
      const remoteAddress = client ?? `2001:db8:${(++clients).toString(16)}::1`;
      const headers = new Headers(init?.headers);
      if (typeof init?.body === 'string')
        headers.set('Content-Length', String(Buffer.byteLength(init.body)));
      return app.request(
        `${ORIGIN}${path}`,
        { ...init, headers },
        { incoming: { socket: { remoteAddress } } },
      );
    },
  };
}

export const pgliteTarget = serverTarget('server on PGlite (in memory)', memoryDatabase);

export const postgresTarget = serverTarget(
  'server on a PostgreSQL server',
  postgresDatabase,
  testDatabaseUrl ? undefined : POSTGRES_SKIP_NOTE,
);

if (postgresTarget.skip) console.warn(`[contract] ${postgresTarget.skip}`);

export const targets: Target[] = [mswTarget, pgliteTarget, postgresTarget];

/**
 * One describe block per target, with its database set up before and torn down after.
 * A target that cannot run here shows up as skipped, with its reason.
 */
export function describeEachTarget(
  title: string,
  label: string,
  suite: (target: Target) => void,
): void {
  describe.each(targets)(`${title}: $name`, (target) => {
    describe.skipIf(Boolean(target.skip))(target.skip ? `skipped: ${target.skip}` : label, () => {
      beforeAll(async () => {
        if (!target.skip) await target.setup?.();
      }, 120_000);
      afterAll(async () => {
        if (!target.skip) await target.teardown?.();
      });
      suite(target);
    });
  });
}
