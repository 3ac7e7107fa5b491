import { useEffect, useRef } from 'react';
import { useLocation, useNavigationType } from 'react-router';

/** The story link a visitor followed, and the page (path and query) it was on. */
let followed: { page: string; href: string } | null = null;

const pageOf = (location: { pathname: string; search: string }) =>
  `${location.pathname}${location.search}`;

/**
 * Closing a story goes back in history to the page it was opened from (search, the
 * path, a person, a theme); that page renders anew, and focus would be lost on the
 * body. This puts it back on the very link the visitor followed, once the page
 * shows it again, as the springboard does for its tiles. Only on a Back (POP)
 * navigation to that page, and once: arriving there by a link starts afresh.
 */
export function useFocusReturn(): void {
  const location = useLocation();
  const navigationType = useNavigationType();
  const page = useRef(pageOf(location));
  useEffect(() => {
    page.current = pageOf(location);
  }, [location]);

  useEffect(() => {
    const onClick = (event: MouseEvent) => {
      const link = (event.target as Element | null)?.closest?.('a[href^="/stories/"]');
      if (!link) return;
      followed = { page: page.current, href: link.getAttribute('href') ?? '' };
    };
    document.addEventListener('click', onClick, true);
    return () => document.removeEventListener('click', onClick, true);
  }, []);

  useEffect(() => {
    const target = followed;
    if (!target || navigationType !== 'POP' || target.page !== pageOf(location)) return;
    followed = null;
    let frames = 0;
    let handle = 0;
    // The page may still be loading what it shows: look for the link for up to ~2 s.
    const tryFocus = () => {
      const link = document.querySelector<HTMLElement>(`a[href="${CSS.escape(target.href)}"]`);
      if (link && !link.closest('[inert]')) {
        if (document.activeElement === document.body || !document.activeElement) link.focus();
        return;
      }
      if (++frames < 120) handle = requestAnimationFrame(tryFocus);
    };
    handle = requestAnimationFrame(tryFocus);
    return () => cancelAnimationFrame(handle);
  }, [location, navigationType]);
}
