import { useQueryClient } from '@tanstack/react-query';
import { AnimatePresence } from 'framer-motion';
import {
  lazy,
  startTransition,
  Suspense,
  useCallback,
  useEffect,
  useLayoutEffect,
  useRef,
  useState,
} from 'react';
import { useLocation, useMatch, useNavigate } from 'react-router';

import { homePath, PAGE_PATTERNS, storyPath } from '#contract/pages.ts';
import { themeListOptions } from '#src/api/themes.ts';
import { ContinueTile } from '#src/features/path/continue-tile.tsx';
import { QuietNavigation } from '#src/features/springboard/quiet-link.tsx';
import { Springboard } from '#src/features/springboard/springboard.tsx';
import type {
  StoryViewer as LoadedViewer,
  StoryViewerProps,
} from '#src/features/story-viewer/story-viewer.tsx';
import { inertAround } from '#src/lib/inert-around.ts';
import { parseNavState } from '#src/lib/nav-state.ts';
import { whenIdle } from '#src/lib/when-idle.ts';

// One element for every render: the memoised springboard compares its props by reference.
const continueTile = <ContinueTile />;

/** The viewer once its code is in (loaded at idle, or on intent): then a tap draws it at once. */
let loadedViewer: typeof LoadedViewer | null = null;
const loadViewer = () =>
  import('#src/features/story-viewer/story-viewer.tsx').then((mod) => {
    loadedViewer = mod.StoryViewer;
    return mod;
  });
const LazyStoryViewer = lazy(() => loadViewer().then((mod) => ({ default: mod.StoryViewer })));

/**
 * The viewer, drawn directly once its code is in: a lazy component suspends on its
 * first render even when its module has arrived, and a tap's synchronous render
 * (quiet-link.tsx's `sync`) would then commit nothing and draw the viewer a task later.
 * Chosen once per viewer (per story, by its key): a type changing under a mounted
 * viewer would remount it.
 */
function StoryViewer(props: StoryViewerProps) {
  const [Viewer] = useState(() => loadedViewer ?? LazyStoryViewer);
  return <Viewer {...props} />;
}

/** Without an idle callback (Safari), the springboard's idle work waits this long at most. */
const WITHOUT_IDLE_MS = 300;

/**
 * The springboard stays mounted under an open story, so closing the story finds the
 * grid exactly where the visitor left it (scroll, focus). The viewer's code loads on
 * demand, and early when the visitor shows intent (hover, touch).
 *
 * A story entered by link covers the whole page: the springboard behind it is drawn
 * only once the viewer is interactive (its deck, or its error, is on screen) and the
 * browser is idle, in a transition that yields to input; or at once if the story is
 * closed before.
 */
export function SpringboardRoute() {
  const match = useMatch(PAGE_PATTERNS.story);
  const location = useLocation();
  const navigate = useNavigate();
  const slug = match?.params.slug ?? null;
  const state = parseNavState(location.state);
  // The springboard's filter, read here and passed down: the springboard itself does
  // not follow the URL, so the viewer naming its card does not re-render it.
  const theme = new URLSearchParams(location.search).get('theme') || undefined;
  // Opened by an in-app link (grid, search, a path…): closing goes back to that page,
  // `depth` entries down (0: none to go back to, as when entered by link).
  const depth = state ? (state.depth ?? 1) : 0;

  // A held Escape or a second drag fires close again before the route changes: going
  // back twice would leave the app, so one close per history entry.
  const closedEntry = useRef<string | null>(null);
  const close = useCallback(() => {
    if (closedEntry.current === location.key) return;
    closedEntry.current = location.key;
    // Opened from the grid: go back to that very history entry. Entered by link: go home.
    if (depth > 0) void navigate(-depth);
    else void navigate(homePath(), { preventScrollReset: true });
  }, [depth, navigate, location.key]);

  // One address per card (decision 009): a story named without its card is its first
  // card, and its address becomes that card's in place, so history does not grow and
  // the visitor's way back (state.from, depth) is kept.
  const card = match?.params.card;
  useEffect(() => {
    if (slug === null || card !== undefined) return;
    void navigate(`${storyPath(slug)}${location.search}${location.hash}`, {
      replace: true,
      preventScrollReset: true,
      state: location.state as unknown,
    });
  }, [slug, card, navigate, location.search, location.hash, location.state]);

  const preload = useCallback(() => void loadViewer(), []);

  // Once the springboard is idle, fetch the viewer's code so the first tap opens at
  // once instead of parsing a chunk mid-transition.
  useEffect(() => whenIdle(preload, 3000, WITHOUT_IDLE_MS), [preload]);

  // The story the springboard waits behind (entered by link), null once it is drawn.
  // Closed before that, the springboard's first render still names that story as the
  // open one, then none: the grid puts focus back on its tile as after any close.
  const [behind, setBehind] = useState<string | null>(slug);
  if (behind !== null && slug !== null && slug !== behind) setBehind(slug);
  const [viewerReady, setViewerReady] = useState(false);
  // The springboard asked for the themes from its first render; the viewer's links to
  // its story's themes need them too, so they are not left waiting for it.
  const queryClient = useQueryClient();
  const deferred = behind !== null;
  useEffect(() => {
    if (deferred) void queryClient.prefetchQuery(themeListOptions());
  }, [deferred, queryClient]);
  const onViewerReady = useCallback(() => setViewerReady(true), []);
  useEffect(() => {
    if (behind === null || slug !== null) return;
    const frame = requestAnimationFrame(() => setBehind(null));
    return () => cancelAnimationFrame(frame);
  }, [behind, slug]);
  useEffect(() => {
    if (behind === null || !viewerReady) return;
    return whenIdle(() => startTransition(() => setBehind(null)), 1500, WITHOUT_IDLE_MS);
  }, [behind, viewerReady]);
  const boardShown = behind === null || slug === null;

  // While a story is open the page behind is inert and does not scroll. The viewer
  // stays where it is drawn (in its layer, inside `<main>`: where the server drew a
  // story page's first screen, so hydration keeps its elements and its cover is
  // painted once), and everything around that layer is made inert. A layout effect,
  // so the springboard is interactive again before it restores focus.
  const open = slug !== null;
  const layer = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    const root = document.getElementById('root');
    if (!open || !layer.current || !root) return;
    const html = document.documentElement;
    const restore = inertAround(layer.current, root);
    html.classList.add('has-dialog');
    return () => {
      restore();
      html.classList.remove('has-dialog');
    };
  }, [open]);

  return (
    <>
      {boardShown ? (
        <QuietNavigation navigate={navigate}>
          <Springboard
            theme={theme}
            openSlug={slug ?? behind}
            onStoryIntent={preload}
            aside={continueTile}
          />
        </QuietNavigation>
      ) : null}
      <div ref={layer} className="viewer-layer">
        <Suspense fallback={null}>
          <AnimatePresence>
            {slug ? (
              <StoryViewer
                key={slug}
                slug={slug}
                cardParam={match?.params.card}
                depth={depth}
                onClose={close}
                onReady={behind === null ? undefined : onViewerReady}
              />
            ) : null}
          </AnimatePresence>
        </Suspense>
      </div>
    </>
  );
}
