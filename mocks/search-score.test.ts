// @vitest-environment node
import { describe, expect, it } from 'vitest';

import { createMatcher } from '#contract/search-match.ts';
import { queryTerms } from '#contract/search-terms.ts';

import { scoreFields } from './search-score.ts';
import { lightStemmer } from './search-stemmer.ts';

const frMatcher = (q: string) => createMatcher(queryTerms(q, 'fr'), lightStemmer('fr'));

describe('scoreFields', () => {
  const fields = (A: string, B: string, C: string) => ({ A: [A], B: [B], C: [C] });

  it('ranks where before how, and needs every term', () => {
    const m = frMatcher('atelier');
    const title = scoreFields(fields('L’atelier', '', ''), m)!;
    const summary = scoreFields(fields('', 'Un atelier', ''), m)!;
    const body = scoreFields(fields('', '', 'atelier'), m)!;
    expect(title).toBeGreaterThan(summary);
    expect(summary).toBeGreaterThan(body);
    const exact = scoreFields(fields('atelier', '', ''), frMatcher('atelier'))!;
    const prefix = scoreFields(fields('atelier', '', ''), frMatcher('atel'))!;
    const typo = scoreFields(fields('atelier', '', ''), frMatcher('atelir'))!;
    expect(exact).toBeGreaterThan(prefix);
    expect(prefix).toBeGreaterThan(typo);
    expect(scoreFields(fields('L’atelier', '', ''), frMatcher('atelier vélo'))).toBeNull();
    expect(scoreFields(fields('L’atelier', '', 'à vélo'), frMatcher('atelier vélo'))).toBe(
      title + 13,
    );
  });
});
