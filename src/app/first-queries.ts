/**
 * The queries a server-rendered page draws its first screen from, put in the cache
 * from the answers the page carries (contract/boot.ts) before anything renders: by
 * the server for its render (src/entry-server.tsx), and by the browser before it
 * hydrates that render (src/main.tsx), so both start from the same cache and draw
 * the same markup. The springboards and a story have no route loader (see
 * route-loaders.ts); this is their "loader" for the first screen only, and it never
 * fetches: the carried answers are all it uses, through each query's own
 * `initialData`.
 */
import type { QueryClient, QueryKey } from '@tanstack/react-query';

import { PAGE_PATTERNS, STORY_PAGE } from '#contract/pages.ts';
import { storyListOptions, storyOptions } from '#src/api/stories.ts';
import { themeListOptions } from '#src/api/themes.ts';

/** Which first screens the server renders (the others stay the browser's). */
function isServerRenderedPage(url: URL): boolean {
  return (
    url.pathname === PAGE_PATTERNS.home ||
    url.pathname === PAGE_PATTERNS.path ||
    url.pathname === PAGE_PATTERNS.inMovement ||
    storySlug(url) !== null
  );
}

function storySlug(url: URL): string | null {
  const match = STORY_PAGE.exec(url.pathname);
  if (!match) return null;
  try {
    return decodeURIComponent(match[1] ?? '');
  } catch {
    return null;
  }
}

/**
 * Builds the page's first queries from the carried answers (synchronously: on the
 * server the answers are lent for one synchronous block); true when every one of
 * them had its answer (else the page is not server-rendered: the shell serves it).
 */
export type FirstQueriesSeed = (queryClient: QueryClient) => boolean;

const allSeeded = (queryClient: QueryClient, keys: readonly QueryKey[]) =>
  keys.every((key) => queryClient.getQueryData(key) !== undefined);

/**
 * The seed of a server-rendered page's first queries, or null for a page the server
 * does not render. Async because In Movement's queries come with its own code (not
 * the first load's): it rejects when that code cannot be fetched.
 */
export async function firstQueries(url: URL): Promise<FirstQueriesSeed | null> {
  if (!isServerRenderedPage(url)) return null;
  if (url.pathname === PAGE_PATTERNS.inMovement) {
    // From the springboard's own module, through the area's route table: the code the
    // page loads anyway (importing In Movement's API module here would make it a chunk
    // of its own and split the first load's chunks further).
    const area = (await import('./area-routes.ts')).inMovementRoutes;
    const springboardQueries = await area.springboardQueries();
    // As its springboard reads it: an empty `?theme=` is every theme.
    const theme = url.searchParams.get('theme') || undefined;
    return (queryClient) => {
      const { themes, list } = springboardQueries(theme);
      void queryClient.prefetchQuery(themes);
      void queryClient.prefetchInfiniteQuery(list);
      return allSeeded(queryClient, [themes.queryKey, list.queryKey]);
    };
  }
  const theme =
    url.pathname === PAGE_PATTERNS.home ? (url.searchParams.get('theme') ?? undefined) : undefined;
  const slug = storySlug(url);
  return (queryClient) => {
    // Each builds its query in this very call, from the carried answer (`initialData`);
    // a fresh one is not fetched.
    const themes = themeListOptions();
    const list = storyListOptions({ theme });
    void queryClient.prefetchQuery(themes);
    void queryClient.prefetchInfiniteQuery(list);
    if (slug === null) return allSeeded(queryClient, [themes.queryKey, list.queryKey]);
    const story = storyOptions(slug);
    void queryClient.prefetchQuery(story);
    return allSeeded(queryClient, [themes.queryKey, list.queryKey, story.queryKey]);
  };
}
