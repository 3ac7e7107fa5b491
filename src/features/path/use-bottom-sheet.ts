import { animate, useMotionValue, useReducedMotion } from 'framer-motion';
import type React from 'react';
import { useCallback, useLayoutEffect, useRef, useState } from 'react';

import { resistPast, type Sample, velocityOf } from '#src/lib/gesture-maths.ts';
import { useEscapeKey } from '#src/lib/use-escape-key.ts';

import { useDrawnOnce } from './use-drawn-once.ts';

/** Visible height of the closed sheet: its handle and one line. */
const PEEK = 64;
/** A flick faster than this (px/s) opens or closes whatever the distance. */
const FLICK = 400;
/** Movement (px) after which a press on the handle is a drag, not a tap. */
const TAP_SLOP = 6;
const SPRING = { type: 'spring', stiffness: 420, damping: 40 } as const;

interface Drag {
  id: number;
  startY: number;
  from: number;
  samples: Sample[];
}

/**
 * The bottom sheet's state and its handle's gesture: open or closed, where it is
 * drawn (a motion value written straight to its style), and a drag of the handle
 * that follows the finger, resists past either end and settles by flick or by
 * distance, with the same maths as the story deck (gesture-maths.ts).
 */
export function useBottomSheet() {
  const reduceMotion = useReducedMotion() ?? false;
  const [open, setOpen] = useState(false);
  const [height, setHeight] = useState(0);
  const sheetRef = useRef<HTMLElement>(null);
  const y = useMotionValue(0);
  const closedY = Math.max(0, height - PEEK);
  const drag = useRef<Drag | null>(null);
  const moved = useRef(false);
  // A drag shows the sheet's contents before it is open: they are drawn from then on.
  const [dragged, setDragged] = useState(false);
  const drawn = useDrawnOnce(open || dragged);

  // The sheet's position is written straight to its style, in the same frame as the
  // value changes: no render per frame while dragging, and no chance for a first
  // paint to show the sheet anywhere but where the value says.
  useLayoutEffect(() => {
    const element = sheetRef.current;
    if (!element) return;
    const place = (value: number) => {
      element.style.transform = `translate3d(0, ${value}px, 0)`;
    };
    place(y.get());
    return y.on('change', place);
  }, [y]);

  // The sheet's height follows the viewport (rotation, keyboard): measure it. Only
  // from the observer, which reports after the browser's own layout: read here, in
  // the commit, it forced the layout of the whole page inside the first render's
  // task (112 ms at 4× CPU on a story page). Until then the sheet stays hidden.
  useLayoutEffect(() => {
    const element = sheetRef.current;
    if (!element) return;
    const measure = () => setHeight(element.offsetHeight);
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, []);

  const settle = useCallback(
    (target: number, velocity = 0) => {
      if (reduceMotion) y.set(target);
      else animate(y, target, { ...SPRING, velocity });
    },
    [y, reduceMotion],
  );

  // The first measure places the sheet without motion: a page load must not show it
  // sliding shut. Later changes (open, close, a new height) animate.
  const placed = useRef(false);
  useLayoutEffect(() => {
    if (height === 0 || drag.current) return;
    if (!placed.current) {
      placed.current = true;
      y.set(open ? 0 : closedY);
      return;
    }
    settle(open ? 0 : closedY);
  }, [open, closedY, height, settle, y]);

  // Escape closes the open sheet from anywhere, and focus goes back to its handle.
  useEscapeKey(
    () => {
      setOpen(false);
      sheetRef.current?.querySelector<HTMLButtonElement>('.sheet__handle')?.focus();
    },
    { enabled: open },
  );

  const sample = (event: React.PointerEvent): Sample => ({
    x: event.clientX,
    y: event.clientY,
    t: event.timeStamp,
  });

  const onPointerDown = (event: React.PointerEvent) => {
    if (event.button !== 0) return;
    moved.current = false;
    drag.current = {
      id: event.pointerId,
      startY: event.clientY,
      from: y.get(),
      samples: [sample(event)],
    };
    event.currentTarget.setPointerCapture(event.pointerId);
  };
  const onPointerMove = (event: React.PointerEvent) => {
    const current = drag.current;
    if (!current || current.id !== event.pointerId) return;
    const dy = event.clientY - current.startY;
    if (Math.abs(dy) > TAP_SLOP && !moved.current) {
      moved.current = true;
      setDragged(true);
    }
    // Past either end the sheet resists, like the deck at its first and last card.
    y.set(resistPast(current.from + dy, 0, closedY, height));
    current.samples.push(sample(event));
    if (current.samples.length > 20) current.samples.shift();
  };
  const onPointerUp = (event: React.PointerEvent) => {
    const current = drag.current;
    if (!current || current.id !== event.pointerId) return;
    drag.current = null;
    if (!moved.current) return; // A tap: the button's click toggles.
    current.samples.push(sample(event));
    const velocity = velocityOf(current.samples, 'y');
    const nextOpen = velocity < -FLICK ? true : velocity > FLICK ? false : y.get() < closedY / 2;
    setOpen(nextOpen);
    settle(nextOpen ? 0 : closedY, velocity);
  };
  const onClick = () => {
    // A drag ends in a click on the handle too: it has already opened or closed.
    if (moved.current) {
      moved.current = false;
      return;
    }
    setOpen((value) => !value);
  };

  return {
    sheetRef,
    open,
    setOpen,
    /** Whether the sheet's contents are drawn: from its first opening or drag on. */
    drawn,
    /** False until the sheet's height is known: it stays hidden rather than misplaced. */
    measured: height > 0,
    handleProps: {
      onPointerDown,
      onPointerMove,
      onPointerUp,
      onPointerCancel: onPointerUp,
      onClick,
    },
  };
}
