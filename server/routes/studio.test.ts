// @vitest-environment node
/**
 * The studio through the app, on each database: who may use it, a draft that no public
 * endpoint or page shows whatever is asked, publishing and unpublishing seen at once by
 * every public read, revisions and their restore, the 409 of two editors saving from
 * one version, and a schedule that goes public when a moved clock passes its time.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { apiErrorSchema } from '#contract/schemas.ts';
import {
  revisionListSchema,
  type StoryDocument,
  type StudioStory,
  studioStoryListSchema,
  studioStorySchema,
} from '#contract/studio.ts';

import { createApp } from '../app.ts';
import { silentLog } from '../http/request-log.ts';
import { prepareDatabase } from '../serve.ts';
import { signedIn, TestClient } from '../testing/accounts.ts';
import { databaseKinds, type TestDatabase } from '../testing/databases.ts';
import { completeDocument, type DraftRefs, firstDraftRefs, sendJson } from '../testing/studio.ts';

type App = ReturnType<typeof createApp>;

const SLUG = 'atelier-de-nuit';
const WORD = 'zephyrine';

describe.each(databaseKinds)('studio on $name', ({ open, skip }) => {
  describe.skipIf(Boolean(skip))(skip ? `skipped: ${skip}` : 'drafts to published', () => {
    let test: TestDatabase;
    let app: App;
    let now = new Date('2026-12-03T10:00:00.000Z');
    let editor: TestClient;
    let otherEditor: TestClient;
    let theme: string;
    let person: string;
    let refs: DraftRefs;

    beforeAll(async () => {
      test = await open();
      await prepareDatabase(test.db, silentLog);
      app = createApp({ db: test.db, log: silentLog, clock: () => now });
      editor = (await signedIn(app, test.db, 'editor', { displayName: 'Edith' })).client;
      otherEditor = (await signedIn(app, test.db, 'admin', { displayName: 'Otto' })).client;
      refs = await firstDraftRefs(test.db);
      ({ theme, person } = refs);
    }, 180_000);
    afterAll(() => test?.dispose());

    const errorOf = async (response: Response) => apiErrorSchema.parse(await response.json()).error;
    const storyOf = async (response: Response) => studioStorySchema.parse(await response.json());
    const send = sendJson;

    const complete = (doc: StoryDocument) => completeDocument(doc, refs, WORD);

    /** Every public answer and page a visitor could reach the story by, as text. */
    async function publicTraces(slug: string): Promise<Record<string, string | number>> {
      const visitor = new TestClient(app);
      const detail = await visitor.get(`/api/stories/${slug}`);
      const themePage = await visitor.get(`/api/stories?theme=${theme}&limit=100`);
      const path = await send(visitor, 'POST', '/api/paths', {
        steps: [{ kind: 'story', slug, cardsSeen: 1 }],
      });
      return {
        detail: detail.status,
        list: await (await visitor.get('/api/stories?limit=100')).text(),
        theme: await themePage.text(),
        person: await (await visitor.get(`/api/people/${person}`)).text(),
        search: await (await visitor.get(`/api/search?q=${WORD}&locale=en`)).text(),
        path: path.status,
      };
    }

    it('refuses the signed out (401) and other roles (403), reads and writes alike', async () => {
      const nobody = new TestClient(app);
      expect((await nobody.get('/api/studio/stories')).status).toBe(401);
      expect((await send(nobody, 'POST', '/api/studio/stories', {})).status).toBe(401);
      for (const role of ['participant', 'curator', 'committee', 'expert'] as const) {
        const { client } = await signedIn(app, test.db, role);
        const read = await client.get('/api/studio/stories');
        expect(read.status).toBe(403);
        expect((await errorOf(read)).code).toBe('forbidden');
        expect((await send(client, 'POST', '/api/studio/stories', { slug: 'x' })).status).toBe(403);
      }
      const listed = await editor.get('/api/studio/stories');
      expect(listed.status).toBe(200);
      expect(listed.headers.get('Cache-Control')).toBe('no-store');
      const list = studioStoryListSchema.parse(await listed.json());
      // The demo stories are the studio's, published, complete in both languages.
      expect(list.total).toBeGreaterThan(0);
      expect(
        list.items.every((s) => s.state === 'published' && s.complete.fr && s.complete.en),
      ).toBe(true);
      expect((await otherEditor.get('/api/studio/stories')).status).toBe(200);
    });

    it('refuses a write from another site before anything else', async () => {
      const response = await send(editor, 'POST', '/api/studio/stories', {
        slug: SLUG,
        kind: 'visual',
        title: { fr: 'x', en: '' },
      }).then(() =>
        editor.request('/api/studio/stories', {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', Origin: 'https://evil.example' },
          body: '{}',
        }),
      );
      expect(response.status).toBe(403);
      // The first (same-site) request created the draft the next tests use.
      expect((await editor.get(`/api/studio/stories/${SLUG}`)).status).toBe(200);
      expect(
        (
          await send(editor, 'POST', '/api/studio/stories', {
            slug: SLUG,
            kind: 'film',
            title: { fr: '', en: '' },
          })
        ).status,
      ).toBe(409);
    });

    let story: StudioStory;

    it('keeps a draft from every public endpoint and page, whatever is asked', async () => {
      story = await storyOf(await editor.get(`/api/studio/stories/${SLUG}`));
      expect(story.state).toBe('draft');
      expect(story.publishProblem).not.toBeNull();
      const saved = await send(editor, 'PUT', `/api/studio/stories/${SLUG}`, {
        version: story.version,
        draft: complete(story.draft),
      });
      expect(saved.status).toBe(200);
      story = await storyOf(saved);
      expect(story.version).toBe(2);
      expect(story.publishProblem).toBeNull();
      const traces = await publicTraces(SLUG);
      expect(traces.detail).toBe(404);
      // A path naming it is refused as one naming a story that never existed.
      expect(traces.path).toBe((await publicTraces('never-written')).path);
      expect(traces.path).toBe(400);
      for (const key of ['list', 'theme', 'person', 'search'] as const) {
        expect(traces[key]).not.toContain(SLUG);
      }
      expect(traces.search).toContain('"total":0');
      // A page's carried answers come from the same reads (page-boot.ts asks this app);
      // tests/server-render/studio-drafts.test.ts reads the drawn pages themselves.
      expect((await new TestClient(app).get(`/api/stories/${SLUG}`)).status).toBe(404);
    });

    it('publishes: every public read shows it at once, through a new content version', async () => {
      const visitor = new TestClient(app);
      const before = await visitor.get('/api/stories?limit=100');
      const etag = before.headers.get('ETag');
      const published = await send(editor, 'POST', `/api/studio/stories/${SLUG}/publish`, {
        version: story.version,
      });
      expect(published.status).toBe(200);
      story = await storyOf(published);
      expect(story.state).toBe('published');
      expect(story.published).toEqual(story.draft);
      const after = await visitor.get('/api/stories?limit=100');
      expect(after.headers.get('ETag')).not.toBe(etag);
      const traces = await publicTraces(SLUG);
      expect(traces.detail).toBe(200);
      expect(traces.path).toBe(201);
      for (const key of ['list', 'theme', 'person', 'search'] as const)
        expect(traces[key]).toContain(SLUG);
    });

    it('keeps later edits in the draft until published again', async () => {
      const draft = { ...story.draft, title: { ...story.draft.title, en: 'Night shift, edited' } };
      story = await storyOf(
        await send(editor, 'PUT', `/api/studio/stories/${SLUG}`, { version: story.version, draft }),
      );
      expect(story.unpublishedChanges).toBe(true);
      const shown = await (await new TestClient(app).get(`/api/stories/${SLUG}`)).text();
      expect(shown).not.toContain('edited');
    });

    it('answers 409 naming who saved and what changed when two editors save from one version', async () => {
      const seen = story.version;
      const theirs = {
        ...story.draft,
        summary: { ...story.draft.summary, fr: 'Changé par Otto.' },
      };
      expect(
        (
          await send(otherEditor, 'PUT', `/api/studio/stories/${SLUG}`, {
            version: seen,
            draft: theirs,
          })
        ).status,
      ).toBe(200);
      const mine = { ...story.draft, tile: 'wide' as const };
      const refused = await send(editor, 'PUT', `/api/studio/stories/${SLUG}`, {
        version: seen,
        draft: mine,
      });
      expect(refused.status).toBe(409);
      const error = await errorOf(refused);
      expect(error.code).toBe('conflict');
      expect(error.field).toBe('version');
      expect(error.message).toContain('Otto');
      expect(error.message).toContain('summary.fr');
      // Nothing of the refused save was kept.
      story = await storyOf(await editor.get(`/api/studio/stories/${SLUG}`));
      expect(story.draft.tile).toBe('regular');
      expect(story.draft.summary.fr).toBe('Changé par Otto.');
    });

    it('lists every revision with its author, and restores one as a new revision', async () => {
      const revisions = revisionListSchema.parse(
        await (await editor.get(`/api/studio/stories/${SLUG}/revisions`)).json(),
      ).items;
      expect(revisions.map((r) => r.action)).toEqual(['save', 'save', 'publish', 'save', 'create']);
      expect(revisions[0]?.by?.name).toBe('Otto');
      expect(revisions[0]?.changes).toEqual(['summary.fr']);
      const restored = await send(
        editor,
        'POST',
        `/api/studio/stories/${SLUG}/revisions/3/restore`,
        {
          version: story.version,
        },
      );
      expect(restored.status).toBe(200);
      story = await storyOf(restored);
      expect(story.draft).toEqual(story.published);
      expect(story.unpublishedChanges).toBe(false);
      const unknown = await send(
        editor,
        'POST',
        `/api/studio/stories/${SLUG}/revisions/99/restore`,
        {
          version: story.version,
        },
      );
      expect(unknown.status).toBe(404);
    });

    it('unpublishes: gone from every public read, the draft kept', async () => {
      const response = await send(editor, 'POST', `/api/studio/stories/${SLUG}/unpublish`, {
        version: story.version,
      });
      story = await storyOf(response);
      expect(story.state).toBe('unpublished');
      const traces = await publicTraces(SLUG);
      expect(traces.detail).toBe(404);
      for (const key of ['list', 'theme', 'person', 'search'] as const)
        expect(traces[key]).not.toContain(SLUG);
    });

    it('publishes a scheduled story when the clock passes its time, not before', async () => {
      const past = await send(editor, 'POST', `/api/studio/stories/${SLUG}/schedule`, {
        version: story.version,
        at: '2026-12-03T09:00:00.000Z',
      });
      expect(past.status).toBe(400);
      const scheduled = await send(editor, 'POST', `/api/studio/stories/${SLUG}/schedule`, {
        version: story.version,
        at: '2026-12-04T08:00:00.000Z',
      });
      story = await storyOf(scheduled);
      expect(story.state).toBe('scheduled');
      const visitor = new TestClient(app);
      expect((await visitor.get(`/api/stories/${SLUG}`)).status).toBe(404);
      now = new Date('2026-12-04T07:59:59.000Z');
      expect((await visitor.get(`/api/stories/${SLUG}`)).status).toBe(404);
      now = new Date('2026-12-04T08:00:00.000Z');
      expect((await visitor.get(`/api/stories/${SLUG}`)).status).toBe(200);
      expect(await (await visitor.get('/api/stories?limit=100')).text()).toContain(SLUG);
      story = await storyOf(await editor.get(`/api/studio/stories/${SLUG}`));
      expect(story.state).toBe('published');
      expect(story.scheduledAt).toBeNull();
    });

    it('searches and filters the editors’ list', async () => {
      const list = async (query: string) =>
        studioStoryListSchema.parse(await (await editor.get(`/api/studio/stories${query}`)).json());
      expect((await list(`?q=${WORD.toUpperCase()}`)).items.map((s) => s.slug)).toEqual([SLUG]);
      expect((await list('?state=draft')).total).toBe(0);
      expect((await list('?incomplete=en')).total).toBe(0);
      expect((await list('?limit=1')).items[0]?.slug).toBe(SLUG);
    });
  });
});
