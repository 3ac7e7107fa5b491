// @vitest-environment node
import { describe, expect, it } from 'vitest';

import { queryTerms, SEARCH_TERMS_MAX } from './search-terms.ts';

describe('queryTerms', () => {
  it('folds, drops stop words of the locale and repeats', () => {
    expect(queryTerms('L’atelier de Vélo vélo', 'fr')).toEqual(['atelier', 'velo']);
    expect(queryTerms('the wind tunnel', 'en')).toEqual(['wind', 'tunnel']);
    // "the" is no French stop word, "le" no English one.
    expect(queryTerms('the', 'fr')).toEqual(['the']);
    expect(queryTerms('le', 'en')).toEqual(['le']);
  });

  it(`keeps the first ${SEARCH_TERMS_MAX} terms`, () => {
    const words = Array.from({ length: SEARCH_TERMS_MAX + 3 }, (_, i) => `mot${i}`);
    expect(queryTerms(`le ${words.join(' de ')}`, 'fr')).toEqual(words.slice(0, SEARCH_TERMS_MAX));
  });

  it('leaves nothing of stop words and punctuation alone', () => {
    expect(queryTerms('le la les ?!', 'fr')).toEqual(['les']);
    expect(queryTerms('le, la : de', 'fr')).toEqual([]);
    expect(queryTerms('the of and', 'en')).toEqual([]);
    expect(queryTerms('&|!():*<>', 'fr')).toEqual([]);
  });
});
