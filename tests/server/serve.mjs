#!/usr/bin/env node
/**
 * The browser tests' server (Playwright's webServer, the engine tests' global setup):
 * the very command a visitor runs (`npm start`, which builds first when the sources
 * changed), the real server on the embedded database, created fresh (and seeded) for
 * this run and removed when the server stops.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = new URL('../..', import.meta.url).pathname;
const dataDir = mkdtempSync(join(tmpdir(), 'parcours-e2e-'));
const server = spawn(process.execPath, ['scripts/start.mjs'], {
  cwd: root,
  // TRUST_PROXY=1: the browser tests give each test's visitors an address of their own
  // (X-Forwarded-For, tests/e2e/fixtures.ts), so the per-client limits count each
  // visitor as the real server would, not the whole suite as one client.
  env: {
    ...process.env,
    DATA_DIR: dataDir,
    LOG_LEVEL: 'silent',
    DATABASE_URL: '',
    TRUST_PROXY: '1',
  },
  stdio: 'inherit',
});
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill(signal));
server.on('exit', (code) => {
  rmSync(dataDir, { recursive: true, force: true });
  process.exit(code ?? 0);
});
