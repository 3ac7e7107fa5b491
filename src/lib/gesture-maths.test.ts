import { describe, expect, it } from 'vitest';

import { resistPast, rubberBand, velocityOf } from './gesture-maths.ts';

describe('gesture maths', () => {
  it('measures release velocity over the last 100 ms only', () => {
    const samples = [
      { x: 0, y: 0, t: 0 },
      { x: 10, y: 0, t: 380 }, // slow start, long ago
      { x: 20, y: 0, t: 450 },
      { x: 60, y: 0, t: 500 },
    ];
    expect(velocityOf(samples, 'x')).toBeCloseTo(800, 5);
    expect(velocityOf(samples, 'y')).toBe(0);
    expect(velocityOf([], 'x')).toBe(0);
    // Moved fast, then rested 150 ms before lifting: released at rest.
    expect(velocityOf([...samples, { x: 60, y: 0, t: 650 }], 'x')).toBe(0);
  });

  it('resists more the further one pulls past an end, never beyond ~60% of the width', () => {
    const width = 1000;
    const a = rubberBand(100, width);
    const b = rubberBand(200, width);
    expect(a).toBeGreaterThan(0);
    expect(a).toBeLessThan(100);
    expect(b - a).toBeLessThan(a);
    expect(rubberBand(100_000, width)).toBeLessThan(width * 0.6);
    expect(rubberBand(-100, width)).toBeCloseTo(-a, 10);
  });

  it('follows freely between the ends and rubber-bands past either one', () => {
    expect(resistPast(300, 0, 600, 800)).toBe(300);
    expect(resistPast(-100, 0, 600, 800)).toBeCloseTo(rubberBand(-100, 800), 10);
    expect(resistPast(700, 0, 600, 800)).toBeCloseTo(600 + rubberBand(100, 800), 10);
    expect(resistPast(700, 0, 600, 800)).toBeLessThan(700);
  });
});
