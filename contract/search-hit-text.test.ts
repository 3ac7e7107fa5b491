// @vitest-environment node
import { describe, expect, it } from 'vitest';

import type { Highlighted } from './schemas.ts';
import { cardTexts, highlightHit, searchFields } from './search-hit-text.ts';
import { createMatcher } from './search-match.ts';
import { queryTerms } from './search-terms.ts';

/** Matches a French query's terms; each word is its own stem, so no stemmer is under test. */
const frMatcher = (q: string) => createMatcher(queryTerms(q, 'fr'), (word) => word);

const join = (runs: Highlighted) => runs.map((r) => r.text).join('');
const marked = (runs: Highlighted) => runs.filter((r) => r.match).map((r) => r.text);
const l = (fr: string) => ({ fr, en: `${fr} (en)` });

describe('highlightHit', () => {
  it('takes the excerpt from the best body that matches, or the first body', () => {
    const matcher = frMatcher('velo');
    const fields = { A: ['Vélo'], B: ['Résumé sans rapport.'], C: ['Un trajet à vélo.'] };
    const hit = highlightHit(fields, matcher);
    expect(marked(hit.title)).toEqual(['Vélo']);
    expect(join(hit.excerpt)).toBe('Un trajet à vélo.');
    const titleOnly = highlightHit({ A: ['Vélo'], B: [], C: ['Résumé sans rapport.'] }, matcher);
    expect(join(titleOnly.excerpt)).toBe('Résumé sans rapport.');
  });
});

describe('searchFields and cardTexts', () => {
  it('reads the text fields of each card kind', () => {
    expect(cardTexts({ kind: 'text', title: l('T'), body: l('B') }, 'fr')).toEqual(['T', 'B']);
    expect(cardTexts({ kind: 'video', title: l('V') }, 'en')).toEqual(['V (en)']);
    expect(cardTexts({ kind: 'image', caption: l('C') }, 'fr')).toEqual(['C']);
    expect(cardTexts({ kind: 'quote', text: l('Q') }, 'fr')).toEqual(['Q']);
  });

  it('weighs a title or name A, a summary or role B, and card texts, a bio or an intro C', () => {
    const cards = [{ kind: 'quote', text: l('Q') }];
    expect(searchFields({ kind: 'story', title: l('T'), summary: l('S'), cards }, 'en')).toEqual({
      A: ['T (en)'],
      B: ['S (en)'],
      C: ['Q (en)'],
    });
    expect(searchFields({ kind: 'person', name: 'Ada', role: l('R'), bio: l('B') }, 'fr')).toEqual({
      A: ['Ada'],
      B: ['R'],
      C: ['B'],
    });
    expect(searchFields({ kind: 'theme', name: l('N'), intro: l('I') }, 'fr')).toEqual({
      A: ['N'],
      B: [],
      C: ['I'],
    });
  });
});
