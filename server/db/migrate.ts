/**
 * Versioned SQL migrations (`migrations/NNN-name.sql`), applied at start-up in one
 * transaction and recorded with a checksum. Several instances starting at once
 * queue on an advisory lock, so each migration runs exactly once.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

import type { Database } from './adapter.ts';

export const MIGRATIONS_DIR = join(import.meta.dirname, 'migrations');

/** Any constant shared by every instance; "parcours" in ASCII. */
const MIGRATION_LOCK = 0x7061_7263;

export interface Migration {
  version: string;
  name: string;
  sql: string;
  checksum: string;
}

export function loadMigrations(dir = MIGRATIONS_DIR): Migration[] {
  return readdirSync(dir)
    .filter((file) => /^\d{3}-[a-z0-9-]+\.sql$/.test(file))
    .sort()
    .map((file) => {
      const sql = readFileSync(join(dir, file), 'utf8');
      return {
        version: file.slice(0, 3),
        name: file.slice(4, -4),
        sql,
        checksum: createHash('sha256').update(sql).digest('hex'),
      };
    });
}

/** Applies the pending migrations; returns the versions applied (none when up to date). */
export async function migrate(db: Database, migrations = loadMigrations()): Promise<string[]> {
  return db.tx(
    async (tx) => {
      await tx.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK]);
      await tx.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (
      version text PRIMARY KEY,
      name text NOT NULL,
      checksum text NOT NULL,
      applied_at timestamptz NOT NULL DEFAULT now()
    )`);
      const applied = new Map(
        (
          await tx.query<{ version: string; checksum: string }>(
            'SELECT version, checksum FROM schema_migrations',
          )
        ).map((row) => [row.version, row.checksum]),
      );
      const done: string[] = [];
      for (const migration of migrations) {
        const checksum = applied.get(migration.version);
        if (checksum !== undefined) {
          if (checksum !== migration.checksum) {
            throw new Error(
              `Migration ${migration.version}-${migration.name} changed after it was applied: add a new migration instead.`,
            );
          }
          continue;
        }
        await tx.exec(migration.sql);
        await tx.query(
          'INSERT INTO schema_migrations (version, name, checksum) VALUES ($1, $2, $3)',
          [migration.version, migration.name, migration.checksum],
        );
        done.push(migration.version);
      }
      return done;
      // Waits on another instance's migrations, and may build indexes for a while.
    },
    { unbounded: true },
  );
}
