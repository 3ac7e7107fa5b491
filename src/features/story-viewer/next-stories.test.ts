import { describe, expect, it } from 'vitest';

import type { StorySummary } from '#contract/schemas.ts';

import { pickSurprise, rankNextStories } from './next-stories.ts';

const summary = (slug: string, themes: string[]): StorySummary => ({
  slug,
  themes,
  title: { fr: slug, en: slug },
  summary: { fr: slug, en: slug },
  kind: 'visual',
  tile: 'regular',
  cardCount: 1,
  publishedAt: '2026-01-01',
  cover: {
    src: '/x.webp',
    sources: [],
    width: 1,
    height: 1,
    alt: { fr: 'x', en: 'x' },
    color: '#000000',
  },
});

describe('rankNextStories', () => {
  const current = {
    slug: 'here',
    themes: ['design'],
    related: [summary('r1', ['x']), summary('r2', ['design'])],
  };
  const known = [
    summary('here', ['design']),
    summary('other', ['mobility']),
    summary('same-theme', ['design']),
    summary('r1', ['x']),
  ];

  it('puts related stories first, then shared themes, never the story itself', () => {
    expect(rankNextStories(current, known, new Set()).map((s) => s.slug)).toEqual([
      'r1',
      'r2',
      'same-theme',
      'other',
    ]);
  });

  it('puts unseen stories before any seen one, each in order of relatedness', () => {
    expect(
      rankNextStories(current, known, new Set(['r1', 'same-theme'])).map((s) => s.slug),
    ).toEqual(['r2', 'other', 'r1', 'same-theme']);
  });

  it('ranks a story sharing a person above one sharing only a theme', () => {
    const withPerson = [...known, summary('same-person', ['mobility'])];
    expect(
      rankNextStories(current, withPerson, new Set(), {
        sharedPeople: new Map([['same-person', 1]]),
      }).map((s) => s.slug),
    ).toEqual(['r1', 'r2', 'same-person', 'same-theme']);
  });
});

describe('pickSurprise', () => {
  const known = ['here', 'a', 'b', 'c', 'd'].map((slug) => summary(slug, ['x']));
  const proposed = [known[1]!];

  it('never picks the current story or one already proposed, and prefers unseen ones', () => {
    const picks = new Set(
      [0, 0.3, 0.6, 0.99].map(
        (r) => pickSurprise('here', known, proposed, new Set(['b']), () => r)?.slug,
      ),
    );
    expect([...picks].sort()).toEqual(['c', 'd']);
  });

  it('falls back to seen stories, and to nothing when nothing is left', () => {
    expect(pickSurprise('here', known, proposed, new Set(['b', 'c', 'd']), () => 0)?.slug).toBe(
      'b',
    );
    expect(pickSurprise('here', known.slice(0, 2), proposed, new Set())).toBeNull();
  });
});
