/**
 * Tests' studio data: a draft story made through the mocked store (as the API would
 * make it), and another editor's account to save over it; `openEditor` lands on it.
 */
import { screen } from '@testing-library/react';

import type { Account, Locale } from '#contract/schemas.ts';
import type { StoryDocument } from '#contract/studio.ts';
import { emptyDocument } from '#contract/studio-rules.ts';
import { signInMockAs } from '#mocks/in-movement-session.ts';
import { createStudio, getStudio, saveStudio } from '#mocks/studio-store.ts';
import { renderApp } from '#tests/utils/render-app.tsx';

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

/** The test draft with all publishing asks for: both languages, a described cover, a theme. */
export function publishableDocument(): StoryDocument {
  return {
    ...draftDocument(),
    summary: { fr: 'Résumé', en: 'Summary' },
    themes: ['design'],
    cover: {
      src: '/media/img/essai-480.webp',
      sources: [],
      width: 480,
      height: 320,
      alt: { fr: 'Une rue plantée', en: 'A street with trees' },
      color: '#808080',
    },
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

/** Signs in as the editor, saves `doc` as the test draft, and opens it in the editor. */
export function openEditor(doc = draftDocument(), { locale = 'fr' as Locale } = {}) {
  const accounts = signInAsEditor();
  const story = makeDraft(accounts.editor, doc);
  return { ...accounts, story, ...renderApp(`/studio/${SLUG}`, { locale }) };
}

/** The save status once the server holds the draft (a debounced save, maybe a retry, away). */
export function findSaved(timeout = 6000) {
  return screen.findByText('Enregistré', {}, { timeout });
}

export function storedDraft(): StoryDocument {
  const found = getStudio(SLUG);
  if (!found.ok) throw new Error('no story');
  return found.story.draft;
}
