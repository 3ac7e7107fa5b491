// Over 300 lines: one measure whole — its servers (one or two instances), the editor's calls, the probes and the report rows.
/**
 * `npm run bench:publish` (and the `publish` section of `npm run bench`): a report,
 * not a test. How long from an editor's "Publish" to a visitor seeing the story:
 * the real server is started, the demo editor signs in through the development
 * outbox, a story (a copy of a demo story's document under a new title and slug)
 * is created and saved as a draft, then published; from the moment the publish
 * request leaves, clients poll what a visitor reads — the springboard's API, the
 * springboard page as the server draws it, search — each until the story is there.
 * With TEST_DATABASE_URL (a PostgreSQL server), two server processes share one new
 * database and the second instance is polled too; on the embedded database
 * (PGlite) there is one process, so no second instance.
 * The baseline, measured in the same run and the same way, is a plain round trip of
 * the springboard's API on an instance: "visible" is reported as a multiple of it.
 * Method and figures: docs/bench.md.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { createScratchDatabase, testDatabaseUrl } from '../server/testing/databases.ts';
import { waitForOk } from '../server/testing/http.ts';
import { freePort } from '../server/testing/processes.ts';
import { OUT, ROOT } from './lib/build.ts';
import { formatTable, median, ratio, round, type Row } from './lib/stats.ts';

const EDITOR = 'editor@in-movement.example';
/** Stories published per run: each gives one figure per place a visitor looks. */
const RUNS = 5;
/** Plain reads of the springboard's API for the baseline. */
const BASELINE_READS = 30;

export interface PublishServers {
  /** Every instance's URL; the first is the one the editor publishes on. */
  urls: string[];
  database: string;
  stop(): Promise<void>;
}

interface Instance {
  url: string;
  child: ChildProcess;
}

async function startInstance(env: Record<string, string>): Promise<Instance> {
  const port = await freePort();
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/index.ts'], {
    cwd: ROOT,
    env: {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      SMTP_URL: '',
      LOG_LEVEL: 'silent',
      // The development outbox (how the editor signs in here) is off in production,
      // and a full run's in-process Vite build of the floor app has set this process's
      // NODE_ENV to production: every full `npm run bench` lost this section to it.
      NODE_ENV: 'development',
      ...env,
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const url = `http://127.0.0.1:${port}`;
  await waitForOk(`${url}/readyz`, 180_000, () =>
    child.exitCode !== null ? `the server exited with ${child.exitCode}` : null,
  );
  return { url, child };
}

async function stopInstance({ child }: Instance): Promise<void> {
  if (child.exitCode !== null) return;
  child.kill('SIGTERM');
  await once(child, 'exit');
}

/**
 * The servers to measure, serving `distDir` (the springboard page) when it holds a
 * build: two instances on a new PostgreSQL database when TEST_DATABASE_URL is set,
 * otherwise one on a fresh embedded database.
 */
export async function startPublishServers(distDir: string): Promise<PublishServers> {
  const dist = existsSync(join(distDir, 'index.html')) ? distDir : '';
  if (testDatabaseUrl) {
    const scratch = await createScratchDatabase();
    const env = { DATABASE_URL: scratch.url, DIST_DIR: dist };
    // One after the other: the first migrates and seeds, the second finds it done.
    const first = await startInstance(env);
    const second = await startInstance(env);
    return {
      urls: [first.url, second.url],
      database: 'PostgreSQL, two instances',
      async stop() {
        await Promise.all([stopInstance(first), stopInstance(second)]);
        await scratch.drop();
      },
    };
  }
  const dataDir = mkdtempSync(join(tmpdir(), 'parcours-bench-publish-'));
  const only = await startInstance({ DATA_DIR: dataDir, DATABASE_URL: '', DIST_DIR: dist });
  return {
    urls: [only.url],
    database: 'PGlite, one instance',
    async stop() {
      await stopInstance(only);
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** Signs the demo editor in as a person would: a link asked for, read in the outbox, opened. */
async function signIn(url: string): Promise<string> {
  const json = { 'Content-Type': 'application/json' };
  const asked = await fetch(`${url}/api/auth/sign-in`, {
    method: 'POST',
    headers: json,
    body: JSON.stringify({ email: EDITOR, locale: 'en' }),
  });
  const binding = asked.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
  if (!asked.ok) throw new Error(`sign-in answered ${asked.status}`);
  // Read again for up to 10 s, should the mail be written a moment after the answer.
  let token: string | undefined;
  for (let tries = 0; !token && tries < 50; tries++) {
    if (tries > 0) await new Promise((resolve) => setTimeout(resolve, 200));
    const outbox = await (await fetch(`${url}/__outbox`)).text();
    token = /\/sign-in\/verify\?token=([A-Za-z0-9_-]{43})/.exec(outbox)?.[1];
  }
  if (!token) throw new Error('no sign-in link in the outbox after 10 s');
  const verified = await fetch(`${url}/api/auth/verify`, {
    method: 'POST',
    headers: { ...json, Cookie: binding },
    body: JSON.stringify({ token }),
  });
  const session = verified.headers.getSetCookie().find((c) => c.startsWith('parcours_session='));
  if (!session) throw new Error(`verify answered ${verified.status}`);
  return session.split(';')[0]!;
}

interface StudioStory {
  slug: string;
  version: number;
  draft: { title: { fr: string; en: string } } & Record<string, unknown>;
}

/** The studio's API as the editor's page calls it (same-origin JSON writes). */
function studio(url: string, cookie: string) {
  const call = async (method: string, path: string, body?: unknown): Promise<StudioStory> => {
    const response = await fetch(`${url}/api/studio/stories${path}`, {
      method,
      headers: { Cookie: cookie, Origin: url, 'Content-Type': 'application/json' },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    if (!response.ok) {
      throw new Error(`${method} ${path} answered ${response.status}: ${await response.text()}`);
    }
    return (await response.json()) as StudioStory;
  };
  return {
    get: (slug: string) => call('GET', `/${slug}`),
    create: (body: unknown) => call('POST', '', body),
    save: (slug: string, body: unknown) => call('PUT', `/${slug}`, body),
    publish: (slug: string, version: number) => call('POST', `/${slug}/publish`, { version }),
    async firstPublished(): Promise<string> {
      const response = await fetch(`${url}/api/studio/stories?state=published`, {
        headers: { Cookie: cookie },
      });
      const list = (await response.json()) as { items: { slug: string }[] };
      const slug = list.items[0]?.slug;
      if (!slug) throw new Error('no published story to copy');
      return slug;
    },
  };
}

/** Where a visitor looks, and how to tell the story is there. */
interface Probe {
  name: string;
  instance: number;
  seen: (url: string, story: { slug: string; token: string; title: string }) => Promise<boolean>;
}

const text = async (url: string) => (await fetch(url)).text();

const PROBES = (instances: number): Probe[] =>
  Array.from({ length: instances }, (_, instance) => [
    {
      name: 'springboard API',
      instance,
      seen: async (url: string, s: { slug: string }) =>
        (await text(`${url}/api/stories`)).includes(`"${s.slug}"`),
    },
    {
      name: 'search API',
      instance,
      seen: async (url: string, s: { slug: string; token: string }) =>
        (await text(`${url}/api/search?q=${s.token}`)).includes(`"${s.slug}"`),
    },
    {
      name: 'springboard page',
      instance,
      seen: async (url: string, s: { title: string }) => (await text(`${url}/`)).includes(s.title),
    },
  ]).flat();

/** Between two polls of one probe: the figures' resolution, and room for the publish itself. */
const POLL_PAUSE_MS = 25;

/** Polls until `seen` holds; answers the milliseconds since `start`. */
async function until(check: () => Promise<boolean>, start: number): Promise<number> {
  const deadline = start + 30_000;
  while (performance.now() < deadline) {
    if (await check()) return performance.now() - start;
    await new Promise((resolve) => setTimeout(resolve, POLL_PAUSE_MS));
  }
  throw new Error('not visible after 30 s');
}

export interface PublishFigures {
  database: string;
  pages: boolean;
  baselineMs: number;
  publishMs: number;
  /** Until every place on every instance shows the story. */
  everywhereMs: number;
  visibleMs: Record<string, number>;
  samples: {
    publishMs: number[];
    everywhereMs: number[];
    visibleMs: Record<string, number[]>;
    baselineMs: number[];
  };
}

/** Publishes RUNS stories on `urls[0]` and times each place a visitor looks, on every instance. */
export async function runPublish(servers: PublishServers): Promise<PublishFigures> {
  const { urls } = servers;
  const cookie = await signIn(urls[0]!);
  const api = studio(urls[0]!, cookie);
  const model = await api.get(await api.firstPublished());
  const pages = (await fetch(`${urls[0]}/`)).headers.get('content-type')?.includes('html');
  const probes = PROBES(urls.length).filter((p) => pages || p.name !== 'springboard page');

  // The baseline: a visitor's plain read of the springboard's API, per instance.
  const baselineMs: number[] = [];
  for (let i = 0; i < BASELINE_READS; i++) {
    const url = urls[i % urls.length]!;
    const start = performance.now();
    await text(`${url}/api/stories`);
    baselineMs.push(performance.now() - start);
  }

  const publishMs: number[] = [];
  const everywhereMs: number[] = [];
  const visibleMs: Record<string, number[]> = {};
  for (let run = 0; run < RUNS; run++) {
    const token = `bancpub${Date.now().toString(36)}${run}`;
    const slug = `banc-${token}`;
    const title = `Banc de publication ${token}`;
    const created = await api.create({
      slug,
      kind: model.draft.kind,
      title: { fr: title, en: title },
    });
    const saved = await api.save(slug, {
      version: created.version,
      draft: { ...model.draft, title: { fr: title, en: title }, related: [] },
    });
    const start = performance.now();
    const published = api.publish(slug, saved.version).then(() => performance.now() - start);
    const seen = await Promise.all(
      probes.map((probe) =>
        until(() => probe.seen(urls[probe.instance]!, { slug, token, title }), start),
      ),
    );
    publishMs.push(await published);
    everywhereMs.push(Math.max(...seen));
    probes.forEach((probe, i) => {
      const key = `${probe.name}${urls.length > 1 ? `, instance ${probe.instance + 1}` : ''}`;
      (visibleMs[key] ??= []).push(seen[i]!);
    });
  }
  return {
    database: servers.database,
    pages: Boolean(pages),
    baselineMs: median(baselineMs),
    publishMs: median(publishMs),
    everywhereMs: median(everywhereMs),
    visibleMs: Object.fromEntries(Object.entries(visibleMs).map(([k, v]) => [k, median(v)])),
    samples: { publishMs, everywhereMs, visibleMs, baselineMs },
  };
}

/** The report's rows: each time as a multiple of the plain read of the same run. */
export function publishRows(f: PublishFigures): Row[] {
  const base = `${round(f.baselineMs)} ms (springboard API read)`;
  return [
    {
      section: 'publish',
      measure: `publish request, median of ${RUNS} (${f.database})`,
      value: `${round(f.publishMs)} ms`,
      baseline: base,
      ratio: ratio(f.publishMs, f.baselineMs),
    },
    {
      section: 'publish',
      measure: `publish → visible everywhere (${f.pages ? 'API, page and search' : 'API and search'} on every instance)`,
      value: `${round(f.everywhereMs)} ms`,
      baseline: base,
      ratio: ratio(f.everywhereMs, f.baselineMs),
    },
    ...Object.entries(f.visibleMs).map(([where, ms]) => ({
      section: 'publish',
      measure: `publish → visible: ${where}`,
      value: `${round(ms)} ms`,
      baseline: base,
      ratio: ratio(ms, f.baselineMs),
    })),
  ];
}

async function main(): Promise<void> {
  // The bench's own build when `npm run bench` made one, else the app's `npm run build`.
  const dist = [join(OUT, 'app-dist'), join(ROOT, 'dist')].find((d) =>
    existsSync(join(d, 'index.html')),
  );
  const servers = await startPublishServers(dist ?? '');
  try {
    const figures = await runPublish(servers);
    console.log(formatTable(publishRows(figures)));
    if (!figures.pages) console.log('(no build found: the springboard page was not measured)');
    mkdirSync(OUT, { recursive: true });
    const file = join(OUT, `publish-${new Date().toISOString().slice(0, 19)}.json`);
    writeFileSync(file, JSON.stringify(figures, null, 2));
    console.log(`figures: ${file}`);
  } finally {
    await servers.stop();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  });
}
