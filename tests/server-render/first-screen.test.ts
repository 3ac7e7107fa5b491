// @vitest-environment node
/**
 * The first screen is in the HTML before any script runs (decision 029): the server
 * renders the springboard, a story and the visitor's path page with the browser's own
 * components, routes and loaders, from the answers the page carries. The page is
 * parsed as a browser would parse it with scripts off.
 */

import { JSDOM } from 'jsdom';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { BOOT_ELEMENT_ID, ROUTER_STATE_KEY } from '#contract/boot.ts';
import { type StoryList, storyListSchema } from '#contract/schemas.ts';
import { type App, createApp } from '#server/app.ts';
import { migrate } from '#server/db/migrate.ts';
import { insertContent } from '#server/db/seed.ts';
import { silentLog } from '#server/http/request-log.ts';
import { memoryDatabase, type TestDatabase } from '#server/testing/databases.ts';
import { syntheticContent } from '#server/testing/synthetic-content.ts';

import { shellDir } from './shell-dir.ts';

let database: TestDatabase;
let app: App;
let shell: ReturnType<typeof shellDir> | undefined;
let list: StoryList;

beforeAll(async () => {
  database = await memoryDatabase();
  await migrate(database.db);
  const content = syntheticContent(30);
  // A story whose first card says something no other page does.
  const story = content.stories[29]!;
  story.cards[0] = {
    id: 'c1',
    kind: 'text',
    title: { fr: 'Un premier carton', en: 'A first card' },
    body: { fr: 'Il ouvre l’histoire.', en: 'It opens the story.' },
  };
  await database.db.tx((tx) => insertContent(tx, content));
  shell = shellDir();
  app = createApp({
    db: database.db,
    distDir: shell.dir,
    log: silentLog,
    renderer: import('#src/entry-server.tsx'),
  });
  list = storyListSchema.parse(await (await app.request('/api/stories')).json());
}, 120_000);

afterAll(async () => {
  await database?.dispose();
  shell?.remove();
});

/** The page as a browser parses it before running anything. */
async function page(path: string, headers: Record<string, string> = {}) {
  const response = await app.request(path, { headers: { accept: 'text/html', ...headers } });
  expect(response.status).toBe(200);
  const html = await response.text();
  const { document } = new JSDOM(html).window;
  const root = document.getElementById('root')!;
  return { response, document, root };
}

describe('the first screen from the server', () => {
  it('draws the springboard: the first tiles’ titles and the first cover', async () => {
    const { root, document } = await page('/');
    expect(document.documentElement.lang).toBe('fr');
    for (const story of list.items.slice(0, 4)) expect(root.textContent).toContain(story.title.fr);
    const first = list.items[0]!;
    const cover = [...root.querySelectorAll('img')].find((img) => img.src === first.cover.src);
    expect(cover, 'the first tile’s cover <img>').toBeDefined();
    // Its <picture> offers the very sources the page preloads.
    const source = cover!.closest('picture')?.querySelector('source');
    expect(source?.getAttribute('srcset')).toBe(first.cover.sources[0]!.srcset);
  });

  it('carries the router state the browser resumes from, in the one JSON block', async () => {
    const { document } = await page('/');
    const blocks = document.querySelectorAll('script:not([src])');
    expect(blocks).toHaveLength(1);
    expect(blocks[0]!.id).toBe(BOOT_ELEMENT_ID);
    expect(blocks[0]!.getAttribute('type')).toBe('application/json');
    const data = JSON.parse(blocks[0]!.textContent) as Record<string, unknown>;
    expect(data[ROUTER_STATE_KEY]).toMatchObject({ loaderData: expect.any(Object) });
    expect(data['/api/stories']).toEqual(list);
  });

  it('draws a story on its card, and not the springboard behind it', async () => {
    const { root } = await page('/stories/story-00029/1');
    const dialog = root.querySelector('[role="dialog"]');
    expect(dialog?.getAttribute('aria-label')).toBe('Histoire 29');
    expect(dialog?.textContent).toContain('Un premier carton');
    // The tiles come once the viewer is interactive (decision 027).
    expect(root.textContent).not.toContain(list.items[1]!.title.fr);
  });

  it('draws the visitor’s path as a first visit sees it', async () => {
    const { root, document } = await page('/parcours');
    expect(root.querySelector('h1')?.textContent).toBe('Mon parcours');
    expect(document.title).toBe('Mon parcours — Parcours');
    expect(root.textContent).toContain('Votre parcours commence');
  });

  it('speaks the visitor’s language: their choice, else their browser’s', async () => {
    const chosen = await page('/stories/story-00029/1', {
      cookie: 'parcours.locale=en',
      'accept-language': 'fr-FR,fr',
    });
    expect(chosen.document.documentElement.lang).toBe('en');
    expect(chosen.root.textContent).toContain('A first card');
    const browser = await page('/parcours', { 'accept-language': 'de-DE, en;q=0.8, fr;q=0.5' });
    expect(browser.document.documentElement.lang).toBe('en');
    expect(browser.root.querySelector('h1')?.textContent).toBe('My path');
    // One page per language: a cache on the way must keep them apart.
    expect(browser.response.headers.get('Vary')).toMatch(/Cookie/);
    expect(browser.response.headers.get('ETag')).not.toBe(
      (await page('/parcours')).response.headers.get('ETag'),
    );
  });

  it('leaves other pages to the browser', async () => {
    const { root } = await page('/search');
    expect(root.childElementCount).toBe(0);
  });
});
