import type { MotionValue } from 'framer-motion';
import { useCallback, useLayoutEffect, useRef } from 'react';

import { nudgeTrack, type Running, settleTrack } from './deck-motion.ts';
import type { Direction } from './use-deck-gesture.ts';

/** Parses the 1-based card segment; null when it names no card of this story. */
export function parseCard(param: string | undefined, total: number): number | null {
  if (param === undefined) return 0;
  if (!/^\d{1,4}$/.test(param)) return null;
  const n = Number(param);
  return n >= 1 && n <= total + 1 ? n - 1 : null;
}

export interface DeckNavigationOptions {
  /** The raw `:card` URL segment (1-based), if any. */
  cardParam: string | undefined;
  /** Cards in the story; index `total` is the end card. */
  total: number;
  /** The track's horizontal offset, px. */
  x: MotionValue<number>;
  /** The track, for the compositor engine. */
  trackRef: React.RefObject<HTMLElement | null>;
  /** The stage, whose width one move covers. */
  stageRef: React.RefObject<HTMLElement | null>;
  reduceMotion: boolean;
  /** False while the closed viewer animates out: nothing may move it then. */
  enabled: boolean;
  /** Shows card `index` (the URL names the card: the caller replaces it). */
  onNavigate: (index: number) => void;
}

export interface DeckNavigation {
  /** The card shown (0-based; `total` is the end card), or null for a card that does not exist. */
  index: number | null;
  canGo: (direction: Direction) => boolean;
  /** Move one card (buttons, keys, taps, a committed swipe at `velocity` px/s). */
  go: (direction: Direction, velocity?: number) => void;
  /** The visitor took hold of the track: stop, landing any move under way first. */
  grab: () => void;
  /** A swipe that did not commit: back to rest from `velocity`. */
  springBack: (velocity: number) => void;
}

/**
 * The deck's state machine. The card shown is the URL's; a move animates the track
 * one width over and then names the new card in the URL, whose render puts the track
 * back to rest. Between the two, a move is pending: asking again (a second tap, a held
 * key) or grabbing the track lands it at once, so no request is lost or doubled.
 */
export function useDeckNavigation({
  cardParam,
  total,
  x,
  trackRef,
  stageRef,
  reduceMotion,
  enabled,
  onNavigate,
}: DeckNavigationOptions): DeckNavigation {
  const index = parseCard(cardParam, total);
  /** The running settle or nudge, whichever engine runs it. */
  const animation = useRef<Running | null>(null);
  /** The card a running settle will land on, if any. */
  const pending = useRef<number | null>(null);

  // The new card is now in the centre slot: the track returns to rest in the same frame.
  useLayoutEffect(() => {
    animation.current?.stop();
    pending.current = null;
    x.set(0);
  }, [index, x]);

  const canGo = useCallback(
    (direction: Direction) =>
      index !== null && index + direction >= 0 && index + direction <= total,
    [index, total],
  );

  /** Lands the move under way, if any, on its card now. */
  const landPending = useCallback(() => {
    if (pending.current === null) return false;
    onNavigate(pending.current);
    pending.current = null;
    return true;
  }, [onNavigate]);

  const settle = useCallback(
    (target: number, velocity: number, onLand?: () => void) => {
      animation.current?.stop();
      animation.current = settleTrack(x, trackRef.current, target, velocity, reduceMotion, () => {
        animation.current = null;
        onLand?.();
      });
    },
    [x, trackRef, reduceMotion],
  );

  const go = useCallback(
    (direction: Direction, velocity = 0) => {
      if (index === null || !enabled) return;
      if (pending.current !== null) {
        // Asked again mid-move: land the first move now.
        animation.current?.stop();
        landPending();
        return;
      }
      if (!canGo(direction)) {
        if (!reduceMotion) {
          animation.current?.stop();
          animation.current = nudgeTrack(x, direction);
        }
        return;
      }
      const width = stageRef.current?.clientWidth ?? window.innerWidth;
      const target = index + direction;
      pending.current = target;
      settle(-direction * width, velocity, () => {
        pending.current = null;
        onNavigate(target);
      });
    },
    [index, enabled, canGo, reduceMotion, x, stageRef, settle, landPending, onNavigate],
  );

  const grab = useCallback(() => {
    animation.current?.stop();
    // Caught mid-move: land on the card it was heading to, and drag from there.
    landPending();
  }, [landPending]);

  const springBack = useCallback((velocity: number) => settle(0, velocity), [settle]);

  return { index, canGo, go, grab, springBack };
}
