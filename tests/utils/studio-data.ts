/**
 * Tests' studio data: a draft story made through the mocked store (as the API would
 * make it), and another editor's account to save over it.
 */
import type { Account } from '#contract/schemas.ts';
import type { StoryDocument } from '#contract/studio.ts';
import { emptyDocument } from '#contract/studio-rules.ts';
import { signInMockAs } from '#mocks/in-movement-session.ts';
import { createStudio, getStudio, saveStudio } from '#mocks/studio-store.ts';

export const SLUG = 'essai-studio';

export function draftDocument(): StoryDocument {
  return {
    ...emptyDocument('slideshow', { fr: 'Essai', en: 'Trial' }),
    cards: [
      {
        id: 'a',
        kind: 'text',
        title: { fr: 'Premier', en: 'First' },
        body: { fr: 'Un', en: 'One' },
      },
      {
        id: 'b',
        kind: 'text',
        title: { fr: 'Second', en: 'Second' },
        body: { fr: 'Deux', en: 'Two' },
      },
      {
        id: 'c',
        kind: 'text',
        title: { fr: 'Troisième', en: 'Third' },
        body: { fr: 'Trois', en: 'Three' },
      },
    ],
  };
}

/** Signs the test in as the demo editor; returns the demo admin, "someone else". */
export function signInAsEditor(): { editor: Account; other: Account } {
  const other = signInMockAs('admin');
  const editor = signInMockAs('editor');
  if (!editor || !other) throw new Error('demo accounts missing');
  return { editor, other };
}

/** A draft with three text cards, saved once by the editor. */
export function makeDraft(editor: Account, doc = draftDocument()) {
  const created = createStudio({ slug: SLUG, kind: doc.kind, title: doc.title }, editor);
  if (!created.ok) throw new Error(created.message);
  const saved = saveStudio(SLUG, { version: created.story.version, draft: doc }, editor);
  if (!saved.ok) throw new Error(saved.message);
  return saved.story;
}

export function storedDraft(): StoryDocument {
  const found = getStudio(SLUG);
  if (!found.ok) throw new Error('no story');
  return found.story.draft;
}
