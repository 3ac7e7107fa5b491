/** The board's link carries its whole state, and reads back the same. */
import { describe, expect, it } from 'vitest';

import { type BoardState, parseBoardState, serializeBoardState } from './board-state.ts';

describe('the board’s link', () => {
  it('round-trips frames, variants, step, sync, an ad-hoc patch and API rules', () => {
    const state: BoardState = {
      frames: [
        { device: 'ipad-landscape' },
        { device: 'phone', scenario: 'slow', locale: 'en' },
        { device: 'phone', locale: 'en' },
      ],
      step: 3,
      sync: false,
      patch: { stories: { nuancier: { title: { fr: 'Teinte' } } } },
      rules: [
        { kind: 'fail', route: 'getStory', status: 503, times: 1 },
        { kind: 'delay', route: 'search', ms: 800 },
      ],
    };
    const search = serializeBoardState(state);
    expect(parseBoardState(search, 6)).toEqual(state);
    expect(serializeBoardState(parseBoardState(search, 6))).toBe(search);
  });

  it('leaves defaults out, and reads a bare link as the defaults', () => {
    const bare = parseBoardState('', 6);
    expect(bare.frames.map((f) => f.device)).toEqual(['ipad-landscape', 'ipad-portrait', 'phone']);
    expect(bare).toMatchObject({ step: 0, sync: true, patch: null, rules: null });
    expect(serializeBoardState(bare)).toBe('');
  });

  it('keeps the step within the flow, and at most four frames', () => {
    expect(parseBoardState('?step=99', 6).step).toBe(6);
    expect(parseBoardState('?step=-2', 6).step).toBe(0);
    expect(parseBoardState('?frames=phone,phone,phone,phone,phone', 6).frames).toHaveLength(4);
  });

  it('keeps an empty rule list: the flow’s own rules switched off', () => {
    const search = serializeBoardState({ ...parseBoardState('', 6), rules: [] });
    expect(parseBoardState(search, 6).rules).toEqual([]);
  });

  it('runs one frame on the whole screen with frames=self', () => {
    expect(parseBoardState('?frames=self,phone', 6).frames).toEqual([{ device: 'self' }]);
  });

  it('drops what it cannot read', () => {
    const state = parseBoardState('?frames=fridge,phone:nope:de&patch=%21%21&rules=%21', 6);
    expect(state.frames).toEqual([{ device: 'phone' }]);
    expect(state.patch).toBeNull();
    expect(state.rules).toBeNull();
  });
});
