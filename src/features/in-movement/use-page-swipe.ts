import { type RefObject, useEffect, useLayoutEffect, useRef } from 'react';

import { rubberBand, type Sample, velocityOf } from '#src/lib/gesture-maths.ts';
import { useMediaQuery } from '#src/lib/use-media-query.ts';

/** The story deck's thresholds, so a debate turns under the same finger as a story. */
export const PAGE_SWIPE = {
  /** Movement before the gesture picks an axis. */
  axisLockPx: 10,
  /** A swipe turns past this share of the width… */
  commitDistance: 0.35,
  /** …or above this speed in its direction (px/s). */
  commitVelocity: 500,
  /** Touches starting this close to the screen's sides belong to the system (Safari's back). */
  edgePx: 20,
} as const;

/** 1: to the next page (finger moving left); -1: to the previous one. */
export type TurnDirection = 1 | -1;

/** Touches on what is being typed in, played or chosen belong to it, not to the page. */
export function ownsInput(target: EventTarget | null): boolean {
  return (
    target instanceof Element &&
    target.closest(
      'input, textarea, select, video, iframe, [role="dialog"], [contenteditable="true"]',
    ) !== null
  );
}

const EXIT_MS = 180;
const RETURN_MS = 260;
const ENTER_MS = 240;

/**
 * Which way the next page should slide in from, set by a turn and read once by the
 * page it opens (a module value rather than router state: it is motion, not history,
 * and must not replay when the visitor comes back with the browser's buttons).
 */
let pendingEnter: TurnDirection | null = null;

export function markTurn(direction: TurnDirection): void {
  pendingEnter = direction;
}

/**
 * The page slides in from the side it was turned to, once, when it was opened by a
 * turn. Nothing moves when motion is reduced or when the page was reached otherwise.
 */
export function useEnterFromTurn(ref: RefObject<HTMLElement | null>): void {
  const reduceMotion = useMediaQuery('(prefers-reduced-motion: reduce)');
  useLayoutEffect(() => {
    const direction = pendingEnter;
    pendingEnter = null;
    const element = ref.current;
    if (!direction || reduceMotion || !element || typeof element.animate !== 'function') return;
    element.animate(
      [
        { transform: `translateX(${direction * 24}%)`, opacity: 0 },
        { transform: 'translateX(0)', opacity: 1 },
      ],
      { duration: ENTER_MS, easing: 'cubic-bezier(0.2, 0.8, 0.2, 1)' },
    );
  }, [ref, reduceMotion]);
}

interface Drag {
  id: number;
  x: number;
  y: number;
  axis: 'x' | 'y' | null;
  samples: Sample[];
  /** The page's width, read once when the axis locks: no layout read per move. */
  width: number;
}

/**
 * A page that turns like a story: a sideways touch drag moves it under the finger
 * (with the deck's resistance when there is nothing that way), and past the deck's
 * distance or speed it leaves to that side and `onTurn` opens the next page; short of
 * it, it springs back. Vertical movement stays the browser's scroll (`touch-action:
 * pan-y` on the page). Mouse drags are left to text selection; the buttons and ←/→
 * are the other ways to turn. With reduced motion the page does not follow the finger:
 * a swipe past the threshold simply turns.
 */
export function usePageSwipe(
  ref: RefObject<HTMLElement | null>,
  canTurn: (direction: TurnDirection) => boolean,
  onTurn: (direction: TurnDirection) => void,
): void {
  const reduceMotion = useMediaQuery('(prefers-reduced-motion: reduce)');
  const latest = useRef({ canTurn, onTurn, reduceMotion });
  latest.current = { canTurn, onTurn, reduceMotion };

  useEffect(() => {
    const element = ref.current;
    if (!element) return;
    let drag: Drag | null = null;
    let leaving = false;

    const place = (x: number) => {
      element.style.transform = x === 0 ? '' : `translateX(${x}px)`;
    };
    const slide = (from: number, to: number, ms: number, done: () => void) => {
      if (typeof element.animate !== 'function') {
        place(to);
        done();
        return;
      }
      const animation = element.animate(
        [{ transform: `translateX(${from}px)` }, { transform: `translateX(${to}px)` }],
        { duration: ms, easing: 'cubic-bezier(0.2, 0.8, 0.2, 1)', fill: 'forwards' },
      );
      animation.onfinish = () => {
        place(to);
        animation.cancel();
        done();
      };
    };

    const onPointerDown = (event: PointerEvent) => {
      if (event.pointerType === 'mouse' || !event.isPrimary || leaving) return;
      if (ownsInput(event.target)) return;
      if (
        event.clientX < PAGE_SWIPE.edgePx ||
        event.clientX > window.innerWidth - PAGE_SWIPE.edgePx
      )
        return;
      drag = {
        id: event.pointerId,
        x: event.clientX,
        y: event.clientY,
        axis: null,
        samples: [{ x: event.clientX, y: event.clientY, t: event.timeStamp }],
        width: 1,
      };
    };
    const onPointerMove = (event: PointerEvent) => {
      if (!drag || event.pointerId !== drag.id) return;
      const dx = event.clientX - drag.x;
      const dy = event.clientY - drag.y;
      drag.samples.push({ x: event.clientX, y: event.clientY, t: event.timeStamp });
      if (drag.samples.length > 20) drag.samples.shift();
      if (!drag.axis) {
        if (Math.hypot(dx, dy) < PAGE_SWIPE.axisLockPx) return;
        drag.axis = Math.abs(dx) > Math.abs(dy) ? 'x' : 'y';
        if (drag.axis === 'x') drag.width = element.clientWidth || 1;
      }
      if (drag.axis !== 'x' || latest.current.reduceMotion) return;
      const direction: TurnDirection = dx < 0 ? 1 : -1;
      place(latest.current.canTurn(direction) ? dx : rubberBand(dx, drag.width));
    };
    const finish = (event: PointerEvent, cancelled: boolean) => {
      if (!drag || event.pointerId !== drag.id) return;
      const { axis, x } = drag;
      const samples = [...drag.samples, { x: event.clientX, y: event.clientY, t: event.timeStamp }];
      drag = null;
      if (axis !== 'x') return;
      const dx = event.clientX - x;
      const shown = latest.current.reduceMotion ? 0 : currentX(element);
      const width = element.clientWidth || 1;
      const velocity = velocityOf(samples, 'x');
      const direction: TurnDirection = dx < 0 ? 1 : -1;
      const far = Math.abs(dx) > width * PAGE_SWIPE.commitDistance;
      const fast =
        Math.abs(velocity) > PAGE_SWIPE.commitVelocity && Math.sign(velocity) === Math.sign(dx);
      if (!cancelled && (far || fast) && latest.current.canTurn(direction)) {
        if (latest.current.reduceMotion) {
          latest.current.onTurn(direction);
          return;
        }
        leaving = true;
        slide(shown, -direction * width, EXIT_MS, () => {
          leaving = false;
          latest.current.onTurn(direction);
        });
      } else if (shown !== 0) {
        slide(shown, 0, RETURN_MS, () => undefined);
      }
    };
    const onPointerUp = (event: PointerEvent) => finish(event, false);
    const onPointerCancel = (event: PointerEvent) => finish(event, true);

    element.addEventListener('pointerdown', onPointerDown);
    element.addEventListener('pointermove', onPointerMove);
    element.addEventListener('pointerup', onPointerUp);
    element.addEventListener('pointercancel', onPointerCancel);
    return () => {
      element.removeEventListener('pointerdown', onPointerDown);
      element.removeEventListener('pointermove', onPointerMove);
      element.removeEventListener('pointerup', onPointerUp);
      element.removeEventListener('pointercancel', onPointerCancel);
      element.style.transform = '';
    };
  }, [ref]);
}

/** The element's translation as drawn now. */
function currentX(element: HTMLElement): number {
  const transform = getComputedStyle(element).transform;
  if (!transform || transform === 'none') return 0;
  try {
    return new DOMMatrixReadOnly(transform).m41;
  } catch {
    return 0;
  }
}
