import { describe, expect, it } from 'vitest';

import { curveAt, springCurve, springKeyframes } from './compositor-settle.ts';

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

  it('writes one transform keyframe per sample, equally spaced, from start to target', () => {
    const curve = springCurve(0, -1000, 0, SPRING);
    const keyframes = springKeyframes(curve, 0, -1000);
    expect(keyframes).toHaveLength(curve.points.length);
    expect(keyframes[0]).toEqual({ transform: 'translate3d(0px, 0, 0)', offset: 0 });
    expect(keyframes.at(-1)).toEqual({ transform: 'translate3d(-1000px, 0, 0)', offset: 1 });
    expect(keyframes[1]!.offset).toBeCloseTo(1 / (curve.points.length - 1));
  });

  it('says where a stopped settle is, without reading the page', () => {
    const curve = springCurve(0, -1000, 0, SPRING);
    expect(curveAt(curve, 0, -1000, 0)).toBe(0);
    const half = curveAt(curve, 0, -1000, curve.duration / 2);
    expect(half).toBeLessThan(-500);
    expect(half).toBeGreaterThan(-1100);
    expect(curveAt(curve, 0, -1000, curve.duration + 50)).toBe(-1000);
  });

  it('does nothing when already there', () => {
    expect(springCurve(0, 0, 0, SPRING).duration).toBe(0);
  });
});
