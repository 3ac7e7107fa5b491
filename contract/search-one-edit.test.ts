// @vitest-environment node
import { describe, expect, it } from 'vitest';

import { withinOneEdit } from './search-one-edit.ts';

/**
 * Optimal string alignment distance (Damerau–Levenshtein where a transposition is
 * one edit), with the whole matrix: the reference withinOneEdit must agree with.
 */
function editDistance(a: string, b: string): number {
  const rows: number[][] = Array.from({ length: a.length + 1 }, (_, i) =>
    Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  for (let i = 1; i <= a.length; i += 1) {
    for (let j = 1; j <= b.length; j += 1) {
      const row = rows[i]!;
      const above = rows[i - 1]!;
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      row[j] = Math.min(above[j]! + 1, row[j - 1]! + 1, above[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        row[j] = Math.min(row[j]!, rows[i - 2]![j - 2]! + 1);
      }
    }
  }
  return rows[a.length]![b.length]!;
}

describe('edit distance', () => {
  it('counts insertions, deletions, substitutions and transpositions as one edit', () => {
    expect(editDistance('atelier', 'atelir')).toBe(1);
    expect(editDistance('atelier', 'ateleir')).toBe(1);
    expect(editDistance('atelier', 'atelierx')).toBe(1);
    expect(editDistance('atelier', 'atelaer')).toBe(1);
    expect(editDistance('atelier', 'aetlire')).toBe(2);
    expect(editDistance('', 'abc')).toBe(3);
  });

  it('withinOneEdit agrees with the distance on every pair of short strings', () => {
    const words = ['', 'a', 'ab', 'ba', 'abc', 'acb', 'bac', 'abcd', 'abdc', 'xbcd', 'abc', 'ca'];
    for (const a of words) {
      for (const b of words)
        expect([a, b, withinOneEdit(a, b)]).toEqual([a, b, editDistance(a, b) <= 1]);
    }
  });
});
