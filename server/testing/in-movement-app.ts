/** An app over a fresh database holding the small test platform (in-movement-content.ts). */
import { REPORT_THRESHOLD_DEFAULT } from '../../contract/in-movement.ts';
import { createApp } from '../app.ts';
import { migrate } from '../db/migrate.ts';
import { silentLog } from '../http/request-log.ts';
import { seedInMovementIfEmpty } from '../in-movement/seed.ts';
import type { TestDatabase } from './databases.ts';
import { testInMovement } from './in-movement-content.ts';

export async function inMovementApp(test: TestDatabase, threshold = REPORT_THRESHOLD_DEFAULT) {
  await migrate(test.db);
  await seedInMovementIfEmpty(test.db, () => Promise.resolve(testInMovement()), threshold);
  return createApp({ db: test.db, log: silentLog, reportThreshold: threshold });
}

/** The id of a seeded contribution, by its fixture key. */
export async function seededId(test: TestDatabase, key: string): Promise<string> {
  const [row] = await test.db.query<{ id: string }>(
    'SELECT id::text AS id FROM contributions WHERE idempotency_key = $1',
    [`seed:${key}`],
  );
  if (!row) throw new Error(`no seeded contribution ${key}`);
  return row.id;
}
