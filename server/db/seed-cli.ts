/**
 * `npm run db:seed`: replaces all content with the demo fixtures, on the database
 * the server would use (DATABASE_URL, or PGlite in DATA_DIR; stop the server first).
 */
import { parseReportThreshold } from '../in-movement/config.ts';
import { demoInMovement, seedInMovementIfEmpty } from '../in-movement/seed.ts';
import { migrate } from './migrate.ts';
import { databaseConfigFromEnv, describeDatabase, openDatabase } from './open.ts';
import { demoContent, reseed } from './seed.ts';

const config = databaseConfigFromEnv();
try {
  const db = await openDatabase(config);
  try {
    await migrate(db);
    const content = await demoContent();
    await reseed(db, content);
    // The platform holds what people wrote and an append-only log: it is seeded once,
    // never replaced.
    const threshold = parseReportThreshold(process.env.REPORT_THRESHOLD);
    if (await seedInMovementIfEmpty(db, demoInMovement, threshold)) {
      console.log('Seeded the In Movement demo.');
    }
    console.log(
      `Seeded ${describeDatabase(config)}: ${content.stories.length} stories, ${content.people.length} people, ${content.themes.length} themes.`,
    );
  } finally {
    await db.close();
  }
} catch (error) {
  console.error(`db:seed failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
}
