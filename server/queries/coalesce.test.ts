// @vitest-environment node
import { describe, expect, it } from 'vitest';

import { coalesce } from './coalesce.ts';

function controlledReads() {
  const pending: Array<(value: number) => void> = [];
  let started = 0;
  const read = () =>
    new Promise<number>((resolve) => {
      started += 1;
      pending.push(resolve);
    });
  return { read, pending, started: () => started };
}

describe('coalesce', () => {
  it('never answers a caller with a read that began before it asked', async () => {
    const { read, pending, started } = controlledReads();
    const shared = coalesce(read);
    const first = shared();
    const second = shared(); // arrives while read 1 is in flight
    const third = shared();
    expect(started()).toBe(1);
    pending[0]!(1);
    expect(await first).toBe(1);
    // Read 2 started after both late callers arrived, and serves them both.
    await new Promise((resolve) => setImmediate(resolve)); // every pending callback has run
    expect(started()).toBe(2);
    pending[1]!(2);
    expect(await second).toBe(2);
    expect(await third).toBe(2);
  });

  it('recovers after a failed read', async () => {
    let calls = 0;
    const shared = coalesce(async () => {
      calls += 1;
      if (calls === 1) throw new Error('down');
      return calls;
    });
    await expect(shared()).rejects.toThrow('down');
    expect(await shared()).toBe(2);
  });
});
