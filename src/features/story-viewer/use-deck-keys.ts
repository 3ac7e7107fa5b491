import { useEffect } from 'react';

import type { Direction } from './use-deck-gesture.ts';

/** The dialog is modal: the arrow keys anywhere in the page move the deck. */
export function useDeckKeys(go: (direction: Direction) => void): void {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== 'ArrowRight' && event.key !== 'ArrowLeft') return;
      if (event.defaultPrevented || event.altKey || event.metaKey || event.ctrlKey) return;
      // Keys inside a form control keep their own meaning.
      if ((event.target as Element | null)?.closest?.('input, textarea, select')) return;
      event.preventDefault();
      go(event.key === 'ArrowRight' ? 1 : -1);
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [go]);
}
