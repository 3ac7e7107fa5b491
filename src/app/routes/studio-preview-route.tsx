import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { useState } from 'react';
import {
  createMemoryRouter,
  RouterProvider,
  UNSAFE_LocationContext,
  UNSAFE_RouteContext,
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
 * know it), and a memory router for the card addresses the viewer moves through, so
 * the frame's address stays the studio's and the draft never has a visitor's URL.
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
  const [router] = useState(() =>
    createMemoryRouter(
      [
        { path: PAGE_PATTERNS.story, Component: ViewerAtCard },
        { path: '*', Component: ViewerAtCard },
      ],
      { initialEntries: [storyPath(story.slug)] },
    ),
  );
  return (
    // The studio's router is around this one; the viewer's is its own: react-router
    // refuses a router inside another, and would nest its routes under the outer
    // match, unless the outer location and route are hidden from it.
    <UNSAFE_LocationContext.Provider value={null as never}>
      <UNSAFE_RouteContext.Provider value={NO_ROUTE}>
        <QueryClientProvider client={client}>
          <RouterProvider router={router} />
        </QueryClientProvider>
      </UNSAFE_RouteContext.Provider>
    </UNSAFE_LocationContext.Provider>
  );
}

function ViewerAtCard() {
  const { slug = '', card } = useParams();
  const navigate = useNavigate();
  return (
    <StoryViewer
      slug={slug}
      cardParam={card}
      depth={0}
      // Closing starts the story again: the frame has nothing behind the viewer.
      onClose={() => void navigate(storyPath(slug))}
    />
  );
}
