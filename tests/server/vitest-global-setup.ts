/**
 * Vitest's global setup for the engine tests (tests/engines): the same server the
 * Playwright suite starts (serve.mjs: `npm start` on a fresh database), on E2E_PORT.
 */
import { type ChildProcess, spawn } from 'node:child_process';

import type { TestProject } from 'vitest/node';

import { baseURL } from '../e2e/server.ts';

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
  // Another server on this port would answer in place of ours (and be tested instead).
  const occupied = await fetch(`${baseURL}/healthz`).then(
    () => true,
    () => false,
  );
  if (occupied) throw new Error(`${baseURL} is already in use: stop that server or set E2E_PORT.`);
  const server = spawn(process.execPath, ['tests/server/serve.mjs'], {
    env: { ...process.env, PORT: new URL(baseURL).port },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  await waitForHttp(`${baseURL}/api/themes`, 230_000, server);
  project.provide('baseURL', baseURL);
  return async () => {
    server.kill('SIGTERM');
    await new Promise((r) => server.once('exit', r));
  };
}

declare module 'vitest' {
  export interface ProvidedContext {
    baseURL: string;
  }
}
