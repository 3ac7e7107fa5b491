import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import {
  createPath,
  matchPath,
  NavigationType,
  type Navigator,
  Router,
  type To,
  UNSAFE_LocationContext,
  UNSAFE_RouteContext,
  useLocation,
  useNavigate,
  useParams,
  useSearchParams,
} from 'react-router';

import { PAGE_PATTERNS, storyPath } from '#contract/pages.ts';
import type { Story } from '#contract/schemas.ts';
import { queryKeys } from '#src/api/query-keys.ts';
import { ErrorState } from '#src/components/ui/error-state.tsx';
import { StoryViewer } from '#src/features/story-viewer/story-viewer.tsx';
import { PreviewFrames } from '#src/features/studio/preview/preview-frames.tsx';
import { PreviewMissing } from '#src/features/studio/preview/preview-missing.tsx';
import { useDraftPreview } from '#src/features/studio/preview/use-draft-preview.ts';
import { useI18n } from '#src/lib/i18n.tsx';

/**
 * /studio/:slug/preview: the studio's frames, and inside each (`?frame=1`) the story
 * viewer playing the draft. Composed here because it joins two features (decision 035):
 * the studio gives the draft as a story, the viewer draws it.
 */
export function StudioPreviewRoute() {
  const { slug = '' } = useParams();
  const [params] = useSearchParams();
  return params.get('frame') === '1' ? <PreviewFrame slug={slug} /> : <PreviewFrames slug={slug} />;
}

function PreviewFrame({ slug }: { slug: string }) {
  const { t } = useI18n();
  const { preview, error } = useDraftPreview(slug);
  if (error) return <ErrorState error={error} />;
  if (!preview)
    return (
      <p role="status" className="studio-muted">
        {t('studio.loading')}
      </p>
    );
  if (!preview.ok) return <PreviewMissing missing={preview.missing} />;
  return <DraftViewer story={preview.story} />;
}

/**
 * The viewer on the draft, in a world of its own: a query cache that already holds the
 * draft as the story (so the viewer never asks the public API for it, which would not
 * know it), and a router of its own, in memory, for the card addresses the viewer
 * moves through, so the frame's address stays the studio's and the draft never has a
 * visitor's URL. A plain `<Router>` over a few lines of history rather than
 * `createMemoryRouter`, which would join react-router's memory history to the first
 * load (react-router sits in the entry chunk).
 */
const NO_ROUTE = { outlet: null, matches: [], isDataRoute: false };

function DraftViewer({ story }: { story: Story }) {
  const [client] = useState(() => {
    const queryClient = new QueryClient({
      defaultOptions: { queries: { staleTime: Infinity, retry: false } },
    });
    queryClient.setQueryData(queryKeys.stories.detail(story.slug), story);
    return queryClient;
  });
  const [history, setHistory] = useState({
    entries: [storyPath(story.slug)],
    index: 0,
    action: NavigationType.Pop,
  });
  const navigator = useMemo<Navigator>(() => {
    const path = (to: To) => (typeof to === 'string' ? to : createPath(to));
    return {
      createHref: path,
      push: (to) =>
        setHistory((h) => ({
          entries: [...h.entries.slice(0, h.index + 1), path(to)],
          index: h.index + 1,
          action: NavigationType.Push,
        })),
      replace: (to) =>
        setHistory((h) => ({
          entries: h.entries.map((entry, i) => (i === h.index ? path(to) : entry)),
          index: h.index,
          action: NavigationType.Replace,
        })),
      go: (delta) =>
        setHistory((h) => ({
          ...h,
          index: Math.min(Math.max(h.index + delta, 0), h.entries.length - 1),
          action: NavigationType.Pop,
        })),
    };
  }, []);
  return (
    // The studio's router is around this one: react-router refuses a router inside
    // another, and would nest routes under the outer match, unless both are hidden.
    <UNSAFE_LocationContext.Provider value={null as never}>
      <UNSAFE_RouteContext.Provider value={NO_ROUTE}>
        <QueryClientProvider client={client}>
          <Router
            location={history.entries[history.index] ?? storyPath(story.slug)}
            navigationType={history.action}
            navigator={navigator}
          >
            <ViewerAtCard />
          </Router>
        </QueryClientProvider>
      </UNSAFE_RouteContext.Provider>
    </UNSAFE_LocationContext.Provider>
  );
}

function ViewerAtCard() {
  const { pathname } = useLocation();
  const navigate = useNavigate();
  const match = matchPath(PAGE_PATTERNS.story, pathname);
  const slug = match?.params.slug ?? '';
  return (
    <StoryViewer
      key={slug}
      slug={slug}
      cardParam={match?.params.card}
      depth={0}
      // Closing starts the story again: the frame has nothing behind the viewer.
      onClose={() => void navigate(storyPath(slug))}
    />
  );
}
