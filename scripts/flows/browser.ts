/**
 * What the contact sheet needs around Chromium: the mock build's server, a screenshot
 * once the screen has settled, axe's findings.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

import type { Page } from 'playwright-core';

import { samePixels } from './pixels.ts';

const ROOT = new URL('../..', import.meta.url).pathname;
/** Screenshots taken at most per checkpoint while waiting for two identical ones in a row. */
const MAX_SHOTS = 12;
const SHOT_GAP_MS = 250;
const axeSource = readFileSync(
  createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
  'utf8',
);

async function answering(url: string): Promise<boolean> {
  try {
    return (await fetch(url)).ok;
  } catch {
    return false;
  }
}

/** The mock build's server, started here unless FLOWS_BASE_URL names one already running. */
export async function mockServer(): Promise<{ base: string; stop: () => void }> {
  if (process.env.FLOWS_BASE_URL) return { base: process.env.FLOWS_BASE_URL, stop: () => {} };
  const port = Number(process.env.FLOWS_PORT ?? 4390);
  const base = `http://127.0.0.1:${port}`;
  if (await answering(`${base}/api/themes`))
    throw new Error(`Port ${port} is taken: set FLOWS_PORT.`);
  const server: ChildProcess = spawn(process.execPath, ['scripts/start.mjs', '--mock'], {
    cwd: ROOT,
    env: { ...process.env, PORT: String(port), NODE_ENV: 'production' },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const deadline = Date.now() + 600_000;
  while (!(await answering(`${base}/api/themes`))) {
    if (server.exitCode !== null || Date.now() > deadline)
      throw new Error('The mock build did not start.');
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  return { base, stop: () => server.kill('SIGTERM') };
}

/**
 * Finite animations still running (a spinner's endless loop does not count), plus one
 * while something is loading (busy, or a spinner shown: under reduced motion a loading
 * state holds still long enough to pass for settled). A string: tsx's helpers do not
 * exist in the page.
 */
const RUNNING = `document.getAnimations().filter((a) => a.playState === 'running' &&
  a.effect && a.effect.getComputedTiming().iterations !== Infinity).length +
  (document.querySelector('[aria-busy="true"], .spinner') ? 1 : 0)`;

/**
 * The screen once it has settled: nothing moving or loading (bounded), then two
 * identical screenshots in a row, or the last one when the time is up.
 */
export async function settledShot(page: Page): Promise<{ png: Buffer; settled: boolean }> {
  const deadline = Date.now() + MAX_SHOTS * SHOT_GAP_MS;
  while (Date.now() < deadline && (await page.evaluate(RUNNING)) !== 0)
    await page.waitForTimeout(50);
  let last = await page.screenshot();
  for (let i = 1; i < MAX_SHOTS; i++) {
    await page.waitForTimeout(SHOT_GAP_MS);
    const next = await page.screenshot();
    if (await samePixels(last, next)) return { png: next, settled: true };
    last = next;
  }
  return { png: last, settled: false };
}
export async function axeFindings(page: Page): Promise<string[]> {
  await page.evaluate(axeSource);
  return page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: {
          run: (d: Document) => Promise<{
            violations: { id: string; impact: string | null; nodes: { target: unknown[] }[] }[];
          }>;
        };
      }
    ).axe;
    const result = await axe.run(document);
    return result.violations.map(
      (v) =>
        `${v.impact ?? 'minor'} ${v.id}: ${v.nodes.length} node(s), e.g. ${String(v.nodes[0]?.target.join(' ') ?? '')}`,
    );
  });
}
