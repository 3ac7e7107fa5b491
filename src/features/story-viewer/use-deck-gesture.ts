import type { MotionValue } from 'framer-motion';
import { useEffect, useRef } from 'react';

import { rubberBand, type Sample, velocityOf } from '#src/lib/gesture-maths.ts';

import type { DeckTrack } from './deck-track.ts';

/** Thresholds, after PhotoSwipe and Web Stories. */
export const GESTURE = {
  /** Movement before the gesture picks an axis and before a tap becomes a drag. */
  axisLockPx: 10,
  /** A swipe commits past this share of the width… */
  commitDistance: 0.35,
  /** …or above this speed in its direction. */
  commitVelocity: 500,
  /** Drag down this share of the height (or flick down) to close. */
  closeDistance: 0.22,
  /** Press this long to pause instead of tapping. */
  holdMs: 500,
  /** Touches starting this close to the screen's side edges belong to the system. */
  edgePx: 20,
  /** Tap zone: the left quarter goes back, the rest forward. */
  backZone: 0.25,
} as const;

export type Direction = 1 | -1;

export interface DeckGestureHandlers {
  /** Can the deck move that way (else rubber-band)? */
  canGo: (direction: Direction) => boolean;
  /** A swipe passed the threshold: finish the move from this velocity (px/s). */
  onSwipe: (direction: Direction, velocity: number) => void;
  /** The swipe did not pass: spring back from this velocity. */
  onCancelX: (velocity: number) => void;
  onTap: (direction: Direction) => void;
  onHold: (holding: boolean) => void;
  /** Dragged down far or fast enough to close. */
  onDismiss: (velocity: number) => void;
  onCancelY: (velocity: number) => void;
  /** The visitor took hold of the deck: stop any settle animation. */
  onGrab: () => void;
}

const INTERACTIVE = 'a, button, input, select, textarea, video[controls], [data-no-tap]';

/**
 * Pointer-driven deck gesture. A sideways move is one transform write on the track
 * (deck-track.ts: no React render, no layout read per move; the stage's width is read
 * once, when the axis locks), locks the axis after a few pixels, and consumes the pan
 * (touch-action: none + a non-passive touchmove) so the browser neither scrolls the
 * page nor treats a right swipe as "back".
 */
export function useDeckGesture(
  ref: React.RefObject<HTMLElement | null>,
  track: DeckTrack,
  y: MotionValue<number>,
  handlers: DeckGestureHandlers,
) {
  const latest = useRef(handlers);
  latest.current = handlers;

  useEffect(() => {
    const element = ref.current;
    if (!element) return;

    let pointerId: number | null = null;
    let start: Sample = { x: 0, y: 0, t: 0 };
    let samples: Sample[] = [];
    let axis: 'x' | 'y' | 'none' | null = null;
    let holding = false;
    let holdTimer: ReturnType<typeof setTimeout> | undefined;
    let suppressClick = false;
    let onInteractive = false;
    let width = 1;

    const clearHold = () => {
      if (holdTimer !== undefined) clearTimeout(holdTimer);
      holdTimer = undefined;
    };

    const onPointerDown = (event: PointerEvent) => {
      if (pointerId !== null || (event.pointerType === 'mouse' && event.button !== 0)) return;
      if (
        event.pointerType !== 'mouse' &&
        (event.clientX < GESTURE.edgePx || event.clientX > window.innerWidth - GESTURE.edgePx)
      ) {
        return;
      }
      onInteractive = (event.target as Element).closest(INTERACTIVE) !== null;
      pointerId = event.pointerId;
      start = { x: event.clientX, y: event.clientY, t: event.timeStamp };
      samples = [start];
      axis = null;
      holding = false;
      suppressClick = false;
      // The deck first shows a card a move was heading to; the track then holds still.
      latest.current.onGrab();
      track.grab();
      if (!onInteractive) {
        holdTimer = setTimeout(() => {
          holding = true;
          latest.current.onHold(true);
        }, GESTURE.holdMs);
      }
    };

    const onPointerMove = (event: PointerEvent) => {
      if (event.pointerId !== pointerId) return;
      const dx = event.clientX - start.x;
      const dy = event.clientY - start.y;
      samples.push({ x: event.clientX, y: event.clientY, t: event.timeStamp });
      if (samples.length > 20) samples.shift();
      if (axis === null) {
        if (Math.hypot(dx, dy) < GESTURE.axisLockPx) return;
        clearHold();
        axis = Math.abs(dx) >= Math.abs(dy) ? 'x' : dy > 0 ? 'y' : 'none';
        suppressClick = true;
        if (axis !== 'none') element.setPointerCapture(event.pointerId);
        if (axis === 'x') width = element.clientWidth || 1;
        if (holding) {
          holding = false;
          latest.current.onHold(false);
        }
      }
      if (axis === 'x') {
        const direction: Direction = dx < 0 ? 1 : -1;
        track.drag(latest.current.canGo(direction) ? dx : rubberBand(dx, width));
      } else if (axis === 'y') {
        y.set(Math.max(0, dy));
      }
    };

    const finish = (event: PointerEvent, cancelled: boolean) => {
      if (event.pointerId !== pointerId) return;
      pointerId = null;
      samples.push({ x: event.clientX, y: event.clientY, t: event.timeStamp });
      clearHold();
      track.letGo();
      if (holding) {
        holding = false;
        suppressClick = true;
        latest.current.onHold(false);
        // Held while a settle ran: it stopped there, and now goes home.
        if (track.x !== 0) latest.current.onCancelX(0);
        return;
      }
      const h = latest.current;
      if (axis === 'x') {
        const dx = event.clientX - start.x;
        const v = velocityOf(samples, 'x');
        const direction: Direction = dx < 0 ? 1 : -1;
        const far = Math.abs(dx) > width * GESTURE.commitDistance;
        const fast = Math.abs(v) > GESTURE.commitVelocity && Math.sign(v) === Math.sign(dx);
        if (!cancelled && (far || fast) && h.canGo(direction)) h.onSwipe(direction, v);
        else h.onCancelX(v);
      } else if (axis === 'y') {
        const dy = event.clientY - start.y;
        const v = velocityOf(samples, 'y');
        const height = element.clientHeight || 1;
        if (!cancelled && (dy > height * GESTURE.closeDistance || v > GESTURE.commitVelocity)) {
          h.onDismiss(v);
        } else {
          h.onCancelY(v);
        }
      } else if (axis === null && !cancelled && !onInteractive) {
        const rect = element.getBoundingClientRect();
        const back = event.clientX - rect.left < rect.width * GESTURE.backZone;
        suppressClick = true;
        h.onTap(back ? -1 : 1);
      } else if (track.x !== 0) {
        // No move of its own, but the touch stopped a settle: it goes home.
        h.onCancelX(0);
      }
    };

    const onPointerUp = (event: PointerEvent) => finish(event, false);
    const onPointerCancel = (event: PointerEvent) => finish(event, true);
    // A drag, a hold or a handled tap never also lands as a click on what is below.
    const onClickCapture = (event: MouseEvent) => {
      if (suppressClick) {
        event.preventDefault();
        event.stopPropagation();
        suppressClick = false;
      }
    };
    // Consume the pan: no page scroll behind, no browser back-swipe on the first card.
    const onTouchMove = (event: TouchEvent) => {
      if (event.cancelable) event.preventDefault();
    };

    element.addEventListener('pointerdown', onPointerDown);
    element.addEventListener('pointermove', onPointerMove);
    element.addEventListener('pointerup', onPointerUp);
    element.addEventListener('pointercancel', onPointerCancel);
    element.addEventListener('click', onClickCapture, true);
    element.addEventListener('touchmove', onTouchMove, { passive: false });
    return () => {
      clearHold();
      element.removeEventListener('pointerdown', onPointerDown);
      element.removeEventListener('pointermove', onPointerMove);
      element.removeEventListener('pointerup', onPointerUp);
      element.removeEventListener('pointercancel', onPointerCancel);
      element.removeEventListener('click', onClickCapture, true);
      element.removeEventListener('touchmove', onTouchMove);
    };
  }, [ref, track, y]);
}
