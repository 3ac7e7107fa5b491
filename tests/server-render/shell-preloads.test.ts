// @vitest-environment node
/**
 * A page the server does not draw (In Movement's inner pages, the account, search…)
 * still names, in its head, the code the browser will load first to draw it, so those
 * chunks arrive beside the entry instead of one round trip after another once it has
 * run. In Movement's springboard is drawn by the server, from the answers it carries.
 */

import { JSDOM } from 'jsdom';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { BOOT_ELEMENT_ID, type ServerRenderer } from '#contract/boot.ts';
import { debateListSchema } from '#contract/in-movement.ts';
import { type App, createApp } from '#server/app.ts';
import { migrate } from '#server/db/migrate.ts';
import { silentLog } from '#server/http/request-log.ts';
import { seedInMovementIfEmpty } from '#server/in-movement/seed.ts';
import { withManifest } from '#server/routes/page-renderer.ts';
import { memoryDatabase, type TestDatabase } from '#server/testing/databases.ts';
import { testInMovement } from '#server/testing/in-movement-content.ts';

import { shellDir } from './shell-dir.ts';

/** A client build's manifest, as Vite writes it, for the modules these pages load. */
const manifest = {
  'index.html': { file: 'assets/index-e.js', isEntry: true, imports: ['_i18n.js'] },
  '_i18n.js': { file: 'assets/i18n-i.js' },
  '_in-movement.js': { file: 'assets/in-movement-shared-s.js', imports: ['_i18n.js'] },
  'src/app/area-routes.ts': { file: 'assets/area-routes-a.js', imports: ['index.html'] },
  'src/features/in-movement/in-movement-layout.tsx': {
    file: 'assets/in-movement-layout-l.js',
    css: ['assets/in-movement-layout-l.css'],
    imports: ['index.html', '_i18n.js'],
  },
  'src/features/in-movement/im-springboard.tsx': {
    file: 'assets/im-springboard-b.js',
    css: ['assets/im-springboard-b.css'],
    imports: ['index.html', '_in-movement.js'],
  },
  'src/features/in-movement/debate-route.tsx': {
    file: 'assets/debate-route-d.js',
    imports: ['index.html', '_in-movement.js'],
  },
  'src/lib/messages-in-movement.ts': { file: 'assets/messages-in-movement-m.js' },
  'src/lib/messages-en.ts': { file: 'assets/messages-en-x.js' },
};

let database: TestDatabase;
let app: App;
let shell: ReturnType<typeof shellDir> | undefined;

beforeAll(async () => {
  database = await memoryDatabase();
  await migrate(database.db);
  shell = shellDir();
  const module = (await import('#src/entry-server.tsx')) as ServerRenderer;
  app = createApp({
    db: database.db,
    distDir: shell.dir,
    log: silentLog,
    renderer: Promise.resolve(withManifest(module, manifest)),
  });
}, 120_000);

afterAll(async () => {
  await database?.dispose();
  shell?.remove();
});

/** The hrefs of a page's links of one kind, as a browser parses them. */
async function links(path: string, headers: Record<string, string> = {}) {
  const response = await app.request(path, { headers: { accept: 'text/html', ...headers } });
  expect(response.status).toBe(200);
  const { document } = new JSDOM(await response.text()).window;
  const hrefs = (selector: string) =>
    [...document.querySelectorAll(selector)].map((link) => link.getAttribute('href'));
  return {
    scripts: hrefs('link[rel="modulepreload"]'),
    styles: hrefs('link[rel="preload"][as="style"]'),
    stylesheets: hrefs('link[rel="stylesheet"]'),
    root: document.getElementById('root')!,
    title: document.title,
    carried: JSON.parse(document.getElementById(BOOT_ELEMENT_ID)?.textContent ?? '{}') as Record<
      string,
      unknown
    >,
  };
}

describe('a page the browser draws', () => {
  it('preloads an In Movement page’s code and styles, less what the entry loads', async () => {
    const page = await links('/in-movement/debates/anything', { 'accept-language': 'fr' });
    expect(page.root.childElementCount).toBe(0);
    expect(page.scripts).toEqual(
      expect.arrayContaining([
        '/assets/area-routes-a.js',
        '/assets/in-movement-layout-l.js',
        '/assets/messages-in-movement-m.js',
        '/assets/debate-route-d.js',
        '/assets/in-movement-shared-s.js',
      ]),
    );
    expect(page.scripts).not.toContain('/assets/i18n-i.js');
    expect(page.scripts).not.toContain('/assets/im-springboard-b.js');
    expect(page.scripts).not.toContain('/assets/messages-en-x.js');
    // Fetched early, applied only when the code asks: the shell's paint is not held.
    expect(page.styles).toEqual(['/assets/in-movement-layout-l.css']);
    expect(page.stylesheets).not.toContain('/assets/in-movement-layout-l.css');
  });

  it('preloads a debate’s page, and the English strings for a visitor in English', async () => {
    const fr = await links('/in-movement/debates/anything', { 'accept-language': 'fr' });
    expect(fr.scripts).toContain('/assets/debate-route-d.js');
    const en = await links('/in-movement/debates/anything', { 'accept-language': 'en' });
    expect(en.scripts).toContain('/assets/debate-route-d.js');
    expect(en.scripts).toContain('/assets/messages-en-x.js');
    // The French page, asked again, was not cached under the English one's key.
    expect((await links('/in-movement/debates/anything')).scripts).not.toContain(
      '/assets/messages-en-x.js',
    );
  });

  it('preloads nothing where the page loads nothing beyond the entry', async () => {
    expect((await links('/studio', { 'accept-language': 'fr' })).scripts).toEqual([]);
  });
});

describe('In Movement’s springboard', () => {
  it('carries its debates and themes as the API answers them, never a stale copy', async () => {
    const empty = await links('/in-movement');
    expect(empty.carried['/api/in-movement/debates']).toEqual({ items: [], nextCursor: null });
    expect(empty.carried['/api/in-movement/themes']).toBeDefined();
    // Drawn from them: the empty platform says so before any script runs.
    expect(empty.root.querySelector('[role="status"]')?.textContent).toMatch(/\S/);

    await seedInMovementIfEmpty(database.db, () => Promise.resolve(testInMovement()), 3);
    const api = debateListSchema.parse(
      await (await app.request('/api/in-movement/debates')).json(),
    );
    expect(api.items.length).toBeGreaterThan(0);
    const seeded = await links('/in-movement');
    expect(seeded.carried['/api/in-movement/debates']).toEqual(api);
    // Who is signed in is the visitor's own: never in a page served to anyone.
    expect(Object.keys(seeded.carried).some((url) => url.includes('/me'))).toBe(false);

    const theme = api.items[0]!.theme;
    const filtered = await links(`/in-movement?theme=${theme}`);
    expect(Object.keys(filtered.carried)).toContain(`/api/in-movement/debates?theme=${theme}`);
  });

  it('is drawn by the server: its tiles and header in the HTML, its styles linked', async () => {
    await seedInMovementIfEmpty(database.db, () => Promise.resolve(testInMovement()), 3);
    const api = debateListSchema.parse(
      await (await app.request('/api/in-movement/debates')).json(),
    );
    const page = await links('/in-movement', { 'accept-language': 'en' });
    expect(page.root.querySelector('h1')?.textContent).toBe('Debates');
    // Its tab is the platform's from the start, never the group's brand.
    expect(page.title).toBe('Debates — In Movement');
    const questions = [...page.root.querySelectorAll('.im-tile__question a')].map(
      (link) => link.textContent,
    );
    expect(questions).toEqual(expect.arrayContaining(api.items.map((debate) => debate.question)));
    // The header's account slot waits for `/api/me` in the browser, as its first render
    // does: it holds its room, hidden, and names nobody.
    const slot = page.root.querySelector('.im-header__tools .im-header__account');
    expect(slot?.tagName).toBe('SPAN');
    expect(slot?.getAttribute('aria-hidden')).toBe('true');
    expect(slot?.classList).toContain('im-header__account--pending');
    // Its styles hold the paint (the markup needs them); its code comes beside the entry.
    expect(page.stylesheets).toEqual(
      expect.arrayContaining(['/assets/in-movement-layout-l.css', '/assets/im-springboard-b.css']),
    );
    expect(page.styles).toEqual([]);
    expect(page.scripts).toEqual(
      expect.arrayContaining(['/assets/im-springboard-b.js', '/assets/messages-en-x.js']),
    );
  });
});
