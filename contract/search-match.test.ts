// @vitest-environment node
import { describe, expect, it } from 'vitest';

import { createMatcher, matchTerm } from './search-match.ts';
import { queryTerms } from './search-terms.ts';

/** Matches a French query's terms; each word is its own stem, so no stemmer is under test. */
const frMatcher = (q: string) => createMatcher(queryTerms(q, 'fr'), (word) => word);

describe('matchTerm', () => {
  /** The word is its own stem: what is under test here is the rule, not a stemmer. */
  const match = (word: string, term: string) => matchTerm(word, word, term, term);

  it('matches the same word or stem exactly', () => {
    expect(match('velo', 'velo')).toBe('exact');
    expect(matchTerm('velos', 'velo', 'velo', 'velo')).toBe('exact');
  });

  it('matches a word the term starts, from two characters on', () => {
    expect(match('atelier', 'atel')).toBe('prefix');
    expect(match('atelier', 'at')).toBe('prefix');
    expect(match('atelier', 'a')).toBeNull();
  });

  it('forgives one typo from five letters on, not below', () => {
    expect(match('atelier', 'atelir')).toBe('typo');
    expect(match('atelier', 'ateleir')).toBe('typo');
    expect(match('atelier', 'atelierr')).not.toBeNull();
    expect(match('atelier', 'atelxxr')).toBeNull();
    expect(match('velo', 'vela')).toBeNull();
    expect(match('vert', 'vret')).toBeNull();
  });

  it('never matches a stop word', () => {
    expect(matchTerm('les', null, 'les', null)).toBeNull();
    expect(frMatcher('lesquels').match('les')).toBeNull();
  });
});
