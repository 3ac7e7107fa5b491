import { type KeyboardEvent, useCallback, useLayoutEffect, useRef, useState } from 'react';

/**
 * Roving focus over a visual grid whose tiles have different sizes: one tile is in
 * the tab order; arrows move by what the eye sees (geometry, not DOM order) so a
 * 2×2 tile next to 1×1 tiles still moves where the visitor expects.
 */
export function useRovingGrid<K extends string>(keys: readonly K[]) {
  const [active, setActive] = useState<K | null>(null);
  const refs = useRef(new Map<K, HTMLElement>());
  const current = active !== null && keys.includes(active) ? active : (keys[0] ?? null);
  // The handlers read the keys through a ref, so they stay the same functions as pages
  // of stories arrive: memoised tiles then skip re-rendering when the list grows.
  const keysRef = useRef(keys);
  useLayoutEffect(() => {
    keysRef.current = keys;
  }, [keys]);

  // One ref callback per key, kept across renders: a fresh function each render
  // would make React detach and reattach every tile's ref on every render.
  const callbacks = useRef(new Map<K, (element: HTMLElement | null) => void>());
  const register = useCallback((key: K) => {
    let callback = callbacks.current.get(key);
    if (!callback) {
      callback = (element: HTMLElement | null) => {
        if (element) refs.current.set(key, element);
        else refs.current.delete(key);
      };
      callbacks.current.set(key, callback);
    }
    return callback;
  }, []);

  const focusKey = useCallback((key: K) => {
    setActive(key);
    refs.current.get(key)?.focus();
  }, []);

  const onKeyDown = useCallback(
    (event: KeyboardEvent<HTMLElement>, key: K) => {
      const keys = keysRef.current;
      const index = keys.indexOf(key);
      const from = refs.current.get(key)?.getBoundingClientRect();
      if (index < 0 || !from) return;
      let target: K | undefined;
      switch (event.key) {
        case 'ArrowRight':
          target = keys[index + 1];
          break;
        case 'ArrowLeft':
          target = keys[index - 1];
          break;
        case 'Home':
          target = keys[0];
          break;
        case 'End':
          target = keys.at(-1);
          break;
        case 'ArrowDown':
        case 'ArrowUp': {
          const down = event.key === 'ArrowDown';
          const centerX = from.left + from.width / 2;
          let best = Number.POSITIVE_INFINITY;
          for (const candidate of keys) {
            const rect = refs.current.get(candidate)?.getBoundingClientRect();
            if (!rect || candidate === key) continue;
            const dy = down ? rect.top - (from.bottom - 2) : from.top + 2 - rect.bottom;
            if (dy < 0) continue;
            const dx = Math.max(0, rect.left - centerX, centerX - rect.right);
            const score = dy * 4 + dx;
            if (score < best) {
              best = score;
              target = candidate;
            }
          }
          break;
        }
        default:
          return;
      }
      event.preventDefault();
      if (target !== undefined) focusKey(target);
    },
    [focusKey],
  );

  return {
    register,
    onKeyDown,
    tabIndexOf: (key: K) => (key === current ? 0 : -1),
    onFocus: setActive as (key: K) => void,
  };
}
