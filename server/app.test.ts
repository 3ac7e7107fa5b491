// @vitest-environment node
// Over 300 lines: the whole application's HTTP behaviour through app.request(), one
// section per concern (pages, caching, errors, headers), sharing one seeded database.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync } from 'node:zlib';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { BOOT_ELEMENT_ID, TILE_SIZES } from '#contract/boot.ts';
import { apiErrorSchema, storyListSchema } from '#contract/schemas.ts';

import { type App, createApp } from './app.ts';
import type { Database } from './db/adapter.ts';
import { migrate } from './db/migrate.ts';
import { insertContent } from './db/seed.ts';
import type { LogEntry } from './http/request-log.ts';
import { memoryDatabase, type TestDatabase } from './testing/databases.ts';
import { decodedText } from './testing/http.ts';
import { syntheticContent } from './testing/synthetic-content.ts';

let database: TestDatabase;
let app: App;
let distDir: string;
const logs: LogEntry[] = [];
let draining = false;

beforeAll(async () => {
  database = await memoryDatabase();
  await migrate(database.db);
  await database.db.tx((tx) => insertContent(tx, syntheticContent(80)));
  distDir = mkdtempSync(join(tmpdir(), 'parcours-dist-'));
  mkdirSync(join(distDir, 'assets'));
  writeFileSync(
    join(distDir, 'index.html'),
    `<!doctype html><html><head><title>Parcours</title></head><body>${'<!-- pad -->'.repeat(200)}</body></html>`,
  );
  const script = `console.log(${JSON.stringify('x'.repeat(4000))});`;
  writeFileSync(join(distDir, 'assets', 'index-abc123.js'), script);
  writeFileSync(join(distDir, 'assets', 'index-abc123.js.br'), brotliCompressSync(script));
  writeFileSync(join(distDir, 'favicon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
  writeFileSync(join(distDir, 'sw.js'), "self.addEventListener('fetch', () => {});");
  writeFileSync(join(distDir, 'manifest.webmanifest'), '{"name":"Parcours"}');
  app = createApp({
    db: database.db,
    distDir,
    log: (entry) => logs.push(entry),
    isDraining: () => draining,
  });
}, 120_000);

afterAll(async () => {
  await database.dispose();
  rmSync(distDir, { recursive: true, force: true });
});

async function errorOf(response: Response) {
  expect(response.headers.get('content-type')).toMatch(/application\/json/);
  return apiErrorSchema.parse(await response.json()).error;
}

describe('conditional requests', () => {
  it('answers 304 without a body when If-None-Match holds the current ETag', async () => {
    const first = await app.request('/api/stories?limit=5');
    const etag = first.headers.get('ETag');
    expect(etag).toMatch(/^W\/".+"$/);
    const again = await app.request('/api/stories?limit=5', {
      headers: { 'If-None-Match': etag! },
    });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe('');
    expect(again.headers.get('ETag')).toBe(etag);
    const listOfTags = await app.request('/api/stories?limit=5', {
      headers: { 'If-None-Match': `"other", ${etag}` },
    });
    expect(listOfTags.status).toBe(304);
    const stale = await app.request('/api/stories?limit=5', {
      headers: { 'If-None-Match': 'W/"stale"' },
    });
    expect(stale.status).toBe(200);
  });

  it('changes the ETag, and answers the new content, once the content changes', async () => {
    const before = await app.request('/api/stories/story-00079');
    const etag = before.headers.get('ETag')!;
    await database.db.query(
      `UPDATE stories SET title = '{"fr":"Nouveau","en":"New"}' WHERE slug = 'story-00079'`,
    );
    const after = await app.request('/api/stories/story-00079', {
      headers: { 'If-None-Match': etag },
    });
    expect(after.status).toBe(200);
    expect(after.headers.get('ETag')).not.toBe(etag);
    expect(((await after.json()) as { title: { en: string } }).title.en).toBe('New');
  });

  it('lets caches keep lists briefly and revalidate in the background', async () => {
    const list = await app.request('/api/stories');
    expect(list.headers.get('Cache-Control')).toMatch(/max-age=\d+.*stale-while-revalidate=\d+/);
    const error = await app.request('/api/stories?limit=0');
    expect(error.headers.get('Cache-Control')).toBe('no-store');
  });
});

describe('compression', () => {
  it('prefers brotli, falls back to gzip, and sends identity when asked for nothing', async () => {
    const plain = await app.request('/api/stories');
    expect(plain.headers.get('Content-Encoding')).toBeNull();
    const identity = await plain.text();
    expect(identity.length).toBeGreaterThan(1024);

    const br = await app.request('/api/stories', {
      headers: { 'Accept-Encoding': 'gzip, deflate, br' },
    });
    expect(br.headers.get('Content-Encoding')).toBe('br');
    expect(br.headers.get('Vary')).toMatch(/Accept-Encoding/i);
    const gzip = await app.request('/api/stories', {
      headers: { 'Accept-Encoding': 'gzip, br;q=0' },
    });
    expect(gzip.headers.get('Content-Encoding')).toBe('gzip');

    const brBytes = Number(br.headers.get('Content-Length'));
    expect(brBytes).toBeLessThan(identity.length / 3);
    expect(await decodedText(br)).toBe(identity);
    expect(await decodedText(gzip)).toBe(identity);
  });

  it('leaves small bodies alone', async () => {
    const small = await app.request('/api/stories?limit=0', {
      headers: { 'Accept-Encoding': 'br' },
    });
    expect(small.headers.get('Content-Encoding')).toBeNull();
  });

  it('serves precompressed build files and compresses the SPA shell', async () => {
    const asset = await app.request('/assets/index-abc123.js', {
      headers: { 'Accept-Encoding': 'br, gzip' },
    });
    expect(asset.headers.get('Content-Encoding')).toBe('br');
    expect(await decodedText(asset)).toContain('console.log');
    const shell = await app.request('/stories/x/1', { headers: { 'Accept-Encoding': 'gzip' } });
    expect(shell.headers.get('Content-Encoding')).toBe('gzip');
    expect(await decodedText(shell)).toContain('<title>Parcours</title>');
  });
});

describe('security headers', () => {
  it.each(['/api/stories', '/api/nowhere', '/', '/assets/index-abc123.js', '/healthz'])(
    'are on %s',
    async (path) => {
      const response = await app.request(path);
      const csp = response.headers.get('Content-Security-Policy') ?? '';
      expect(csp).toMatch(/script-src 'self'(;|$)/);
      expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/);
      expect(csp).toMatch(/frame-ancestors 'none'/);
      expect(csp).toMatch(/default-src 'self'/);
      expect(response.headers.get('X-Content-Type-Options')).toBe('nosniff');
      expect(response.headers.get('Referrer-Policy')).toBe('strict-origin-when-cross-origin');
    },
  );

  it('let only the studio’s preview be framed, and only by this origin', async () => {
    const preview = await app.request('/studio/essai/preview?frame=1');
    expect(preview.headers.get('Content-Security-Policy')).toMatch(/frame-ancestors 'self'(;|$)/);
    expect(preview.headers.get('X-Frame-Options')).toBe('SAMEORIGIN');
    // The studio's editor page frames it.
    expect(preview.headers.get('Content-Security-Policy')).toMatch(/frame-src 'self' /);
    for (const path of ['/studio', '/studio/essai', '/studio/essai/preview/x', '/']) {
      const response = await app.request(path);
      expect(response.headers.get('Content-Security-Policy'), path).toMatch(
        /frame-ancestors 'none'/,
      );
      expect(response.headers.get('X-Frame-Options'), path).toBe('DENY');
    }
  });
});

describe('content security policy', () => {
  it("frames only this origin (only the studio's preview lets itself be) and the film hosts' privacy-enhanced players, on every answer", async () => {
    for (const path of ['/', '/in-movement/debates/x', '/api/in-movement/debates']) {
      const csp = (await app.request(path)).headers.get('Content-Security-Policy') ?? '';
      const frameSources = csp
        .split(';')
        .map((directive) => directive.trim().split(/\s+/))
        .filter(([name]) => name === 'frame-src' || name === 'child-src');
      expect(frameSources).toEqual([
        ['frame-src', "'self'", 'https://www.youtube-nocookie.com', 'https://player.vimeo.com'],
      ]);
      // Everything else stays this origin's alone.
      expect(csp).toMatch(/default-src 'self'(;|$)/);
    }
  });

  it('fits the SPA shell: index.html has no inline script for it to block', () => {
    // The server adds only JSON data blocks (`type="application/json"`), never run.
    // Vite turns index.html into dist/index.html adding only external scripts and styles.
    const html = readFileSync(join(import.meta.dirname, '..', 'index.html'), 'utf8');
    const scripts = html.match(/<script\b[^>]*>/g) ?? [];
    expect(scripts.length).toBeGreaterThan(0);
    expect(scripts.filter((tag) => !/\bsrc=/.test(tag))).toEqual([]);
    expect(html).not.toMatch(/\son[a-z]+=/i); // no inline event handlers either
  });
});

describe('errors', () => {
  it('answers 413 for bodies over 64 KB, declared or streamed', async () => {
    const big = JSON.stringify({ text: 'x'.repeat(70 * 1024) });
    const declared = await app.request('/api/stories', {
      method: 'POST',
      body: big,
      headers: { 'Content-Type': 'application/json', 'Content-Length': String(big.length) },
    });
    expect(declared.status).toBe(413);
    expect((await errorOf(declared)).code).toBe('payload_too_large');
    const streamed = await app.request('/api/stories', {
      method: 'POST',
      body: big,
      headers: { 'Content-Type': 'application/json' },
    });
    expect(streamed.status).toBe(413);
  });

  it('answers 415 for a body that is not JSON, and 405 for a JSON one on a read-only path', async () => {
    const text = await app.request('/api/stories', {
      method: 'POST',
      body: 'hello',
      headers: { 'Content-Type': 'text/plain' },
    });
    expect(text.status).toBe(415);
    expect((await errorOf(text)).code).toBe('unsupported_media_type');
    const json = await app.request('/api/stories', {
      method: 'POST',
      body: '{}',
      headers: { 'Content-Type': 'application/json' },
    });
    expect(json.status).toBe(405);
    expect(json.headers.get('Allow')).toBe('GET, HEAD');
    expect((await errorOf(json)).code).toBe('method_not_allowed');
  });

  it('answers 405 on known paths and 404 JSON on unknown API paths', async () => {
    const put = await app.request('/api/stories/story-00001', { method: 'PUT' });
    expect(put.status).toBe(405);
    const unknown = await app.request('/api/nowhere/at/all');
    expect(unknown.status).toBe(404);
    expect((await errorOf(unknown)).code).toBe('not_found');
  });

  it('answers HEAD like GET without a body', async () => {
    const head = await app.request('/api/themes', { method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
  });

  it('answers 500 without leaking internals, and logs them', async () => {
    const broken: Database = {
      ...database.db,
      query: () => Promise.reject(new Error('connection to 10.0.0.7 failed: password=hunter2')),
    };
    const entries: LogEntry[] = [];
    const failing = createApp({ db: broken, log: (entry) => entries.push(entry) });
    const response = await failing.request('/api/themes');
    expect(response.status).toBe(500);
    const text = await response.text();
    expect(text).not.toMatch(/hunter2|10\.0\.0\.7|Error|at /);
    expect(apiErrorSchema.parse(JSON.parse(text)).error.code).toBe('internal');
    expect(entries.some((e) => e.level === 'error' && String(e.error).includes('hunter2'))).toBe(
      true,
    );
  });
});

describe('database failures', () => {
  const failingWith = (error: Error) => {
    const entries: LogEntry[] = [];
    const db: Database = { ...database.db, query: () => Promise.reject(error) };
    return { entries, app: createApp({ db, log: (entry) => entries.push(entry) }) };
  };
  const withCode = (message: string, code: string) => Object.assign(new Error(message), { code });

  it('answers 400, not 500, when the database rejects a value the request carried', async () => {
    const { app: failing, entries } = failingWith(
      withCode('date/time field value out of range: "9999-99-99"', '22008'),
    );
    const response = await failing.request('/api/themes');
    expect(response.status).toBe(400);
    expect((await errorOf(response)).code).toBe('bad_request');
    expect(entries.filter((e) => e.msg !== 'request')).toEqual([]);
  });

  it.each([
    ['refused', withCode('connect ECONNREFUSED 127.0.0.1:5432', 'ECONNREFUSED')],
    ['pool timeout', new Error('timeout exceeded when trying to connect')],
    ['statement timeout', withCode('canceling statement due to statement timeout', '57014')],
    ['shutting down', withCode('terminating connection due to administrator command', '57P01')],
    ['disk full', withCode('could not extend file: No space left on device', '53100')],
    ['disk full (PGlite)', withCode('ENOSPC: no space left on device, write', 'ENOSPC')],
  ])('answers 503 with Retry-After when the database is out of reach (%s)', async (_, error) => {
    const { app: failing } = failingWith(error);
    const response = await failing.request('/api/themes');
    expect(response.status).toBe(503);
    expect(Number(response.headers.get('Retry-After'))).toBeGreaterThan(0);
    const body = await errorOf(response);
    expect(body.code).toBe('unavailable');
    expect(body.message).not.toMatch(/ECONNREFUSED|5432|statement|ENOSPC/);
  });

  it('logs a stack once for a burst of the same error, not once per request', async () => {
    const { app: failing, entries } = failingWith(new Error('relation "themes" is broken'));
    for (let i = 0; i < 50; i += 1) expect((await failing.request('/api/themes')).status).toBe(500);
    const stacks = entries.filter((e) => e.msg === 'unhandled error');
    expect(stacks).toHaveLength(1);
    expect(String(stacks[0]?.error)).toMatch(/relation "themes" is broken/);
  });
});

describe('health', () => {
  it('is alive and ready with a database, and not ready while draining', async () => {
    expect((await app.request('/healthz')).status).toBe(200);
    expect((await app.request('/readyz')).status).toBe(200);
    draining = true;
    try {
      const response = await app.request('/readyz');
      expect(response.status).toBe(503);
      expect((await errorOf(response)).code).toBe('unavailable');
      expect((await app.request('/healthz')).status).toBe(200);
    } finally {
      draining = false;
    }
  });

  it('is not ready when the database does not answer', async () => {
    const down: Database = { ...database.db, query: () => Promise.reject(new Error('down')) };
    const response = await createApp({ db: down, log: () => {} }).request('/readyz');
    expect(response.status).toBe(503);
  });
});

describe('the built SPA', () => {
  it('caches hashed assets for a year and revalidates the shell', async () => {
    const asset = await app.request('/assets/index-abc123.js');
    expect(asset.headers.get('Cache-Control')).toBe('public, max-age=31536000, immutable');
    const shell = await app.request('/');
    expect(shell.headers.get('Cache-Control')).toBe('no-cache');
    expect(shell.headers.get('Content-Type')).toMatch(/text\/html/);
    const revalidated = await app.request('/', {
      headers: { 'If-None-Match': shell.headers.get('ETag')! },
    });
    expect(revalidated.status).toBe(304);
  });

  it('revalidates the service worker and the web app manifest on every check', async () => {
    const worker = await app.request('/sw.js');
    expect(worker.status).toBe(200);
    expect(worker.headers.get('Cache-Control')).toBe('no-cache');
    expect(worker.headers.get('Content-Type')).toMatch(/javascript/);
    const manifest = await app.request('/manifest.webmanifest');
    expect(manifest.headers.get('Cache-Control')).toBe('no-cache');
    expect(manifest.headers.get('Content-Type')).toMatch(/^application\/manifest\+json/);
    const icon = await app.request('/favicon.svg');
    expect(icon.headers.get('Cache-Control')).toMatch(/^public, max-age=3600/);
  });

  it('falls back to the shell for client routes but not for missing files', async () => {
    const route = await app.request('/stories/some-story/2?theme=design');
    expect(route.status).toBe(200);
    expect(await route.text()).toContain('<title>Parcours</title>');
    const missing = await app.request('/assets/index-gone.js');
    expect(missing.status).toBe(404);
    expect(missing.headers.get('Content-Type')).toMatch(/application\/json/);
    expect(missing.headers.get('Cache-Control')).toBe('no-store');
  });
});

describe('pages that carry their first requests', () => {
  /** The page's carried API answers, by URL; null when it carries none. */
  async function carried(path: string): Promise<Record<string, unknown> | null> {
    const html = await (await app.request(path)).text();
    const match = new RegExp(
      `<script type="application/json" id="${BOOT_ELEMENT_ID}">([^<]*)</script>`,
    ).exec(html);
    return match ? (JSON.parse(match[1]!) as Record<string, unknown>) : null;
  }
  const apiBody = async (url: string) => (await app.request(url)).json();

  it('carries the springboard’s first answers, byte for byte the API’s, and preloads its first cover', async () => {
    const answers = await carried('/');
    expect(Object.keys(answers ?? {}).sort()).toEqual(['/api/stories', '/api/themes']);
    expect(answers?.['/api/stories']).toEqual(await apiBody('/api/stories'));
    expect(answers?.['/api/themes']).toEqual(await apiBody('/api/themes'));
    const first = storyListSchema.parse(answers?.['/api/stories']).items[0]!;
    const html = await (await app.request('/')).text();
    const head = html.slice(0, html.indexOf('</head>'));
    expect(head).toContain(
      `<link rel="preload" as="image" type="${first.cover.sources[0]!.type}" imagesrcset="${first.cover.sources[0]!.srcset}" imagesizes="${TILE_SIZES[first.tile]}" fetchpriority="high">`,
    );
  });

  it('carries the theme filter’s list and a story page’s story; not what does not exist', async () => {
    expect(Object.keys((await carried('/?theme=design')) ?? {})).toContain(
      '/api/stories?theme=design',
    );
    const story = await carried('/stories/story-00003/2');
    expect(story?.['/api/stories/story-00003']).toEqual(await apiBody('/api/stories/story-00003'));
    const unknown = await carried('/stories/no-such-story');
    expect(Object.keys(unknown ?? {}).sort()).toEqual(['/api/stories', '/api/themes']);
    const hostile = await app.request('/stories/%3C%2Fscript%3E%3Cb%3E/1');
    expect(hostile.status).toBe(200);
    expect(await hostile.text()).not.toContain('<b>');
    expect(await carried('/search?q=x')).toBeNull();
    expect(await carried('/parcours/abc')).toBeNull();
    // The visitor's path page carries what its map draws (decision 029).
    expect(Object.keys((await carried('/parcours')) ?? {}).sort()).toEqual([
      '/api/stories',
      '/api/themes',
    ]);
  });

  it('gives each page its own validator and keeps answering 304 for an unchanged one', async () => {
    const springboard = await app.request('/');
    const search = await app.request('/search');
    expect(springboard.headers.get('ETag')).not.toBe(search.headers.get('ETag'));
    const again = await app.request('/', {
      headers: { 'If-None-Match': springboard.headers.get('ETag')! },
    });
    expect(again.status).toBe(304);
  });
});

describe('logs', () => {
  it('writes one structured entry per request', async () => {
    logs.length = 0;
    const response = await app.request('/api/stories?limit=2', {
      headers: { 'X-Request-Id': 'lb-1234' },
    });
    expect(response.headers.get('X-Request-Id')).toBe('lb-1234');
    expect(logs).toHaveLength(1);
    expect(logs[0]).toMatchObject({
      msg: 'request',
      method: 'GET',
      path: '/api/stories',
      status: 200,
      requestId: 'lb-1234',
    });
    expect(typeof logs[0]!.ms).toBe('number');
  });
});

describe('pagination', () => {
  it('walks every story exactly once in list order, within a theme too', async () => {
    for (const theme of [undefined, 'design']) {
      const seen: string[] = [];
      let cursor: string | null = null;
      do {
        const query = new URLSearchParams({
          limit: '7',
          ...(theme ? { theme } : {}),
          ...(cursor ? { cursor } : {}),
        });
        const page = storyListSchema.parse(
          await (await app.request(`/api/stories?${query}`)).json(),
        );
        seen.push(...page.items.map((s) => s.slug));
        cursor = page.nextCursor;
      } while (cursor);
      const expected = syntheticContent(80)
        .stories.filter((s) => !theme || s.themes.includes(theme))
        .sort((a, b) =>
          a.publishedAt === b.publishedAt
            ? a.slug < b.slug
              ? -1
              : 1
            : a.publishedAt < b.publishedAt
              ? 1
              : -1,
        )
        .map((s) => s.slug);
      expect(seen).toEqual(expected);
    }
  });
});
