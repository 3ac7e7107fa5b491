/**
 * The maths every dragged surface shares (the story deck, the path sheet), so they
 * resist and release alike.
 */

export interface Sample {
  x: number;
  y: number;
  /** Event time stamp, ms. */
  t: number;
}

/** Resistance past an end: follows the finger less and less, never beyond 60% of `size`. */
export function rubberBand(distance: number, size: number): number {
  const c = 0.55;
  const sign = Math.sign(distance);
  const d = Math.abs(distance);
  return sign * (1 - 1 / ((d * c) / size + 1)) * size * 0.6;
}

/** `value` kept in [min, max], with a rubber band past either end instead of a wall. */
export function resistPast(value: number, min: number, max: number, size: number): number {
  if (value < min) return min + rubberBand(value - min, size);
  if (value > max) return max + rubberBand(value - max, size);
  return value;
}

/**
 * Velocity over the last ~100 ms before the latest sample, in px/s. A finger that
 * rested before lifting has no samples in that window but the release: 0.
 */
export function velocityOf(samples: readonly Sample[], axis: 'x' | 'y'): number {
  const last = samples.at(-1);
  if (!last) return 0;
  let first = last;
  for (let i = samples.length - 2; i >= 0; i--) {
    const s = samples[i];
    if (!s || last.t - s.t > 100) break;
    first = s;
  }
  const dt = last.t - first.t;
  return dt > 0 ? ((last[axis] - first[axis]) / dt) * 1000 : 0;
}
