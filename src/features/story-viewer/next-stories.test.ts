import { describe, expect, it } from 'vitest';
import type { StorySummary } from '#contract/schemas.ts';
import { rankNextStories } from './next-stories.ts';

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

  it('puts unseen stories before seen ones within each group', () => {
    expect(
      rankNextStories(current, known, new Set(['r1', 'same-theme'])).map((s) => s.slug),
    ).toEqual(['r2', 'r1', 'other', 'same-theme']);
  });
});
