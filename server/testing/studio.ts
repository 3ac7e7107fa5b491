/**
 * Studio stories for tests: what a draft needs to be publishable (a theme, a person and
 * a cover the database has), and the editor's create → save → publish steps through
 * the API, for any client that sends the editor's cookie (an app or a server process).
 */
import type { Image } from '../../contract/schemas.ts';
import { type StoryDocument, type StudioStory, studioStorySchema } from '../../contract/studio.ts';
import type { Queryable } from '../db/adapter.ts';

/** Content a publishable draft points at. */
export type DraftRefs = {
  theme: string;
  person: string;
  cover: Image;
};

export async function firstDraftRefs(db: Queryable): Promise<DraftRefs> {
  const [row] = await db.query<DraftRefs>(
    `SELECT (SELECT slug FROM themes ORDER BY position LIMIT 1) AS theme,
            (SELECT slug FROM people ORDER BY slug LIMIT 1) AS person,
            (SELECT portrait FROM people ORDER BY slug LIMIT 1) AS cover`,
  );
  if (!row) throw new Error('no theme or person to point a draft at');
  return row;
}

/** `doc` made publishable in both languages; `word` is in its title and first card only. */
export function completeDocument(
  doc: StoryDocument,
  { theme, person, cover }: DraftRefs,
  word: string,
  title = { fr: `Atelier de nuit ${word}`, en: `Night workshop ${word}` },
): StoryDocument {
  return {
    ...doc,
    title,
    summary: { fr: 'Une équipe de nuit.', en: 'A night shift.' },
    themes: [theme],
    people: [person],
    cover,
    cards: [
      {
        id: 'intro',
        kind: 'text',
        title: { fr: 'La nuit', en: 'The night' },
        body: { fr: `Le ${word} tourne.`, en: `The ${word} runs.` },
      },
      { id: 'dit', kind: 'quote', text: { fr: 'Bonsoir.', en: 'Good evening.' }, person },
    ],
  };
}

/** Anything that sends a request with an editor's session (TestClient, a fetch wrapper). */
export interface EditorClient {
  request(path: string, init?: RequestInit): Promise<Response>;
}

export function sendJson(
  client: EditorClient,
  method: string,
  path: string,
  body: unknown,
): Promise<Response> {
  return client.request(path, {
    method,
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  });
}

async function studioStory(response: Response, step: string): Promise<StudioStory> {
  if (!response.ok) throw new Error(`${step}: ${response.status} ${await response.text()}`);
  return studioStorySchema.parse(await response.json());
}

/** Creates a draft and saves it complete (`edit` changes the document further); not published. */
export async function readyDraft(
  client: EditorClient,
  slug: string,
  refs: DraftRefs,
  word: string,
  edit: (doc: StoryDocument) => StoryDocument = (doc) => doc,
): Promise<StudioStory> {
  const created = await studioStory(
    await sendJson(client, 'POST', '/api/studio/stories', {
      slug,
      kind: 'visual',
      title: { fr: '', en: '' },
    }),
    `create ${slug}`,
  );
  return studioStory(
    await sendJson(client, 'PUT', `/api/studio/stories/${slug}`, {
      version: created.version,
      draft: edit(completeDocument(created.draft, refs, word)),
    }),
    `save ${slug}`,
  );
}

/** Publishes the story at the version last seen. */
export async function publish(client: EditorClient, story: StudioStory): Promise<StudioStory> {
  return studioStory(
    await sendJson(client, 'POST', `/api/studio/stories/${story.slug}/publish`, {
      version: story.version,
    }),
    `publish ${story.slug}`,
  );
}
