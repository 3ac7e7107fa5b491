import { useEffect, useLayoutEffect, useRef } from 'react';

export interface EscapeKeyOptions {
  /** Listen only while true (e.g. while a panel is open). */
  enabled?: boolean;
  /**
   * A layer opened over another that also closes on Escape (a popover inside the
   * viewer): it takes the key first, in the capture phase, and keeps it from the
   * layer below, so one press closes one layer.
   */
  over?: boolean;
}

/**
 * Escape closes a layer (a dialog, a panel, a sheet) from wherever focus is: inside
 * it, or on the page around it. The key is claimed (`preventDefault`), and a key
 * already claimed is left alone.
 */
export function useEscapeKey(
  onEscape: () => void,
  { enabled = true, over = false }: EscapeKeyOptions = {},
): void {
  // The newest handler, without listening again on every render.
  const latest = useRef(onEscape);
  useLayoutEffect(() => {
    latest.current = onEscape;
  });

  useEffect(() => {
    if (!enabled) return;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== 'Escape' || event.defaultPrevented) return;
      if (over) event.stopPropagation();
      event.preventDefault();
      latest.current();
    };
    document.addEventListener('keydown', onKeyDown, over);
    return () => document.removeEventListener('keydown', onKeyDown, over);
  }, [enabled, over]);
}
