/**
 * What the visitor's-path tests share (src/features/path/*.test.tsx): a small
 * catalogue served in place of the demo content, and the visitor's moves.
 */
// Reloads and second visitors need the page torn down mid-test.
// eslint-disable-next-line testing-library/no-manual-cleanup -- see above
import { cleanup, screen, within } from '@testing-library/react';
import { beforeEach } from 'vitest';

import { resetPathForTests } from '#src/lib/visitor-path.ts';
import {
  buildCard,
  buildPerson,
  buildPersonSummary,
  buildStory,
  buildTheme,
} from '#tests/factories.ts';

import { renderApp } from './render-app.tsx';
import { serveContent } from './serve-content.ts';

export const theme = buildTheme();
export const person = buildPerson();
const { stories: _stories, bio: _bio, ...named } = person;
// Films play on open, which jsdom cannot do: the path does not depend on the kind.
// Five cards: the tests leave it at the third, unfinished.
export const first = buildStory({
  themes: [theme.slug],
  people: [named],
  cards: [1, 2, 3, 4, 5].map(() => buildCard()),
});
export const second = buildStory({
  kind: 'visual',
  themes: [theme.slug],
  cards: [buildCard(), buildCard({ kind: 'text' }), buildCard(), buildCard()],
});
export const third = buildStory({
  kind: 'portrait',
  themes: [theme.slug],
  people: [buildPersonSummary()],
  cards: [buildCard(), buildCard({ kind: 'quote' }), buildCard({ kind: 'text' })],
});
/** Every story on the map: the three the tests open and two they never do. */
export const allStories = [
  first,
  second,
  third,
  buildStory({ themes: [theme.slug] }),
  buildStory({ kind: 'visual', themes: [theme.slug] }),
];

export function serveCatalogue(): void {
  beforeEach(() => {
    serveContent({ stories: allStories, themes: [theme], people: [person] });
  });
}

/** Opens a story at a card the way a visitor does, then leaves the page. */
export async function visit(slug: string, card: number, total: number) {
  renderApp(`/stories/${slug}/${card}`);
  const dialog = await screen.findByRole('dialog');
  await within(dialog).findByRole('group', { name: `${card} sur ${total}` });
  cleanup();
}

/** A reload: the page's memory is gone, only storage remains. */
export function reload() {
  cleanup();
  resetPathForTests();
}

export async function trailSteps() {
  const trail = await screen.findByRole('list', { name: 'Le fil du parcours' });
  return within(trail).getAllByRole('link');
}
