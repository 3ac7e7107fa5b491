/**
 * `npm run bench:api`: a report, not a test. autocannon on loopback, 50 connections,
 * 10 s per endpoint (BENCH_DURATION to change), against
 *   1. this server on PGlite (a fresh data directory),
 *   2. this server on PostgreSQL: a scratch database on BENCH_DATABASE_URL or
 *      DATABASE_URL when set, else a throwaway cluster from Debian's package
 *      (scripts/pg-local.sh), else skipped,
 *   3. json-server 0.17 serving the very JSON our server answers,
 * for the story list and a story detail; on the Parcours targets also In Movement's
 * debate list and detail, and a contribution write by 50 concurrent writers (each its
 * own account). Prints req/s, p50 and p99 per target and the ratios to json-server;
 * writes the figures to bench/out/. Method: docs/bench-api.md.
 * `npm run bench:api -- search-burst` runs only the search burst part (searchBurst()).
 *
 * Over 300 lines: one report over several targets, whose setup and teardown (servers,
 * databases, json-server) the measurements share; the write load is in bench/lib/.
 */
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { once } from 'node:events';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

import autocannon from 'autocannon';
import pg from 'pg';

import { migrate } from '../server/db/migrate.ts';
import { openDatabase } from '../server/db/open.ts';
import { type Content, demoContent, reseed } from '../server/db/seed.ts';
import { demoInMovement } from '../server/in-movement/seed.ts';
import { waitForOk } from '../server/testing/http.ts';
import { freePort } from '../server/testing/processes.ts';
import { measureWrites, prepareWriters } from './lib/api-writes.ts';

const ROOT = resolve(import.meta.dirname, '..');
const DURATION = Number(process.env.BENCH_DURATION ?? 10);
const CONNECTIONS = 50;
const WARMUP = 2;
const STORIES = Number(process.env.BENCH_STORIES ?? 0); // 0: the demo content as it is

interface Endpoint {
  name: string;
  path: string;
}

interface Target {
  name: string;
  url: string;
  endpoints: Endpoint[];
  stop: () => Promise<void>;
}

interface Figures {
  target: string;
  endpoint: string;
  reqPerSec: number;
  p50: number;
  p99: number;
  bytesPerReq: number;
  non2xx: number;
  errors: number;
}

const cleanups: Array<() => Promise<void> | void> = [];
const work = mkdtempSync(join(tmpdir(), 'parcours-bench-'));
cleanups.push(() => rmSync(work, { recursive: true, force: true }));

/** The demo stories, copied until there are `count` of them (each copy with its own slugs). */
function scaled(content: Content, count: number): Content {
  if (count <= content.stories.length) return content;
  const stories = Array.from({ length: count }, (_, i) => {
    const copy = Math.floor(i / content.stories.length);
    const story = content.stories[i % content.stories.length]!;
    const slug = (s: string) => (copy === 0 ? s : `${s}-${copy + 1}`);
    return { ...story, slug: slug(story.slug), related: story.related.map(slug) };
  });
  // The last, partial copy may point at stories that were not copied.
  const slugs = new Set(stories.map((s) => s.slug));
  return {
    ...content,
    stories: stories.map((s) => ({ ...s, related: s.related.filter((r) => slugs.has(r)) })),
  };
}

async function prepare(env: Record<string, string>, content: Content): Promise<void> {
  if (STORIES === 0) return; // the server seeds the demo content itself
  const db = await openDatabase({ databaseUrl: env.DATABASE_URL, dataDir: env.DATA_DIR });
  try {
    await migrate(db);
    await reseed(db, content);
  } finally {
    await db.close();
  }
}

function spawnQuiet(args: string[], env: Record<string, string> = {}): ChildProcess {
  const child = spawn(process.execPath, args, {
    cwd: ROOT,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  cleanups.push(() => {
    if (child.exitCode === null) child.kill('SIGKILL');
  });
  return child;
}

async function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return;
  child.kill('SIGTERM');
  await once(child, 'exit');
}

async function startParcours(
  name: string,
  env: Record<string, string>,
  content: Content,
): Promise<Target & { writers: string[] }> {
  await prepare(env, content);
  const writers = await prepareWriters(env);
  const port = await freePort();
  const child = spawnQuiet(['--import', 'tsx', 'server/index.ts'], {
    ...env,
    PORT: String(port),
    HOST: '127.0.0.1',
    LOG_LEVEL: 'silent',
    DIST_DIR: join(work, 'no-build'),
    // The writers tell themselves apart by X-Forwarded-For, as behind one proxy, so
    // the per-client write limit counts each of them, not the loopback address.
    TRUST_PROXY: '1',
  });
  const url = `http://127.0.0.1:${port}`;
  await waitForOk(`${url}/readyz`, 120_000, () =>
    child.exitCode !== null ? `${name} exited` : null,
  );
  return { name, url, endpoints: [], writers, stop: () => stopChild(child) };
}

/** A throwaway database for the PostgreSQL run, and how to get rid of it. */
async function postgresUrl(): Promise<{ url: string; note: string } | null> {
  const server = process.env.BENCH_DATABASE_URL || process.env.DATABASE_URL;
  if (server) {
    const name = `parcours_bench_${process.pid}`;
    const admin = new pg.Client({ connectionString: server });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${name}`);
    await admin.end();
    cleanups.push(async () => {
      const client = new pg.Client({ connectionString: server });
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await client.end();
    });
    const url = new URL(server);
    url.pathname = `/${name}`;
    return { url: url.toString(), note: `scratch database on ${url.host}` };
  }
  const pgRoot = '/usr/lib/postgresql';
  if (!existsSync(pgRoot) || readdirSync(pgRoot).length === 0) return null;
  // Its own directory under /tmp: the cluster runs as the postgres user, who cannot
  // enter the (private) work directory.
  const dir = mkdtempSync(join(tmpdir(), 'parcours-bench-pg-'));
  const port = await freePort();
  const started = spawnSync('scripts/pg-local.sh', ['start', dir, String(port)], {
    cwd: ROOT,
    encoding: 'utf8',
  });
  if (started.status !== 0) {
    console.warn(`Could not start a local PostgreSQL cluster:\n${started.stderr}`);
    return null;
  }
  cleanups.push(() => {
    spawnSync('scripts/pg-local.sh', ['stop', dir], { cwd: ROOT });
    rmSync(dir, { recursive: true, force: true });
  });
  return { url: started.stdout.trim(), note: `local cluster (Debian package) on port ${port}` };
}

async function run(url: string, duration: number): Promise<autocannon.Result> {
  return autocannon({ url, connections: CONNECTIONS, duration });
}

async function measure(target: Target): Promise<Figures[]> {
  const figures: Figures[] = [];
  for (const endpoint of target.endpoints) {
    const url = `${target.url}${endpoint.path}`;
    await run(url, WARMUP);
    const result = await run(url, DURATION);
    figures.push({
      target: target.name,
      endpoint: endpoint.name,
      reqPerSec: Math.round(result.requests.average),
      p50: result.latency.p50,
      p99: result.latency.p99,
      bytesPerReq: Math.round(result.throughput.average / Math.max(1, result.requests.average)),
      non2xx: result.non2xx,
      errors: result.errors,
    });
    console.log(
      `  ${target.name.padEnd(26)} ${endpoint.name.padEnd(12)} ${String(figures.at(-1)!.reqPerSec).padStart(7)} req/s  p50 ${result.latency.p50} ms  p99 ${result.latency.p99} ms`,
    );
  }
  return figures;
}

function table(figures: Figures[]): string {
  const base = (endpoint: string) =>
    figures.find((f) => f.target === 'json-server 0.17' && f.endpoint === endpoint);
  const rows = figures.map((f) => {
    const js = base(f.endpoint);
    const ratio = js ? `${(f.reqPerSec / js.reqPerSec).toFixed(1)}×` : '';
    const p99 = js ? `${(f.p99 / Math.max(js.p99, 0.001)).toFixed(2)}×` : '';
    return `| ${f.target} | ${f.endpoint} | ${f.reqPerSec} | ${f.p50} | ${f.p99} | ${Math.round(f.bytesPerReq / 102.4) / 10} | ${ratio} | ${p99} |`;
  });
  return [
    '| target | endpoint | req/s | p50 ms | p99 ms | KB/resp | req/s vs json-server | p99 vs json-server |',
    '|---|---|---:|---:|---:|---:|---:|---:|',
    ...rows,
  ].join('\n');
}

async function main(): Promise<void> {
  const content = scaled(await demoContent(), STORIES);
  const detailSlug =
    content.stories.find((s) => s.kind === 'film')?.slug ?? content.stories[0]!.slug;
  const listLimit = Math.min(100, content.stories.length);
  const ours: Endpoint[] = [
    { name: 'story list', path: `/api/stories?limit=${listLimit}` },
    { name: 'story detail', path: `/api/stories/${detailSlug}` },
  ];
  const debates = (await demoInMovement()).debates;
  const openDebate = debates.find((d) => d.state === 'open' && Date.parse(d.closesAt) > Date.now());
  if (!openDebate) throw new Error('The In Movement demo has no open debate to write to');
  const inMovement: Endpoint[] = [
    { name: 'debate list', path: '/api/in-movement/debates' },
    { name: 'debate detail', path: `/api/in-movement/debates/${openDebate.slug}` },
  ];
  console.log(
    `Parcours API benchmark: ${content.stories.length} stories, ${CONNECTIONS} connections, ${DURATION} s per endpoint, ` +
      `Node ${process.version}, ${cpus().length} CPUs (load generator included)\n`,
  );

  const figures: Figures[] = [];
  const notes: string[] = [];

  // 1. PGlite
  const pglite = await startParcours(
    'Parcours on PGlite',
    { DATA_DIR: join(work, 'pglite'), DATABASE_URL: '' },
    content,
  );
  pglite.endpoints = [...ours, ...inMovement];
  // json-server gets exactly what our server answers, so both send the same content.
  const list = (await (await fetch(`${pglite.url}/api/stories?limit=${listLimit}`)).json()) as {
    items: unknown[];
  };
  const details = await Promise.all(
    content.stories.map(async (s) => (await fetch(`${pglite.url}/api/stories/${s.slug}`)).json()),
  );
  figures.push(...(await measure(pglite)));
  figures.push(await measureWrites(pglite, openDebate.slug));
  await pglite.stop();

  // 2. PostgreSQL
  const postgres = await postgresUrl();
  if (postgres) {
    const target = await startParcours(
      'Parcours on PostgreSQL',
      { DATABASE_URL: postgres.url },
      content,
    );
    target.endpoints = [...ours, ...inMovement];
    notes.push(`PostgreSQL: ${postgres.note}`);
    figures.push(...(await measure(target)));
    figures.push(await measureWrites(target, openDebate.slug));
    await target.stop();
  } else {
    notes.push(
      'PostgreSQL: skipped (no DATABASE_URL / BENCH_DATABASE_URL and no Debian postgresql package)',
    );
    console.log('  Parcours on PostgreSQL: skipped (no PostgreSQL available)');
  }

  // 3. json-server 0.17, the same JSON from a file.
  const dbFile = join(work, 'db.json');
  writeFileSync(dbFile, JSON.stringify({ stories: list.items, storyDetails: details }));
  const port = await freePort();
  const jsonServer = spawnQuiet([
    join(ROOT, 'node_modules/json-server/lib/cli/bin.js'),
    '--quiet',
    '--read-only',
    '--id',
    'slug',
    '--host',
    '127.0.0.1',
    '--port',
    String(port),
    dbFile,
  ]);
  const jsUrl = `http://127.0.0.1:${port}`;
  await waitForOk(`${jsUrl}/stories?_limit=1`, 60_000, () =>
    jsonServer.exitCode !== null ? 'json-server exited' : null,
  );
  figures.push(
    ...(await measure({
      name: 'json-server 0.17',
      url: jsUrl,
      endpoints: [
        { name: 'story list', path: `/stories?_limit=${listLimit}` },
        { name: 'story detail', path: `/storyDetails/${detailSlug}` },
      ],
      stop: () => stopChild(jsonServer),
    })),
  );
  await stopChild(jsonServer);

  const report = table(figures);
  console.log(`\n${report}\n`);
  for (const note of notes) console.log(note);
  const failures = figures.filter((f) => f.non2xx > 0 || f.errors > 0);
  for (const f of failures)
    console.warn(`! ${f.target} ${f.endpoint}: ${f.non2xx} non-2xx, ${f.errors} errors`);

  writeReport('api', {
    stories: content.stories.length,
    duration: DURATION,
    connections: CONNECTIONS,
    notes,
    figures,
  });
}

/** Writes a run's figures, with when and on what, to bench/out/<name>-<time>.json. */
function writeReport(name: string, figures: Record<string, unknown>): void {
  const outDir = join(ROOT, 'bench/out');
  mkdirSync(outDir, { recursive: true });
  const file = join(outDir, `${name}-${new Date().toISOString().replace(/[:.]/g, '-')}.json`);
  const machine = { at: new Date().toISOString(), node: process.version, cpus: cpus().length };
  writeFileSync(file, JSON.stringify({ ...machine, ...figures }, null, 2));
  console.log(`Figures written to ${file}`);
}

/** Latency percentile (nearest rank) of sorted samples, in ms. */
function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

interface Probe {
  name: string;
  p50: number;
  p95: number;
  max: number;
  count: number;
  failed: number;
}

/** `workers` sequential loops of GET `url` for `seconds`: the latency one client sees. */
async function probe(name: string, url: string, seconds: number, workers = 2): Promise<Probe> {
  const samples: number[] = [];
  let failed = 0;
  const end = Date.now() + seconds * 1000;
  await Promise.all(
    Array.from({ length: workers }, async () => {
      while (Date.now() < end) {
        const started = performance.now();
        const response = await fetch(url);
        await response.arrayBuffer();
        samples.push(performance.now() - started);
        if (!response.ok) failed++;
      }
    }),
  );
  samples.sort((a, b) => a - b);
  const round = (ms: number) => Math.round(ms * 10) / 10;
  return {
    name,
    p50: round(percentile(samples, 50)),
    p95: round(percentile(samples, 95)),
    max: round(samples.at(-1) ?? NaN),
    count: samples.length,
    failed,
  };
}

/**
 * Long words of the content with one letter changed: every term takes the typo
 * path, and a counter makes each query distinct, so none is answered from cache.
 */
function worstCaseQueries(content: Content): () => string {
  const words = [
    ...new Set(
      JSON.stringify(content.stories.map((s) => [s.title.fr, s.summary.fr]))
        .normalize('NFD')
        .replace(/[\u0300-\u036f]/g, '')
        .toLowerCase()
        .split(/[^a-z]+/)
        .filter((w) => w.length >= 7),
    ),
  ];
  let n = 0;
  return () => {
    n++;
    const terms: string[] = [];
    for (let i = 0; terms.join(' ').length < 190; i++) {
      const word = words[(n * 7 + i * 13) % words.length]!;
      const at = (n + i) % word.length;
      terms.push(
        `${word.slice(0, at)}${String.fromCharCode(97 + ((n + i) % 26))}${word.slice(at + 1)}`,
      );
    }
    return terms.join(' ').slice(0, 200);
  };
}

/**
 * `npm run bench:api -- search-burst`: what a burst of uncached worst-case searches
 * does to everything else, on PGlite (every query of the process on one thread).
 * /healthz, /readyz (one database round trip) and a story fetch are probed alone,
 * then during the burst: p50, p95 and max of two sequential clients each.
 */
async function searchBurst(): Promise<void> {
  const content = scaled(await demoContent(), STORIES);
  const story = content.stories.find((s) => s.kind === 'film')?.slug ?? content.stories[0]!.slug;
  const server = await startParcours(
    'Parcours on PGlite',
    { DATA_DIR: join(work, 'pglite'), DATABASE_URL: '' },
    content,
  );
  const next = worstCaseQueries(content);
  const connections = Number(process.env.BENCH_BURST_CONNECTIONS ?? 20);
  console.log(
    `Search burst on PGlite: ${content.stories.length} stories, ${DURATION} s per phase, ` +
      `${connections} connections of distinct worst-case searches (e.g. "${next()}")\n`,
  );
  const targets = [
    ['/healthz', `${server.url}/healthz`],
    ['/readyz', `${server.url}/readyz`],
    ['story fetch', `${server.url}/api/stories/${story}`],
  ] as const;
  await Promise.all(targets.map(([name, url]) => probe(name, url, WARMUP)));

  const alone = await Promise.all(targets.map(([name, url]) => probe(name, url, DURATION)));
  const burst = autocannon({
    url: server.url,
    connections,
    duration: DURATION,
    requests: [
      {
        method: 'GET',
        setupRequest: (request) => ({
          ...request,
          path: `/api/search?q=${encodeURIComponent(next())}`,
        }),
      },
    ],
  });
  const during = await Promise.all(targets.map(([name, url]) => probe(name, url, DURATION)));
  const searches = await burst;
  await server.stop();

  const codes = Object.fromEntries(
    Object.entries(searches.statusCodeStats as Record<string, { count: number }>).map(
      ([code, { count }]) => [code, count],
    ),
  );
  const rows = alone.map((a, i) => {
    const d = during[i]!;
    return `| ${a.name} | ${a.p50} | ${a.p95} | ${d.p50} | ${d.p95} | ${d.max} | ${(d.p95 / a.p95).toFixed(1)}× | ${d.failed} of ${d.count} |`;
  });
  const report = [
    '| request | alone p50 ms | alone p95 ms | burst p50 ms | burst p95 ms | burst max ms | p95 ratio | burst non-2xx |',
    '|---|---:|---:|---:|---:|---:|---:|---:|',
    ...rows,
  ].join('\n');
  console.log(`${report}\n`);
  console.log(
    `Searches during the burst: ${Math.round(searches.requests.average)} req/s, ` +
      `answers ${JSON.stringify(codes)}, search p50 ${searches.latency.p50} ms, p99 ${searches.latency.p99} ms`,
  );

  writeReport('api-search-burst', {
    stories: content.stories.length,
    duration: DURATION,
    connections,
    alone,
    during,
    searches: {
      reqPerSec: Math.round(searches.requests.average),
      codes,
      p50: searches.latency.p50,
      p99: searches.latency.p99,
    },
  });
}

const PARTS: Record<string, () => Promise<void>> = { all: main, 'search-burst': searchBurst };

try {
  const part = PARTS[process.argv[2] ?? 'all'];
  if (!part) throw new Error(`Unknown part "${process.argv[2]}": ${Object.keys(PARTS).join(', ')}`);
  await part();
} finally {
  for (const cleanup of cleanups.reverse()) {
    try {
      await cleanup();
    } catch (error) {
      console.warn(`cleanup: ${String(error)}`);
    }
  }
}
