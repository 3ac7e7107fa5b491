// @vitest-environment node
import { describe, expect, it } from 'vitest';

import { summarisingErrorLog } from './error-log.ts';
import type { LogEntry } from './request-log.ts';

describe('the summarising error log', () => {
  function setup(maxKeys = 100) {
    const entries: LogEntry[] = [];
    let t = 0;
    const errors = summarisingErrorLog((entry) => entries.push(entry), {
      windowMs: 60_000,
      maxKeys,
      now: () => t,
    });
    return { entries, errors, advance: (ms: number) => (t += ms) };
  }
  const boom = () => new Error('boom');

  it('writes the first of identical errors, then one summary with the count', () => {
    const { entries, errors, advance } = setup();
    for (let i = 0; i < 1000; i += 1) errors.error(boom(), { level: 'error', msg: 'failed' });
    expect(entries).toHaveLength(1);
    advance(60_000);
    errors.sweep();
    expect(entries).toHaveLength(2);
    expect(entries[1]).toMatchObject({ msg: 'failed (repeated)', repeats: 999 });
    // A new window logs the stack again.
    errors.error(boom(), { level: 'error', msg: 'failed' });
    expect(entries).toHaveLength(3);
  });

  it('keeps distinct errors apart, and bounds how many it tracks', () => {
    const { entries, errors } = setup(3);
    for (let i = 0; i < 100; i += 1)
      errors.error(new Error(`distinct ${i}`), { level: 'error', msg: `e${i}` });
    // Three distinct ones, then everything else counted under one key.
    expect(entries.map((e) => e.msg)).toEqual(['e0', 'e1', 'e2', 'e3']);
    errors.flush();
    expect(entries.at(-1)).toMatchObject({ repeats: 96 });
  });

  it('writes nothing more for an error seen once', () => {
    const { entries, errors } = setup();
    errors.error(boom(), { level: 'error', msg: 'once' });
    errors.flush();
    expect(entries).toHaveLength(1);
  });
});
