/**
 * The designers' mock build for the flow board's browser tests (decision 031): the very
 * command a designer runs (`npm run start:mock`, which builds `dist-mock/` first when
 * the sources changed), on the port after the real server's, started once per worker
 * and only by the tests that need it, so the other browser tests never wait for it.
 */
import { type ChildProcess, spawn } from 'node:child_process';

import type { BrowserContext } from '@playwright/test';

import { port } from './server.ts';

export const mockPort = Number(process.env.MOCK_E2E_PORT ?? port + 1);
export const mockBaseURL = `http://127.0.0.1:${mockPort}`;

async function answering(url: string): Promise<boolean> {
  try {
    return (await fetch(url)).ok;
  } catch {
    return false;
  }
}

/** Starts the mock build's server; resolves with a stop function once it answers. */
export async function startMockBuild(): Promise<() => Promise<void>> {
  if (await answering(`${mockBaseURL}/api/themes`)) {
    // Another server on this port would be tested in place of ours.
    throw new Error(`Port ${mockPort} is taken: set MOCK_E2E_PORT to a free one.`);
  }
  const root = new URL('../..', import.meta.url).pathname;
  const server: ChildProcess = spawn(process.execPath, ['scripts/start.mjs', '--mock'], {
    cwd: root,
    env: { ...process.env, PORT: String(mockPort), NODE_ENV: 'production' },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const exited = new Promise<void>((resolve) => server.once('exit', () => resolve()));
  // A build after a source change takes minutes on a busy two-core machine.
  const deadline = Date.now() + 600_000;
  while (!(await answering(`${mockBaseURL}/api/themes`))) {
    if (server.exitCode !== null) throw new Error('The mock build’s server stopped.');
    if (Date.now() > deadline) {
      server.kill('SIGTERM');
      throw new Error('The mock build’s server did not answer within 10 minutes.');
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  return async () => {
    server.kill('SIGTERM');
    await exited;
  };
}

/** Records page errors, console errors and requests to another origin in a context. */
export async function guardContext(context: BrowserContext, problems: string[]): Promise<void> {
  const origin = new URL(mockBaseURL).origin;
  await context.route('**/*', (route) => {
    const url = new URL(route.request().url());
    if (url.origin === origin || url.protocol === 'data:' || url.protocol === 'blob:')
      return route.continue();
    problems.push(`request to another origin: ${url.href}`);
    return route.abort();
  });
  context.on('weberror', (error) => problems.push(`page error: ${error.error().message}`));
  context.on('console', (message) => {
    if (message.type() === 'error' && !message.text().startsWith('Failed to load resource'))
      problems.push(`console error: ${message.text()}`);
  });
}
