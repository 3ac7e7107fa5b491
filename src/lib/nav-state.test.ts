import { describe, expect, it } from 'vitest';

import { navState, parseNavState } from './nav-state.ts';

describe('history state', () => {
  it('reads back what the app writes', () => {
    expect(parseNavState(navState('search'))).toEqual({ from: 'search' });
    expect(parseNavState(navState('springboard', 3))).toEqual({ from: 'springboard', depth: 3 });
    // A story entered by link, then replayed: nothing to go back to.
    expect(parseNavState(navState('springboard', 0))).toEqual({ from: 'springboard', depth: 0 });
  });

  it('rejects whatever else history may hold', () => {
    for (const garbage of [
      null,
      undefined,
      'springboard',
      42,
      [],
      ['springboard'],
      {},
      { from: 'elsewhere' },
      { from: 7 },
      { from: 'springboard', depth: -1 },
      { from: 'springboard', depth: 1.5 },
      { from: 'springboard', depth: '2' },
      { from: 'springboard', depth: Number.NaN },
      { from: 'springboard', depth: 1e9 },
    ]) {
      expect(parseNavState(garbage), JSON.stringify(garbage)).toBeNull();
    }
  });
});
