import { useSyncExternalStore } from 'react';

const never = () => () => undefined;

/**
 * False on the server and while the browser hydrates the server's markup, true in
 * every render after (and from the start of a page the browser renders alone). For
 * what the server cannot draw the same way (a portal into `document.body`).
 */
export function useHydrated(): boolean {
  return useSyncExternalStore(
    never,
    () => true,
    () => false,
  );
}
