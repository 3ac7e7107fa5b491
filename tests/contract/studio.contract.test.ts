// @vitest-environment node
/**
 * The studio answers alike on every implementation: one story of an editor's
 * requests (refusals by role, a draft created, saved, refused as stale, published,
 * unpublished, its revisions), each sent to the mocks (signed in by scenario) and to
 * the server (signed in through its outbox), compared on status and body with each
 * side's clock blanked out; after each step that changes what visitors see, the
 * visitors' story list and the story itself are compared too.
 */
import { beforeAll, expect, it } from 'vitest';

import { setMockSignedIn } from '#mocks/handlers/auth.ts';
import { setMockLatency } from '#mocks/handlers/respond.ts';
import { resetInMovementMocks } from '#mocks/in-movement-session.ts';
import { resetStudioStore } from '#mocks/studio-store.ts';

import { sendAs, signInEach, type Who } from './signed-in.ts';
import { describeEachTarget, mswTarget, type Target } from './targets.ts';

const editor: Who = { scenario: 'as-editor' };
const participant: Who = { scenario: 'as-participant' };
const nobody: Who = {};
const SLUG = 'nouvelle-histoire';
const API = '/api/studio/stories';

/** A time each side stamps with its own clock. */
const TIME = /\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z/g;

/** Status and body; the studio's cache header too (the visitors' reads cache only on the server). */
async function snapshot(response: Response, path: string) {
  const text = await response.text();
  return {
    status: response.status,
    cache: path.startsWith('/api/studio/') ? response.headers.get('Cache-Control') : 'n/a',
    body: text.replace(TIME, '<time>'),
  };
}

describeEachTarget('Studio contract', 'an editor’s requests answer like the mocks', (target) => {
  beforeAll(async () => {
    setMockLatency(0);
    resetInMovementMocks();
    resetStudioStore();
    setMockSignedIn(null);
    await signInEach(target, [
      [editor, 'editor@in-movement.example'],
      [participant, 'participant@in-movement.example'],
    ]);
  });

  /** Sends to the mocks and, on a server target, to the server; the answers must match. */
  async function both(who: Who, method: string, path: string, body?: unknown) {
    const text = body === undefined ? undefined : JSON.stringify(body);
    const mock = await snapshot(await sendAs(mswTarget, method, path, text, who), path);
    if (target === mswTarget) return mock;
    const server = await snapshot(await sendAs(target as Target, method, path, text, who), path);
    expect(server).toEqual(mock);
    return server;
  }

  /** What visitors see of the story, on both. */
  async function visitorsSee() {
    const list = await both(nobody, 'GET', '/api/stories?limit=100');
    const detail = await both(nobody, 'GET', `/api/stories/${SLUG}`);
    return { listed: list.body.includes(`"slug":"${SLUG}"`), detail: detail.status };
  }

  const draft = {
    title: { fr: 'Nouvelle histoire', en: 'A new story' },
    summary: { fr: 'Un résumé.', en: 'A summary.' },
    kind: 'visual',
    themes: [] as string[],
    people: [] as string[],
    cover: null,
    tile: 'regular',
    related: [] as string[],
    publishedAt: '2026-12-01',
    cards: [
      {
        id: 'c1',
        kind: 'text',
        title: { fr: 'Titre', en: 'Title' },
        body: { fr: 'Texte.', en: 'Text.' },
      },
    ],
  };

  it('refuses the signed out and other roles, reads and writes alike', async () => {
    expect((await both(nobody, 'GET', API)).status).toBe(401);
    expect((await both(participant, 'GET', API)).status).toBe(403);
    expect((await both(participant, 'POST', API, { slug: SLUG })).status).toBe(403);
  });

  it('lists everyone a story may name, to editors only', async () => {
    expect((await both(nobody, 'GET', '/api/studio/people')).status).toBe(401);
    expect((await both(participant, 'GET', '/api/studio/people')).status).toBe(403);
    const people = await both(editor, 'GET', '/api/studio/people');
    expect(people.status).toBe(200);
    expect(people.cache).toBe('no-store');
    const slugs = (JSON.parse(people.body) as { items: { slug: string }[] }).items.map(
      (person) => person.slug,
    );
    expect(slugs.length).toBeGreaterThan(5);
    expect(slugs).toEqual([...slugs].sort());
  });

  it('lists the demo stories as published, searched and filtered', async () => {
    const all = await both(editor, 'GET', `${API}?limit=5`);
    expect(all.status).toBe(200);
    expect(all.cache).toBe('no-store');
    await both(editor, 'GET', `${API}?state=draft`);
    await both(editor, 'GET', `${API}?q=usine&incomplete=en`);
  });

  it('creates, saves, refuses a stale save, publishes and unpublishes alike', async () => {
    expect(
      (await both(editor, 'POST', API, { slug: SLUG, kind: 'visual', title: { fr: 'x', en: '' } }))
        .status,
    ).toBe(201);
    expect(
      (await both(editor, 'POST', API, { slug: SLUG, kind: 'film', title: { fr: '', en: '' } }))
        .status,
    ).toBe(409);
    expect(await visitorsSee()).toEqual({ listed: false, detail: 404 });
    const [theme] = JSON.parse((await both(nobody, 'GET', '/api/themes')).body).items as {
      slug: string;
    }[];
    const cover = JSON.parse((await both(nobody, 'GET', '/api/stories?limit=1')).body).items[0]
      .cover;
    const complete = { ...draft, themes: [theme!.slug], cover };
    expect((await both(editor, 'PUT', `${API}/${SLUG}`, { version: 1, draft })).status).toBe(200);
    // Not publishable yet (no theme, no cover): a 409 saying so.
    expect((await both(editor, 'POST', `${API}/${SLUG}/publish`, { version: 2 })).status).toBe(409);
    expect(
      (await both(editor, 'PUT', `${API}/${SLUG}`, { version: 2, draft: complete })).status,
    ).toBe(200);
    // Saved again from version 2: someone (here, the same editor) saved since.
    const stale = await both(editor, 'PUT', `${API}/${SLUG}`, { version: 2, draft });
    expect(stale.status).toBe(409);
    expect(stale.body).toContain('themes, cover');
    expect(
      (
        await both(editor, 'PUT', `${API}/${SLUG}`, {
          version: 1,
          draft: { ...draft, themes: ['nope'] },
        })
      ).status,
    ).toBe(409);
    expect(
      (
        await both(editor, 'PUT', `${API}/${SLUG}`, {
          version: 3,
          draft: { ...draft, themes: ['nope'] },
        })
      ).status,
    ).toBe(400);
    expect(await visitorsSee()).toEqual({ listed: false, detail: 404 });
    expect((await both(editor, 'POST', `${API}/${SLUG}/publish`, { version: 3 })).status).toBe(200);
    expect(await visitorsSee()).toEqual({ listed: true, detail: 200 });
    expect(
      (
        await both(editor, 'POST', `${API}/${SLUG}/schedule`, {
          version: 4,
          at: '2099-01-01T00:00:00.000Z',
        })
      ).status,
    ).toBe(409);
    expect((await both(editor, 'POST', `${API}/${SLUG}/unpublish`, { version: 4 })).status).toBe(
      200,
    );
    expect(await visitorsSee()).toEqual({ listed: false, detail: 404 });
    expect((await both(editor, 'POST', `${API}/${SLUG}/unpublish`, { version: 5 })).status).toBe(
      409,
    );
    expect(
      (
        await both(editor, 'POST', `${API}/${SLUG}/schedule`, {
          version: 5,
          at: '2099-01-01T00:00:00.000Z',
        })
      ).status,
    ).toBe(200);
    expect(await visitorsSee()).toEqual({ listed: false, detail: 404 });
  });

  it('lists revisions and restores one alike', async () => {
    expect((await both(editor, 'GET', `${API}/${SLUG}/revisions`)).status).toBe(200);
    expect(
      (await both(editor, 'POST', `${API}/${SLUG}/revisions/2/restore`, { version: 6 })).status,
    ).toBe(200);
    expect(
      (await both(editor, 'POST', `${API}/${SLUG}/revisions/42/restore`, { version: 7 })).status,
    ).toBe(404);
    expect((await both(editor, 'GET', `${API}/${SLUG}`)).status).toBe(200);
    expect((await both(editor, 'GET', `${API}/missing-story`)).status).toBe(404);
  });
});
