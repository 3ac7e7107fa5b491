import { useLayoutEffect } from 'react';

/**
 * The cards keep their text clear of the bar above them, however tall larger text
 * or a long title makes it: the bar's height is published on its parent as
 * `--deck-bar-height`, which the card styles read.
 */
export function useBarHeight(barRef: React.RefObject<HTMLElement | null>): void {
  useLayoutEffect(() => {
    const bar = barRef.current;
    const deck = bar?.parentElement;
    if (!bar || !deck || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(() => {
      deck.style.setProperty('--deck-bar-height', `${bar.offsetHeight}px`);
    });
    observer.observe(bar);
    return () => observer.disconnect();
  }, [barRef]);
}
