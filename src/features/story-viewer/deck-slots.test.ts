import { describe, expect, it } from 'vitest';

import type { Story } from '#contract/schemas.ts';

import { slotIndices } from './deck-slots.ts';

const cards = (kinds: string[]) => kinds.map((kind) => ({ kind })) as unknown as Story['cards'];

describe('the cards in the deck track', () => {
  const five = cards(['image', 'image', 'image', 'image', 'image']);

  it('holds the shown card and its neighbours until the deck has rested', () => {
    expect(slotIndices(2, null, five)).toEqual([1, 2, 3]);
    // The end card (index 5) is a neighbour of the last card.
    expect(slotIndices(4, null, five)).toEqual([3, 4, 5]);
  });

  it('holds the cards two away from where it rested, so a landing mounts none', () => {
    expect(slotIndices(2, 2, five)).toEqual([0, 1, 2, 3, 4]);
    // Just landed on 3 from 2: its new neighbour (4) was already in the track.
    expect(slotIndices(3, 2, five)).toEqual([1, 2, 3, 4]);
    expect(slotIndices(0, 0, five)).toEqual([0, 1, 2]);
  });

  it('mounts a film only once it is a neighbour', () => {
    const withFilm = cards(['image', 'image', 'video', 'image']);
    expect(slotIndices(0, 0, withFilm)).toEqual([0, 1]);
    expect(slotIndices(1, 1, withFilm)).toEqual([0, 1, 2, 3]);
  });
});
