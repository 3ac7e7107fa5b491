import { curveAt, springCurve, springKeyframes, translateX } from './compositor-settle.ts';
import { DECK_SPRING } from './deck-motion.ts';

/**
 * The card track's horizontal position, outside React: the finger's moves are one
 * `transform` write each (no render, no layout read), and a settle is one Web
 * Animation of that transform, which the compositor plays (compositor-settle.ts).
 * The position is kept here, so stopping a settle reads no computed style.
 */
export interface DeckTrack {
  /** The track element (a ref callback): what the position is written to. */
  attach: (element: HTMLElement | null) => void;
  /** The position drawn, px from the shown card's rest (negative: the next card shows). */
  readonly x: number;
  /** A settle or nudge is running. */
  readonly animating: boolean;
  /** A finger holds the track (between `grab` and `letGo`). */
  readonly held: boolean;
  /** The finger took hold: stop where the track is drawn, and drag from there. */
  grab: () => void;
  /** The finger moved `dx` px (resistance applied) since it took hold. */
  drag: (dx: number) => void;
  letGo: () => void;
  /** Puts the track at `px` at once. */
  set: (px: number) => void;
  /**
   * The shown card changed under the track by `px` (its width per card): the same
   * picture, re-centred on the new card. Runs in the render's layout effect, so the
   * slots and the track move in one frame.
   */
  shift: (px: number) => void;
  /** Carries the track to `target` px from `velocity` px/s; `onLand` when it arrives (not when stopped). */
  settle: (target: number, velocity: number, reduceMotion: boolean, onLand?: () => void) => void;
  /** A nudge that says "this is the end" without moving anywhere. */
  nudge: (direction: 1 | -1) => void;
  /** Stops a settle or nudge where it is drawn now. */
  stop: () => void;
}

interface Run {
  stop: () => void;
}

export function createDeckTrack(): DeckTrack {
  let element: HTMLElement | null = null;
  let x = 0;
  let origin = 0;
  let held = false;
  let run: Run | null = null;

  const write = (px: number) => {
    x = px;
    if (element) element.style.transform = translateX(px);
  };

  const stop = () => {
    const current = run;
    run = null;
    current?.stop();
  };

  /** Plays keyframes on the compositor; `at(elapsed)` says where it is when stopped. */
  const play = (
    keyframes: Keyframe[],
    options: KeyframeAnimationOptions & { duration: number },
    end: number,
    at: (elapsed: number) => number,
    onLand?: () => void,
  ) => {
    const target = element;
    if (!target || typeof target.animate !== 'function') {
      playByFrames(options.duration, end, at, onLand);
      return;
    }
    const animation = target.animate(keyframes, { ...options, fill: 'forwards' });
    const self: Run = {
      stop() {
        const elapsed = Number(animation.currentTime ?? 0);
        write(at(elapsed));
        animation.cancel();
      },
    };
    run = self;
    animation.onfinish = () => {
      if (run !== self) return;
      run = null;
      // The inline position first, so no frame shows the track where it started.
      write(end);
      animation.cancel();
      onLand?.();
    };
  };

  /** Where Web Animations are missing (jsdom): the same curve, frame by frame. */
  const playByFrames = (
    duration: number,
    end: number,
    at: (elapsed: number) => number,
    onLand?: () => void,
  ) => {
    const started = performance.now();
    let frame = 0;
    const self: Run = { stop: () => cancelAnimationFrame(frame) };
    const tick = () => {
      const elapsed = performance.now() - started;
      if (elapsed >= duration) {
        run = null;
        write(end);
        onLand?.();
        return;
      }
      write(at(elapsed));
      frame = requestAnimationFrame(tick);
    };
    run = self;
    frame = requestAnimationFrame(tick);
  };

  return {
    attach(next) {
      element = next;
      if (next && x !== 0) next.style.transform = translateX(x);
    },
    get x() {
      return x;
    },
    get animating() {
      return run !== null;
    },
    get held() {
      return held;
    },
    grab() {
      stop();
      held = true;
      origin = x;
    },
    drag(dx) {
      write(origin + dx);
    },
    letGo() {
      held = false;
    },
    set(px) {
      stop();
      write(px);
    },
    shift(px) {
      stop();
      origin += px;
      write(x + px);
    },
    settle(target, velocity, reduceMotion, onLand) {
      stop();
      const from = x;
      const curve = springCurve(from, target, velocity, DECK_SPRING);
      if (reduceMotion || curve.duration === 0) {
        write(target);
        onLand?.();
        return;
      }
      play(
        springKeyframes(curve, from, target),
        { duration: curve.duration, easing: 'linear' },
        target,
        (elapsed) => curveAt(curve, from, target, elapsed),
        onLand,
      );
    },
    nudge(direction) {
      stop();
      const from = x;
      const away = from - direction * 28;
      const duration = 320;
      play(
        [
          { transform: translateX(from) },
          { transform: translateX(away) },
          { transform: translateX(from) },
        ],
        { duration, easing: 'ease-in-out' },
        from,
        (elapsed) => from + (away - from) * Math.sin(Math.PI * Math.min(1, elapsed / duration)),
      );
    },
    stop,
  };
}
