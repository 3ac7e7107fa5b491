import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';

let server: ChildProcess | undefined;

async function waitForHttp(url: string, timeoutMs: number, child: ChildProcess): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`npm start exited with ${child.exitCode}`);
    try {
      const response = await fetch(url);
      if (response.ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((r) => setTimeout(r, 300));
  }
  throw new Error(`${url} did not answer within ${timeoutMs} ms`);
}

export default async function setup(project: TestProject) {
  const port = Number(process.env.E2E_PORT ?? 4317);
  const baseURL = `http://127.0.0.1:${port}`;
  // Another server on this port would answer in place of ours (and be tested instead).
  const occupied = await fetch(`${baseURL}/healthz`).then(
    () => true,
    () => false,
  );
  if (occupied)
    throw new Error(`Port ${port} is already in use: stop that server or set E2E_PORT.`);
  // The very command a visitor runs; it builds first when the sources changed. The
  // real server on the embedded database, created fresh (and seeded) for this run.
  const dataDir = mkdtempSync(join(tmpdir(), 'parcours-e2e-'));
  server = spawn('node', ['scripts/start.mjs'], {
    env: {
      ...process.env,
      PORT: String(port),
      DATA_DIR: dataDir,
      LOG_LEVEL: 'silent',
      DATABASE_URL: '',
    },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  await waitForHttp(`${baseURL}/api/themes`, 230_000, server);
  project.provide('baseURL', baseURL);
  return async () => {
    server?.kill('SIGTERM');
    await new Promise((r) => server?.once('exit', r));
    rmSync(dataDir, { recursive: true, force: true });
  };
}

declare module 'vitest' {
  export interface ProvidedContext {
    baseURL: string;
  }
}
