/**
 * `npm run studio:grant -- <email> editor|admin`, `npm run studio:revoke -- <email>`,
 * `npm run studio:team`: who may use the studio, on the database the server would use
 * (DATABASE_URL, or the embedded one in DATA_DIR, which must not be running).
 * Exit status 0 on success, 1 when refused (with one sentence saying why).
 */
import { DataDirLockedError } from '../db/lock.ts';
import { migrate } from '../db/migrate.ts';
import { databaseConfigFromEnv, describeDatabase, openDatabase } from '../db/open.ts';
import { parseRoleCommand, RoleCommandError, runRoleCommand, USAGE } from './studio-role.ts';

const config = databaseConfigFromEnv();
try {
  const command = parseRoleCommand(process.argv.slice(2));
  const db = await openDatabase(config);
  try {
    // A database nobody has started yet gets its tables, as `npm start` would make them.
    await migrate(db);
    console.log(await runRoleCommand(db, command));
  } finally {
    await db.close();
  }
} catch (error) {
  if (error instanceof RoleCommandError) {
    console.error(`${error.message}\n\n${USAGE}`);
  } else if (error instanceof DataDirLockedError) {
    // The embedded database serves one process: the running server holds it.
    console.error(
      `${error.message}\nThe embedded database takes one process at a time: stop the server, run this, start it again (on PostgreSQL, with DATABASE_URL, no stop is needed).`,
    );
  } else {
    console.error(
      `Could not change roles on ${describeDatabase(config)}: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
  process.exitCode = 1;
}
