/**
 * The setup of the sign-in tests (server/routes/auth.test.ts, server/auth/purge.test.ts):
 * a fresh database of one kind, migrated but holding no content, and the app over it.
 */
import { createApp } from '../app.ts';
import { migrate } from '../db/migrate.ts';
import { silentLog } from '../http/request-log.ts';
import type { TestDatabase } from './databases.ts';

export type App = ReturnType<typeof createApp>;

export async function openMigratedApp(
  open: () => Promise<TestDatabase>,
): Promise<{ test: TestDatabase; app: App }> {
  const test = await open();
  await migrate(test.db);
  return { test, app: createApp({ db: test.db, log: silentLog }) };
}
