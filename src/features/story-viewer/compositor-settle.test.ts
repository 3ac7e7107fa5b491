import { describe, expect, it } from 'vitest';

import { linearEasing, springCurve } from './compositor-settle.ts';

const SPRING = { stiffness: 320, damping: 34, mass: 0.9, restDelta: 0.5 };

describe('the release spring handed to the compositor', () => {
  it('goes from its start to its target and comes to rest there', () => {
    const curve = springCurve(0, -1000, 0, SPRING);
    expect(curve.points[0]).toBe(0);
    expect(curve.points.at(-1)).toBe(1);
    expect(curve.duration).toBeGreaterThan(200);
    expect(curve.duration).toBeLessThan(1500);
    expect(curve.points).toHaveLength(curve.duration / curve.step + 1);
  });

  it('keeps the finger’s speed: a flick starts faster than a release at rest', () => {
    const atRest = springCurve(-300, -1000, 0, SPRING);
    const flicked = springCurve(-300, -1000, -2500, SPRING);
    expect(flicked.points[1]!).toBeGreaterThan(atRest.points[1]! + 0.02);
    // A release at rest starts from standstill: its first 10 ms barely move.
    expect(atRest.points[1]!).toBeLessThan(0.03);
  });

  it('overshoots and comes back when thrown hard at a near target', () => {
    const curve = springCurve(-60, 0, 3000, SPRING);
    expect(Math.max(...curve.points)).toBeGreaterThan(1);
    expect(curve.points.at(-1)).toBe(1);
  });

  it('writes a CSS linear() easing with one point per sample', () => {
    const curve = springCurve(0, 100, 0, SPRING);
    const easing = linearEasing(curve);
    expect(easing).toMatch(/^linear\(0, [\d.]+ [\d.]+%, .* 1\)$/);
    expect(easing.split(',')).toHaveLength(curve.points.length);
  });

  it('does nothing when already there', () => {
    expect(springCurve(0, 0, 0, SPRING).duration).toBe(0);
  });
});
