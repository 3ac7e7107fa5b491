import { animate, type MotionValue } from 'framer-motion';

import { settleOnCompositor, supportsLinearEasing } from './compositor-settle.ts';

/** The deck's one spring: a card settling, the panel coming back after a drag down. */
export const DECK_SPRING = {
  type: 'spring',
  stiffness: 320,
  damping: 34,
  mass: 0.9,
  restDelta: 0.5,
} as const;

/** A running settle or nudge, whichever engine runs it. */
export interface Running {
  stop: () => void;
}

/**
 * Carries the track to `target` px from `velocity` px/s. The engine is chosen here:
 * at once under reduced motion; on the compositor where `linear()` easing is known
 * (compositor-settle.ts: a busy main thread cannot make it stutter), `x` following
 * once it has landed; else framer-motion's spring on the main thread. `onLand` runs
 * when it arrives, not when stopped.
 */
export function settleTrack(
  x: MotionValue<number>,
  track: HTMLElement | null,
  target: number,
  velocity: number,
  reduceMotion: boolean,
  onLand: () => void,
): Running | null {
  if (reduceMotion) {
    x.set(target);
    onLand();
    return null;
  }
  if (track && supportsLinearEasing()) {
    const run = settleOnCompositor(track, x.get(), target, velocity, DECK_SPRING, () => {
      x.set(target);
      onLand();
    });
    return { stop: () => x.set(run.stop()) };
  }
  return animate(x, target, { ...DECK_SPRING, velocity, onComplete: onLand });
}

/** A nudge that says "this is the end" without moving anywhere. */
export function nudgeTrack(x: MotionValue<number>, direction: 1 | -1): Running {
  return animate(x, [0, -direction * 28, 0], { duration: 0.32 });
}

/** The panel comes back to rest after a drag down that did not close it. */
export function returnPanel(y: MotionValue<number>, velocity: number, reduceMotion: boolean) {
  if (reduceMotion) y.set(0);
  else animate(y, 0, { ...DECK_SPRING, velocity });
}
