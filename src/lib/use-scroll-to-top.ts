import { useLayoutEffect } from 'react';
import { useNavigationType } from 'react-router';

/**
 * The app mounts no <ScrollRestoration>, so a page reached by a link would open at
 * the scroll offset of the page before it (a springboard scrolled far down, say).
 * Pages call this to start at the top when the visitor arrives by a link; on Back
 * and Forward (POP) the browser's own restoration is left alone.
 */
export function useScrollToTopOnArrival(key: string): void {
  const navigationType = useNavigationType();
  useLayoutEffect(() => {
    if (navigationType !== 'POP') window.scrollTo(0, 0);
  }, [key, navigationType]);
}
