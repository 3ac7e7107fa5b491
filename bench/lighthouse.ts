/**
 * Loading: Lighthouse 12 (the last line that runs on Node 20), its default mobile
 * profile (Moto G Power emulation, simulated slow 4G and 4× CPU), performance only,
 * in Debian Chromium (headless). Three runs per page by default (BENCH_LH_RUNS), of
 * which the median run is kept (by performance score, then LCP). Its LCP-element audits fail on
 * this Chromium's traces, so weight.ts reads the LCP element in Chromium instead.
 */
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { CHROMIUM_ARGS, CHROMIUM_PATH } from './lib/browser.ts';
import { OUT, ROOT } from './lib/build.ts';

export const LH_RUNS = Number(process.env.BENCH_LH_RUNS ?? 3);
/**
 * `BENCH_LH_THROTTLING=devtools`: Lighthouse's *applied* throttling (the slow 4G and
 * the 4x CPU really imposed on the load) instead of the default simulation, which
 * estimates them from one unthrottled load and so keeps that load's order of events
 * (decision 042: on this machine a server-drawn page's scripts may arrive before its
 * stylesheets, which no slow connection would do). For comparing, not the targets.
 */
const LH_THROTTLING =
  process.env.BENCH_LH_THROTTLING === 'devtools' ? ['--throttling-method=devtools'] : [];

export interface LighthouseFigures {
  name: string;
  url: string;
  runs: number;
  score: number;
  fcpMs: number;
  lcpMs: number;
  tbtMs: number;
  cls: number;
}

interface Audit {
  numericValue?: number;
  score?: number | null;
}

interface Lhr {
  categories: { performance: { score: number } };
  audits: Record<string, Audit | undefined>;
}

/** Lighthouse's CLI in a child process (asynchronously: the floor's server runs in this one). */
async function runOnce(url: string, keepAs: string): Promise<Lhr> {
  const dir = mkdtempSync(join(tmpdir(), 'parcours-lh-'));
  const output = join(dir, 'report.json');
  try {
    const child = spawn(
      process.execPath,
      [
        join(ROOT, 'node_modules/lighthouse/cli/index.js'),
        url,
        '--quiet',
        '--only-categories=performance',
        ...LH_THROTTLING,
        '--output=json',
        `--output-path=${output}`,
        `--chrome-flags=--headless=new ${CHROMIUM_ARGS.join(' ')}`,
      ],
      {
        cwd: ROOT,
        env: { ...process.env, CHROME_PATH: CHROMIUM_PATH },
        stdio: ['ignore', 'ignore', 'pipe'],
      },
    );
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const [code, signal] = (await once(child, 'exit')) as [number | null, string | null];
    if (code !== 0)
      throw new Error(`lighthouse ${url} exited with ${code ?? signal}: ${stderr.slice(-1500)}`);
    // The full report of the last run of each page, to open in a Lighthouse viewer.
    mkdirSync(join(OUT, 'lighthouse'), { recursive: true });
    copyFileSync(output, join(OUT, 'lighthouse', `${keepAs}.json`));
    return JSON.parse(readFileSync(output, 'utf8')) as Lhr;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * A run again when Lighthouse fails to record its trace (NO_NAVSTART and the like,
 * seen on a busy machine): one lost run should not lose the whole report.
 */
async function runOnceOrAgain(url: string, keepAs: string): Promise<Lhr> {
  try {
    return await runOnce(url, keepAs);
  } catch (error) {
    console.log(`[bench] ${String(error).slice(0, 200)}: running it again`);
    return runOnce(url, keepAs);
  }
}

/** One page's figures, from its median run (by score, then LCP). */
function median(name: string, url: string, reports: Lhr[]): LighthouseFigures {
  const num = (lhr: Lhr, id: string) => lhr.audits[id]?.numericValue ?? NaN;
  const sorted = [...reports].sort(
    (a, b) =>
      a.categories.performance.score - b.categories.performance.score ||
      num(b, 'largest-contentful-paint') - num(a, 'largest-contentful-paint'),
  );
  const lhr = sorted[Math.floor(sorted.length / 2)]!;
  return {
    name,
    url,
    runs: reports.length,
    score: Math.round(lhr.categories.performance.score * 100),
    fcpMs: Math.round(num(lhr, 'first-contentful-paint')),
    lcpMs: Math.round(num(lhr, 'largest-contentful-paint')),
    tbtMs: Math.round(num(lhr, 'total-blocking-time')),
    cls: Math.round(num(lhr, 'cumulative-layout-shift') * 1000) / 1000,
  };
}

const reportName = (name: string) => name.replace(/\W+/g, '-').replace(/^-|-$/g, '');

/**
 * Every page's runs, interleaved (first run of each page, then the second…): on a
 * shared, noisy machine a burst of other work then weighs on every page alike rather
 * than on one page's three runs, which matters most when two builds are compared.
 */
export async function runLighthouseSet(
  pages: Array<{ name: string; url: string }>,
): Promise<LighthouseFigures[]> {
  const reports = pages.map(() => [] as Lhr[]);
  for (let i = 0; i < LH_RUNS; i++) {
    for (const [index, page] of pages.entries()) {
      reports[index]!.push(await runOnceOrAgain(page.url, reportName(page.name)));
    }
  }
  return pages.map((page, index) => median(page.name, page.url, reports[index]!));
}

export async function runLighthouse(name: string, url: string): Promise<LighthouseFigures> {
  return (await runLighthouseSet([{ name, url }]))[0]!;
}
