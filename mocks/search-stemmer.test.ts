// @vitest-environment node
import { describe, expect, it } from 'vitest';

import { matchTerm } from '#contract/search-match.ts';

import { lightStem, lightStemmer } from './search-stemmer.ts';

describe('lightStem', () => {
  const stem = (w: string) => lightStem(w, 'fr');

  it('folds plurals and common endings onto one stem, so they match exactly', () => {
    expect(stem('velos')).toBe(stem('velo'));
    expect(matchTerm('velos', stem('velos'), 'velo', stem('velo'))).toBe('exact');
    expect(lightStem('tunnels', 'en')).toBe(lightStem('tunnel', 'en'));
  });

  it('stems stop words to null, so they never match', () => {
    expect(lightStemmer('fr')('le')).toBeNull();
    expect(lightStemmer('en')('the')).toBeNull();
    expect(lightStemmer('fr')('atelier')).toBe(stem('atelier'));
  });
});
