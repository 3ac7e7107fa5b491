// @vitest-environment node
import { describe, expect, it } from 'vitest';

import type { Highlighted } from './schemas.ts';
import { excerpt, highlight } from './search-highlight.ts';
import { createMatcher } from './search-match.ts';
import { queryTerms } from './search-terms.ts';

/** Matches a French query's terms; each word is its own stem, so no stemmer is under test. */
const frMatcher = (q: string) => createMatcher(queryTerms(q, 'fr'), (word) => word);
const isMatchFor = (q: string) => {
  const matcher = frMatcher(q);
  return (word: string) => matcher.match(word) !== null;
};

const join = (runs: Highlighted) => runs.map((r) => r.text).join('');
const marked = (runs: Highlighted) => runs.filter((r) => r.match).map((r) => r.text);

describe('highlight', () => {
  it('marks accent-folded, prefix and typo matches; runs rejoin to the text', () => {
    const text = 'À pied ou à vélo, l’Atelier prototype.';
    const runs = highlight(text, isMatchFor('velo atelir proto'));
    expect(join(runs)).toBe(text);
    expect(marked(runs)).toEqual(['vélo', 'Atelier', 'prototype']);
    expect(runs).toContainEqual({ text: ', l’', match: false });
  });

  it('gives one unmarked run without a match and none for empty text', () => {
    expect(highlight('Rien ici', () => false)).toEqual([{ text: 'Rien ici', match: false }]);
    expect(highlight('', () => true)).toEqual([]);
  });
});

describe('excerpt', () => {
  const long =
    'Dans le quartier étudié, les habitants font 80 % de leurs trajets à pied ou à vélo. Restent les courses lourdes, les rendez-vous médicaux et les visites à la famille éloignée. C’est pour ces trajets-là que l’équipe imagine de petits véhicules partagés, réservables en quelques secondes.';

  it('cuts about 160 characters around the first match at word boundaries, with ellipses', () => {
    const runs = excerpt(long, isMatchFor('velo'));
    const text = join(runs);
    expect(text.startsWith('…')).toBe(true);
    expect(text.endsWith('…')).toBe(true);
    const inner = text.slice(1, -1);
    expect(long).toContain(inner);
    expect(inner.length).toBeLessThanOrEqual(160);
    expect(inner.length).toBeGreaterThan(120);
    // Cut at word boundaries: the characters around the passage are not letters.
    const at = long.indexOf(inner);
    expect(long[at - 1]).toMatch(/[^\p{L}\p{N}]/u);
    expect(long[at + inner.length]).toMatch(/[^\p{L}\p{N}]/u);
    expect(marked(runs)).toEqual(['vélo']);
  });

  it('starts at the beginning when the match is early or nothing matches', () => {
    const early = join(excerpt(long, isMatchFor('quartier')));
    expect(early.startsWith('Dans le quartier')).toBe(true);
    expect(early.endsWith('…')).toBe(true);
    const none = excerpt(long, () => false);
    expect(join(none).startsWith('Dans le quartier')).toBe(true);
    expect(marked(none)).toEqual([]);
  });

  it('keeps a short text whole and a match near the end fully shown', () => {
    expect(excerpt('Un vélo.', isMatchFor('velo'))).toEqual([
      { text: 'Un ', match: false },
      { text: 'vélo', match: true },
      { text: '.', match: false },
    ]);
    const late = join(excerpt(long, isMatchFor('secondes')));
    expect(late.endsWith('quelques secondes.')).toBe(true);
    expect(late.length).toBeGreaterThan(140);
  });

  it('cuts a word longer than the passage', () => {
    const runs = excerpt('a'.repeat(400), () => false);
    expect(join(runs)).toBe(`${'a'.repeat(160)}…`);
  });
});
