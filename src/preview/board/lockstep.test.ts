/** The lockstep rules: one step at a time, replay from a fresh run when going back. */
import { describe, expect, it, vi } from 'vitest';

import type { FlowStep } from '#mocks/flows/flow-schema.ts';

import { FRAME_SOURCE } from '../preview-messages.ts';
import { Lockstep } from './lockstep.ts';

const steps: FlowStep[] = [
  { do: 'tap-tile', story: 'nuancier' },
  { do: 'swipe', direction: 'next' },
  { do: 'swipe', direction: 'close' },
];

function setup(frames = 2) {
  const send = vi.fn();
  const lockstep = new Lockstep(steps, frames, send, () => {});
  const say = (i: number, message: object) =>
    lockstep.receive(i, {
      source: FRAME_SOURCE,
      id: `f${i}`,
      run: lockstep.frames[i]!.run,
      url: '/',
      ...message,
    } as never);
  return { lockstep, send, say };
}

describe('the board’s lockstep', () => {
  it('sends each frame the next step only once the last one is done', () => {
    const { lockstep, send, say } = setup();
    say(0, { type: 'ready' });
    say(1, { type: 'ready' });
    lockstep.setTarget(2);
    expect(send.mock.calls.map(([frame, m]) => [frame, m.index])).toEqual([
      [0, 0],
      [1, 0],
    ]);
    say(0, { type: 'done', index: 0, ok: true });
    expect(send).toHaveBeenLastCalledWith(0, expect.objectContaining({ index: 1 }));
    expect(lockstep.status(0).kind).toBe('working');
    say(0, { type: 'done', index: 1, ok: true });
    expect(lockstep.status(0).kind).toBe('reached');
    expect(lockstep.settled).toBe(false);
  });

  it('says why a frame did not reach the step', () => {
    const { lockstep, say } = setup(1);
    say(0, { type: 'ready' });
    lockstep.setTarget(1);
    say(0, { type: 'done', index: 0, ok: false, reason: 'No tile' });
    expect(lockstep.status(0)).toEqual({ kind: 'failed', index: 0, reason: 'No tile' });
    expect(lockstep.settled).toBe(true);
  });

  it('restarts a frame that is ahead of the rail, with a new run', () => {
    const { lockstep, say } = setup(1);
    say(0, { type: 'ready' });
    lockstep.setTarget(1);
    say(0, { type: 'done', index: 0, ok: true });
    const run = lockstep.frames[0]!.run;
    lockstep.setTarget(0);
    expect(lockstep.frames[0]!.run).not.toBe(run);
    expect(lockstep.status(0).kind).toBe('loading');
  });

  it('ignores reports of an older run, and leaves frames alone with sync off', () => {
    const { lockstep, send, say } = setup(1);
    lockstep.receive(0, { source: FRAME_SOURCE, id: 'f0', run: 'old', url: '/', type: 'ready' });
    expect(lockstep.status(0).kind).toBe('loading');
    lockstep.setSync(false);
    say(0, { type: 'ready' });
    lockstep.setTarget(2);
    expect(send).not.toHaveBeenCalled();
    expect(lockstep.status(0).kind).toBe('by-hand');
  });
});
