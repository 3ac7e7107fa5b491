/**
 * The deck's release spring, shaped for the compositor: computed once, here, from the
 * release velocity, and handed to the browser as a Web Animation of the track's
 * `transform` whose keyframes trace the spring (one every 10 ms, linear between).
 * Chromium, WebKit and Gecko all play a transform animation off the main thread, so
 * a busy page (a card mounting, an image decoding) cannot make it stutter, which a
 * requestAnimationFrame spring cannot promise. Keyframes rather than a `linear()`
 * easing: Safari has no `linear()` for compositor animations, keyframes it has.
 */

export interface SpringOptions {
  stiffness: number;
  damping: number;
  mass: number;
  /** Distance (px) from the target under which the spring is at rest. */
  restDelta: number;
}

export interface SpringCurve {
  /** Milliseconds until the spring comes to rest. */
  duration: number;
  /** Progress (0 at `from`, 1 at `to`; beyond 1 when it overshoots) every `step` ms. */
  points: number[];
  step: number;
}

const SAMPLE_MS = 10;
const MAX_MS = 3000;
/** Speed (px/s) under which the spring counts as stopped once within restDelta. */
const REST_SPEED = 20;

/**
 * The spring from `from` to `to`, starting at `velocity` px/s, integrated in 1 ms
 * steps (semi-implicit Euler: stable at these stiffnesses) and sampled every 10 ms.
 */
export function springCurve(
  from: number,
  to: number,
  velocity: number,
  { stiffness, damping, mass, restDelta }: SpringOptions,
): SpringCurve {
  const span = to - from;
  if (span === 0 && velocity === 0) return { duration: 0, points: [0, 1], step: SAMPLE_MS };
  let position = from;
  let speed = velocity;
  const points = [0];
  let t = 0;
  while (t < MAX_MS) {
    for (let i = 0; i < SAMPLE_MS; i++) {
      const force = -stiffness * (position - to) - damping * speed;
      speed += (force / mass) * 0.001;
      position += speed * 0.001;
    }
    t += SAMPLE_MS;
    const progress = span === 0 ? 0 : (position - from) / span;
    points.push(progress);
    if (Math.abs(position - to) < restDelta && Math.abs(speed) < REST_SPEED) break;
  }
  // It ends exactly on its target.
  points[points.length - 1] = 1;
  return { duration: t, points, step: SAMPLE_MS };
}

/** The track's horizontal offset as a transform (a composited layer: no layout). */
export const translateX = (px: number) => `translate3d(${Math.round(px * 100) / 100}px, 0, 0)`;

/**
 * The curve from `from` to `to` px as transform keyframes, equally spaced in time:
 * played with a linear easing, they trace the spring in every engine.
 */
export function springKeyframes(curve: SpringCurve, from: number, to: number): Keyframe[] {
  const last = curve.points.length - 1;
  return curve.points.map((p, i) => ({
    transform: translateX(from + (to - from) * p),
    offset: last === 0 ? 1 : i / last,
  }));
}

/** Where the curve is (px) `elapsed` ms after it started: how a stopped settle is held. */
export function curveAt(curve: SpringCurve, from: number, to: number, elapsed: number): number {
  const last = curve.points.length - 1;
  if (curve.duration <= 0 || elapsed >= curve.duration) return to;
  const at = (Math.max(0, elapsed) / curve.duration) * last;
  const i = Math.floor(at);
  const a = curve.points[i] ?? 1;
  const b = curve.points[Math.min(i + 1, last)] ?? 1;
  return from + (to - from) * (a + (b - a) * (at - i));
}
