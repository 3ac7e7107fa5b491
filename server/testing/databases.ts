/**
 * Databases for tests: PGlite in memory always; a fresh database on the PostgreSQL
 * server named by TEST_DATABASE_URL when it is set (CI sets it), dropped afterwards.
 */
import { randomBytes } from 'node:crypto';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';

import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';

import type { Database } from '../db/adapter.ts';
import { openPglite } from '../db/pglite.ts';
import { openPostgres } from '../db/postgres.ts';

export const testDatabaseUrl = process.env.TEST_DATABASE_URL || undefined;

export const POSTGRES_SKIP_NOTE =
  'TEST_DATABASE_URL is not set: skipping the PostgreSQL server tests (CI runs them; see .ci/run).';

export interface ScratchDatabase {
  url: string;
  drop(): Promise<void>;
}

/** Creates an empty database on the TEST_DATABASE_URL server (its role needs CREATEDB). */
export async function createScratchDatabase(): Promise<ScratchDatabase> {
  if (!testDatabaseUrl) throw new Error(POSTGRES_SKIP_NOTE);
  const name = `parcours_test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: testDatabaseUrl });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE ${name}`);
  } finally {
    await admin.end();
  }
  const url = new URL(testDatabaseUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    async drop() {
      const client = new pg.Client({ connectionString: testDatabaseUrl });
      await client.connect();
      try {
        await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      } finally {
        await client.end();
      }
    },
  };
}

export interface TestDatabase {
  db: Database;
  /** Closes the database (and drops the scratch database on a PostgreSQL server). */
  dispose(): Promise<void>;
}

const ROOT = resolve(import.meta.dirname, '../..');

/**
 * A fresh PGlite runs initdb (several seconds on two busy cores); loading a dump of
 * one takes a fraction of that. The dump is made once per PGlite version and kept
 * in node_modules/.cache, shared by every test file and run.
 */
async function emptyClusterDump(): Promise<Blob> {
  const { version } = JSON.parse(
    await readFile(join(ROOT, 'node_modules/@electric-sql/pglite/package.json'), 'utf8'),
  ) as { version: string };
  const file = join(ROOT, 'node_modules/.cache/parcours', `pglite-${version}-empty.tar`);
  try {
    return new Blob([await readFile(file)]);
  } catch {
    const fresh = new PGlite();
    await fresh.waitReady;
    const dump = await fresh.dumpDataDir('none');
    await fresh.close();
    await mkdir(join(file, '..'), { recursive: true });
    // Written aside then renamed: parallel test files never read half a dump.
    const partial = `${file}.${process.pid}.${randomBytes(4).toString('hex')}`;
    await writeFile(partial, Buffer.from(await dump.arrayBuffer()));
    await rename(partial, file);
    return dump;
  }
}

export async function memoryDatabase(): Promise<TestDatabase> {
  const db = await openPglite({ template: await emptyClusterDump() });
  return { db, dispose: () => db.close() };
}

export async function postgresDatabase(): Promise<TestDatabase & { url: string }> {
  const scratch = await createScratchDatabase();
  const db = await openPostgres({ connectionString: scratch.url, max: 5 });
  return {
    db,
    url: scratch.url,
    async dispose() {
      await db.close();
      await scratch.drop();
    },
  };
}

/** Both database kinds, for `describe.each`: PostgreSQL is skipped (with a note) without a URL. */
export const databaseKinds: {
  name: string;
  open: () => Promise<TestDatabase>;
  skip: string | undefined;
}[] = [
  { name: 'PGlite', open: memoryDatabase, skip: undefined },
  {
    name: 'PostgreSQL server',
    open: postgresDatabase,
    skip: testDatabaseUrl ? undefined : POSTGRES_SKIP_NOTE,
  },
];
