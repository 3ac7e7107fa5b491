import {
  type AnchorHTMLAttributes,
  createContext,
  type MouseEvent,
  type ReactNode,
  type Ref,
  use,
} from 'react';
import { Link, type NavigateFunction } from 'react-router';

const QuietNavigate = createContext<NavigateFunction | null>(null);

/**
 * Gives the springboard's links a way to navigate that does not change while the
 * address does. react-router's `Link` (and `useNavigate`) read the router's location
 * and route contexts, so every link of the grid re-renders on every URL change: with
 * a story open above it, on every card the viewer names (2,000 tiles at scale). Given
 * the route's `navigate` (stable in a data router), `QuietLink`s read only this.
 */
export function QuietNavigation({
  navigate,
  children,
}: {
  navigate: NavigateFunction;
  children: ReactNode;
}) {
  return <QuietNavigate value={navigate}>{children}</QuietNavigate>;
}

interface Props extends Omit<AnchorHTMLAttributes<HTMLAnchorElement>, 'href'> {
  /** An absolute path in the app. */
  to: string;
  state?: unknown;
  replace?: boolean;
  preventScrollReset?: boolean;
  /**
   * Draw the page it opens in the click's own task (react-router's `flushSync`), not in
   * a transition React slices between frames: a story's viewer then shows in the very
   * next frame (decision 045).
   */
  sync?: boolean;
  ref?: Ref<HTMLAnchorElement>;
}

/** Left button, no modifier, same tab: what a link opens in the app (as react-router's `Link`). */
function isPlainClick(event: MouseEvent<HTMLAnchorElement>): boolean {
  const target = event.currentTarget.getAttribute('target');
  return (
    !event.defaultPrevented &&
    event.button === 0 &&
    (!target || target === '_self') &&
    !(event.metaKey || event.altKey || event.ctrlKey || event.shiftKey)
  );
}

/**
 * A link that opens its page in the app like `Link`, but does not follow the address:
 * under `QuietNavigation` it re-renders only when its own props change. Elsewhere
 * (a theme page's grid) it is a plain `Link`. A real `<a href>` either way: a tap
 * before the scripts run follows it natively, and new tabs work.
 */
export function QuietLink({
  to,
  state,
  replace,
  preventScrollReset,
  sync = false,
  onClick,
  children,
  ...rest
}: Props) {
  const navigate = use(QuietNavigate);
  if (!navigate) {
    return (
      <Link
        {...rest}
        to={to}
        state={state}
        replace={replace}
        preventScrollReset={preventScrollReset}
        onClick={onClick}
      >
        {children}
      </Link>
    );
  }
  return (
    <a
      {...rest}
      href={to}
      onClick={(event) => {
        onClick?.(event);
        if (!isPlainClick(event)) return;
        event.preventDefault();
        void navigate(to, { state, replace, preventScrollReset, flushSync: sync });
      }}
    >
      {children}
    </a>
  );
}
