// @vitest-environment node
import { describe, expect, it } from 'vitest';

import { fold } from './search-fold.ts';

describe('fold', () => {
  it('drops case and accents, spells out ligatures', () => {
    expect(fold('Vélo ÉCOLE Ça')).toBe('velo ecole ca');
    expect(fold('Œuvre cœur Æsir')).toBe('oeuvre coeur aesir');
    expect(fold('Straße Łódź ø')).toBe('strasse lodz o');
    // Decomposed input folds like precomposed.
    expect(fold('ve\u0301lo')).toBe('velo');
  });
});
