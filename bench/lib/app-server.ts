/**
 * The real Parcours server (server/index.ts on PGlite) on a free port, serving a
 * bench build, in a temporary data directory: seeded with the demo content by the
 * server itself, or beforehand with other content (the scale run's 2,000 stories).
 */
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { migrate } from '../../server/db/migrate.ts';
import { openDatabase } from '../../server/db/open.ts';
import { type Content, reseed } from '../../server/db/seed.ts';
import { rendererPath } from '../../server/routes/page-renderer.ts';
import { waitForOk } from '../../server/testing/http.ts';
import { freePort } from '../../server/testing/processes.ts';
import { ROOT } from './build.ts';

export interface AppServer {
  url: string;
  stop(): Promise<void>;
}

export async function startApp(distDir: string, content?: Content): Promise<AppServer> {
  const dataDir = mkdtempSync(join(tmpdir(), 'parcours-bench-data-'));
  if (content) {
    const db = await openDatabase({ dataDir });
    try {
      await migrate(db);
      await reseed(db, content);
    } finally {
      await db.close();
    }
  }
  const port = await freePort();
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/index.ts'], {
    cwd: ROOT,
    env: {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      DATA_DIR: dataDir,
      DATABASE_URL: '',
      DIST_DIR: distDir,
      LOG_LEVEL: 'silent',
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const kill = () => child.exitCode === null && child.kill('SIGKILL');
  process.once('exit', kill);
  const url = `http://127.0.0.1:${port}`;
  await waitForOk(`${url}/readyz`, 180_000, () =>
    child.exitCode !== null ? `the Parcours server exited with ${child.exitCode}` : null,
  );
  // A build with a server half must draw its first screen; one that cannot load it
  // (a build outside the project cannot resolve its packages) would silently be
  // measured as the plain shell.
  if (existsSync(rendererPath(distDir))) {
    const html = await (await fetch(`${url}/`)).text();
    if (html.includes('<div id="root"></div>')) {
      kill();
      rmSync(dataDir, { recursive: true, force: true });
      throw new Error(
        `${distDir} has a server half, but the server drew no first screen with it: ` +
          'build it inside the project (under bench/out/) so its packages resolve',
      );
    }
  }
  return {
    url,
    async stop() {
      if (child.exitCode === null) {
        child.kill('SIGTERM');
        await once(child, 'exit');
      }
      process.off('exit', kill);
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
