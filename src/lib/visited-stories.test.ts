import { describe, expect, it } from 'vitest';
import { markVisited, visitedStories } from './visited-stories.ts';

describe('visited stories', () => {
  it('remembers visits in order, once each', () => {
    markVisited('a');
    markVisited('b');
    markVisited('a');
    expect([...visitedStories()]).toEqual(['b', 'a']);
  });

  it.each([
    ['not json', '{oops'],
    ['another shape', JSON.stringify(['a', 'b'])],
    ['a future version', JSON.stringify({ v: 2, slugs: ['a'] })],
    ['wrong types', JSON.stringify({ v: 1, slugs: [1, 2] })],
  ])('resets a corrupted value (%s) instead of failing', (_, raw) => {
    localStorage.setItem('parcours.visited', raw);
    expect(visitedStories().size).toBe(0);
    expect(localStorage.getItem('parcours.visited')).toBeNull();
    markVisited('c');
    expect([...visitedStories()]).toEqual(['c']);
  });
});
