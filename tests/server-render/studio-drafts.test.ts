// @vitest-environment node
/**
 * A studio draft is in no page's HTML either (issue 14): the server draws pages with the
 * browser's components from the API's own answers (decision 029), so the pages a visitor
 * could reach a draft by are asked of the app with its renderer, and read as text. A
 * published story that names the draft as related neither links it nor proposes it next,
 * until the draft is published.
 */

import { JSDOM } from 'jsdom';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { BOOT_ELEMENT_ID } from '#contract/boot.ts';
import { type Story, storyListSchema, storySchema } from '#contract/schemas.ts';
import type { StudioStory } from '#contract/studio.ts';
import { type App, createApp } from '#server/app.ts';
import { silentLog } from '#server/http/request-log.ts';
import { prepareDatabase } from '#server/serve.ts';
import { signedIn, TestClient } from '#server/testing/accounts.ts';
import { memoryDatabase, type TestDatabase } from '#server/testing/databases.ts';
import { type DraftRefs, firstDraftRefs, publish, readyDraft } from '#server/testing/studio.ts';
import { rankNextStories } from '#src/features/story-viewer/next-stories.ts';

import { shellDir } from './shell-dir.ts';

const DRAFT = 'atelier-de-nuit';
const WORD = 'zephyrine';
const NEIGHBOUR = 'equipe-de-jour';

let database: TestDatabase;
let app: App;
let shell: ReturnType<typeof shellDir> | undefined;
let editor: TestClient;
let refs: DraftRefs;
let draft: StudioStory;

beforeAll(async () => {
  database = await memoryDatabase();
  await prepareDatabase(database.db, silentLog);
  shell = shellDir();
  app = createApp({
    db: database.db,
    distDir: shell.dir,
    log: silentLog,
    clock: () => new Date('2026-12-03T10:00:00.000Z'),
    renderer: import('#src/entry-server.tsx'),
  });
  editor = (await signedIn(app, database.db, 'editor')).client;
  refs = await firstDraftRefs(database.db);
  draft = await readyDraft(editor, DRAFT, refs, WORD);
}, 180_000);

afterAll(async () => {
  await database?.dispose();
  shell?.remove();
});

/** A page as a visitor's browser gets it: status, whole HTML, first screen and carried answers. */
async function page(path: string) {
  const response = await new TestClient(app).request(path, { headers: { accept: 'text/html' } });
  const html = await response.text();
  const { document } = new JSDOM(html).window;
  const block = document.getElementById(BOOT_ELEMENT_ID)?.textContent;
  return {
    status: response.status,
    html,
    root: document.getElementById('root')?.innerHTML ?? '',
    answers: (block ? JSON.parse(block) : {}) as Record<string, unknown>,
  };
}

/** The draft's slug or any of its words, anywhere in a text. */
const traceOfDraft = new RegExp(`${DRAFT}|${WORD}|Atelier de nuit|Night workshop`, 'i');

describe('a draft in the server-drawn pages', () => {
  it('is in none of the pages a visitor could reach it by', async () => {
    expect(draft.state).toBe('draft');
    expect(draft.publishProblem).toBeNull();
    for (const path of [
      '/',
      `/?theme=${refs.theme}`,
      `/themes/${refs.theme}`,
      `/people/${refs.person}`,
      `/stories/${DRAFT}`,
      `/stories/${DRAFT}/1`,
      `/stories/${DRAFT}/2`,
    ]) {
      const { status, html } = await page(path);
      expect.soft(status, path).toBe(200);
      expect.soft(html, path).not.toMatch(traceOfDraft);
    }
  });

  it('answers its own address as that of a story that never existed', async () => {
    const own = await page(`/stories/${DRAFT}/1`);
    const never = await page('/stories/never-written/1');
    // No story drawn and none carried: the browser shows its "not found" card.
    expect(own.root).toBe('');
    expect(Object.keys(own.answers).some((url) => url.includes(DRAFT))).toBe(false);
    expect(own.status).toBe(never.status);
    expect(Object.keys(own.answers)).toEqual(
      Object.keys(never.answers).filter((url) => !url.includes('never-written')),
    );
    // A published story's page, by contrast, is drawn by the server.
    const shown = await page('/');
    expect(shown.root).not.toBe('');
  });
});

describe('a published story that names the draft as related', () => {
  let neighbour: Story;
  /** The last card's page, whose end card the server draws with the next stories. */
  let endPage: () => ReturnType<typeof page>;
  /** What the end card proposes, ranked by the browser's own code from the API's answers. */
  async function nextStories(): Promise<string[]> {
    const visitor = new TestClient(app);
    neighbour = storySchema.parse(await (await visitor.get(`/api/stories/${NEIGHBOUR}`)).json());
    const list = storyListSchema.parse(await (await visitor.get('/api/stories?limit=100')).json());
    return rankNextStories(neighbour, list.items, new Set()).map((s) => s.slug);
  }

  beforeAll(async () => {
    const ready = await readyDraft(editor, NEIGHBOUR, refs, 'heliotrope', (doc) => ({
      ...doc,
      title: { fr: 'Équipe de jour', en: 'Day shift' },
      related: [DRAFT],
    }));
    expect((await publish(editor, ready)).state).toBe('published');
    endPage = () => page(`/stories/${NEIGHBOUR}/${ready.draft.cards.length}`);
  });

  it('neither links it nor proposes it next while it is a draft', async () => {
    const next = await nextStories();
    expect(neighbour.related).toEqual([]);
    expect(next).not.toContain(DRAFT);
    expect(next.length).toBeGreaterThan(0);
    const { html, root } = await endPage();
    // The end card is drawn, with its proposals, and the draft is not among them.
    expect(root).toContain('Équipe de jour');
    expect(html).not.toMatch(traceOfDraft);
  });

  it('links it and proposes it first once the draft is published', async () => {
    draft = await publish(editor, draft);
    const next = await nextStories();
    expect(neighbour.related.map((s) => s.slug)).toEqual([DRAFT]);
    expect(next[0]).toBe(DRAFT);
    const { root } = await endPage();
    expect(root).toContain('Atelier de nuit');
    const own = await page(`/stories/${DRAFT}/1`);
    expect(own.root).toContain(`Le ${WORD} tourne.`);
  });
});
