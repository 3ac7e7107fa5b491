/**
 * The deck's release animation, run by the compositor: the spring that carries a
 * card home after the finger lifts is computed once, here, from the release
 * velocity, and handed to the browser as a Web Animation of the track's `transform`
 * with a `linear()` easing that traces it. Chromium then plays it off the main
 * thread, so a busy page (a card mounting, an image decoding) cannot make it stutter,
 * which a requestAnimationFrame spring cannot promise. Where `linear()` easing is
 * unknown, the caller falls back to framer-motion's main-thread spring.
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

/** The curve as a CSS `linear()` easing: equally spaced points, rounded to 4 places. */
export function linearEasing({ points }: SpringCurve): string {
  const last = points.length - 1;
  return `linear(${points
    .map((p, i) => {
      const value = Math.round(p * 10_000) / 10_000;
      return i === 0 || i === last ? String(value) : `${value} ${((i / last) * 100).toFixed(2)}%`;
    })
    .join(', ')})`;
}

let linearSupported: boolean | undefined;
export function supportsLinearEasing(): boolean {
  if (linearSupported === undefined) {
    try {
      linearSupported =
        typeof document !== 'undefined' &&
        typeof document.createElement('div').animate === 'function' &&
        CSS.supports('animation-timing-function', 'linear(0, 1)');
    } catch {
      linearSupported = false;
    }
  }
  return linearSupported;
}

export interface Settle {
  /** Stops where it is now; the element keeps the position it had reached. */
  stop(): number;
}

/**
 * Moves `element` horizontally from `from` to `to` px along the spring, on the
 * compositor. `onLand` runs when it arrives (not when stopped); the caller then
 * holds the final position in its own state (the element's inline transform is
 * set to it before the animation is removed, so no frame shows the old one).
 */
export function settleOnCompositor(
  element: HTMLElement,
  from: number,
  to: number,
  velocity: number,
  spring: SpringOptions,
  onLand: () => void,
): Settle {
  const curve = springCurve(from, to, velocity, spring);
  const animation = element.animate(
    [{ transform: `translateX(${from}px)` }, { transform: `translateX(${to}px)` }],
    { duration: curve.duration, easing: linearEasing(curve), fill: 'forwards' },
  );
  let done = false;
  animation.onfinish = () => {
    if (done) return;
    done = true;
    element.style.transform = `translateX(${to}px)`;
    animation.cancel();
    onLand();
  };
  return {
    stop() {
      if (done) return currentX(element, to);
      done = true;
      const x = currentX(element, to);
      element.style.transform = `translateX(${x}px)`;
      animation.cancel();
      return x;
    },
  };
}

/** The element's translation as drawn now (animations included). */
function currentX(element: HTMLElement, fallback: number): number {
  const transform = getComputedStyle(element).transform;
  if (!transform || transform === 'none') return fallback;
  try {
    return new DOMMatrixReadOnly(transform).m41;
  } catch {
    return fallback;
  }
}
