/** Picks the database from the environment: a PostgreSQL server when configured, else PGlite. */
import type { Database } from './adapter.ts';
import { openPglite } from './pglite.ts';
import { openPostgres } from './postgres.ts';

export interface DatabaseConfig {
  databaseUrl?: string | undefined;
  dataDir?: string | undefined;
  poolMax?: number | undefined;
  onError?: (error: Error) => void;
}

export function databaseConfigFromEnv(env: NodeJS.ProcessEnv = process.env): DatabaseConfig {
  return {
    databaseUrl: env.DATABASE_URL || undefined,
    dataDir: env.DATA_DIR || './data',
    poolMax: env.DATABASE_POOL_MAX ? Number(env.DATABASE_POOL_MAX) : undefined,
  };
}

export function openDatabase(config: DatabaseConfig): Promise<Database> {
  if (config.databaseUrl) {
    return openPostgres({
      connectionString: config.databaseUrl,
      ...(config.poolMax ? { max: config.poolMax } : {}),
      ...(config.onError ? { onError: config.onError } : {}),
    });
  }
  return openPglite(config.dataDir ? { dataDir: config.dataDir } : {});
}

/** Where the data lives, for logs: never the password of a DATABASE_URL. */
export function describeDatabase(config: DatabaseConfig): string {
  if (!config.databaseUrl) return `PGlite in ${config.dataDir ?? 'memory'}`;
  try {
    const url = new URL(config.databaseUrl);
    return `PostgreSQL at ${url.hostname}:${url.port || 5432}${url.pathname}`;
  } catch {
    return 'PostgreSQL';
  }
}
