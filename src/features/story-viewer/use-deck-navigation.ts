import { startTransition, useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';
import { flushSync } from 'react-dom';

import { whenIdle } from '#src/lib/when-idle.ts';

import type { DeckTrack } from './deck-track.ts';
import type { Direction } from './use-deck-gesture.ts';

/** Parses the 1-based card segment; null when it names no card of this story. */
export function parseCard(param: string | undefined, total: number): number | null {
  if (param === undefined) return 0;
  if (!/^\d{1,4}$/.test(param)) return null;
  const n = Number(param);
  return n >= 1 && n <= total + 1 ? n - 1 : null;
}

/** The URL names the card shown at most this long after the deck came to rest on it. */
export const URL_DELAY_MS = 400;

export interface DeckNavigationOptions {
  /** The raw `:card` URL segment (1-based), if any. */
  cardParam: string | undefined;
  /** Cards in the story; index `total` is the end card. */
  total: number;
  /** The card track's position and animations. */
  track: DeckTrack;
  /** The stage, whose width one move covers. */
  stageRef: React.RefObject<HTMLElement | null>;
  reduceMotion: boolean;
  /** False while the closed viewer animates out: nothing may move it then. */
  enabled: boolean;
  /**
   * Names card `index` in the URL (the caller replaces it). Called once the deck has
   * come to rest on that card and the browser is idle: never during a move.
   */
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
 * The deck's state machine. A move animates the track one width over (on the
 * compositor); once it has landed, the deck shows the new card in its centre slot in
 * a transition (a render that yields to input), and only then, when the browser is
 * idle, does the URL name it: the landing itself runs no script. Between the start of
 * a move and that render, the move is pending: asking again (a second tap, a held key)
 * while it runs lands it at once, and grabbing the track shows its card at once, so
 * no request is lost or doubled. A URL that names another card (a link) is followed.
 */
export function useDeckNavigation({
  cardParam,
  total,
  track,
  stageRef,
  reduceMotion,
  enabled,
  onNavigate,
}: DeckNavigationOptions): DeckNavigation {
  const named = parseCard(cardParam, total);
  const [shown, setShown] = useState(named);
  /** The card the URL named at the last render: a change is a navigation. */
  const [lastNamed, setLastNamed] = useState(named);
  /** Cards this deck asked the URL to name, which it has not reached yet. */
  const asked = useRef(new Set<number>());
  if (named !== lastNamed) {
    setLastNamed(named);
    // Our own URL update arriving (perhaps behind a later move) changes nothing;
    // anything else (a link to another card of this story) is shown.
    if (named === null || !asked.current.has(named)) setShown(named);
  }

  /** The card shown, for the callbacks (set in the render's layout effect). */
  const shownRef = useRef(shown);
  /** The card a move is heading to, until the deck shows it. */
  const pending = useRef<number | null>(null);
  /** The width one card covers, measured when the move started. */
  const width = useRef(0);

  useLayoutEffect(() => {
    const before = shownRef.current;
    shownRef.current = shown;
    if (before === shown) return;
    if (
      pending.current !== null &&
      pending.current === shown &&
      before !== null &&
      shown !== null
    ) {
      // Our own move: the new card is now in the centre slot; the same picture, re-centred.
      track.shift((shown - before) * width.current);
    } else {
      track.set(0);
    }
    pending.current = null;
  }, [shown, track]);

  useEffect(() => {
    if (named === shown) asked.current.clear();
    else if (named !== null) asked.current.delete(named);
  }, [named, shown]);

  // The URL (and so the visitor's path) follows once the deck rests and the browser is
  // idle: never in a landing's frames, nor under a finger.
  useEffect(() => {
    // Closing: the URL is the springboard's now, and stays so.
    if (!enabled || shown === null || shown === named) return;
    let cancel = () => {};
    const attempt = () => {
      if (track.animating || track.held || pending.current !== null) {
        cancel = whenIdle(attempt, URL_DELAY_MS);
        return;
      }
      asked.current.add(shown);
      onNavigate(shown);
    };
    cancel = whenIdle(attempt, URL_DELAY_MS);
    return () => cancel();
  }, [enabled, shown, named, track, onNavigate]);

  const canGoFrom = useCallback(
    (index: number | null, direction: Direction) =>
      index !== null && index + direction >= 0 && index + direction <= total,
    [total],
  );
  const canGo = useCallback(
    (direction: Direction) => canGoFrom(shownRef.current, direction),
    [canGoFrom],
  );

  /** Shows the card a move was heading to, now (its render and layout effect included). */
  const showPending = useCallback(() => {
    const target = pending.current;
    if (target === null) return;
    flushSync(() => setShown(target));
  }, []);

  const go = useCallback(
    (direction: Direction, velocity = 0) => {
      if (!enabled || shownRef.current === null) return;
      if (pending.current !== null) {
        const running = track.animating;
        track.stop();
        showPending();
        // Asked again mid-move: that lands the first move, nothing more.
        if (running) return;
      }
      const index = shownRef.current;
      if (index === null) return;
      if (!canGoFrom(index, direction)) {
        if (!reduceMotion) track.nudge(direction);
        return;
      }
      width.current = stageRef.current?.clientWidth ?? window.innerWidth;
      const target = index + direction;
      pending.current = target;
      track.settle(-direction * width.current, velocity, reduceMotion, () => {
        // Landed: the new card takes the centre slot in a render that yields to input.
        startTransition(() => setShown(target));
      });
    },
    [enabled, track, showPending, canGoFrom, reduceMotion, stageRef],
  );

  const grab = useCallback(() => {
    track.stop();
    // Caught mid-move: show the card it was heading to, and drag from where it is.
    showPending();
  }, [track, showPending]);

  const springBack = useCallback(
    (velocity: number) => track.settle(0, velocity, reduceMotion),
    [track, reduceMotion],
  );

  return { index: shown, canGo, go, grab, springBack };
}
