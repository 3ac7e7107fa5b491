// @vitest-environment node
import { describe, expect, it } from 'vitest';

import { tokenize } from './search-tokens.ts';

describe('tokenize', () => {
  it('splits on apostrophes, punctuation and spaces, keeping offsets in the original', () => {
    const text = 'L’atelier « Vélo », 3D\u00a0et cœur';
    const tokens = tokenize(text);
    expect(tokens.map((t) => t.word)).toEqual(['l', 'atelier', 'velo', '3d', 'et', 'coeur']);
    expect(tokens.map((t) => text.slice(t.start, t.end))).toEqual([
      'L',
      'atelier',
      'Vélo',
      '3D',
      'et',
      'cœur',
    ]);
  });

  it('keeps a combining accent inside its word and treats other scripts as separators', () => {
    const text = 've\u0301lo 日本 naïve';
    expect(tokenize(text).map((t) => text.slice(t.start, t.end))).toEqual(['ve\u0301lo', 'naïve']);
  });

  it('survives hostile input', () => {
    const hostile = `'); DROP TABLE stories; -- \\ & | ! ( ) : * < > "\u0000\u{1F600}`;
    expect(tokenize(hostile).map((t) => t.word)).toEqual(['drop', 'table', 'stories']);
    expect(tokenize('')).toEqual([]);
  });
});
