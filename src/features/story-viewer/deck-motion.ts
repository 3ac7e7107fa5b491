import { animate, type MotionValue } from 'framer-motion';

/** The deck's one spring: a card settling (deck-track.ts), the panel coming back after a drag down. */
export const DECK_SPRING = {
  type: 'spring',
  stiffness: 320,
  damping: 34,
  mass: 0.9,
  restDelta: 0.5,
} as const;

/** The panel comes back to rest after a drag down that did not close it. */
export function returnPanel(y: MotionValue<number>, velocity: number, reduceMotion: boolean) {
  if (reduceMotion) y.set(0);
  else animate(y, 0, { ...DECK_SPRING, velocity });
}
