/**
 * The queries a server-rendered page draws its first screen from, put in the cache
 * from the answers the page carries (contract/boot.ts) before anything renders: by
 * the server for its render (src/entry-server.tsx), and by the browser before it
 * hydrates that render (src/main.tsx), so both start from the same cache and draw
 * the same markup. The springboard and a story have no route loader (see
 * route-loaders.ts); this is their "loader" for the first screen only, and it never
 * fetches: the carried answers are all it uses, through each query's own
 * `initialData`.
 */
import type { QueryClient } from '@tanstack/react-query';

import { PAGE_PATTERNS, STORY_PAGE } from '#contract/pages.ts';
import { storyListOptions, storyOptions } from '#src/api/stories.ts';
import { themeListOptions } from '#src/api/themes.ts';

/** Which first screens the server renders (the others stay the browser's). */
export function isServerRenderedPage(url: URL): boolean {
  return (
    url.pathname === PAGE_PATTERNS.home ||
    url.pathname === PAGE_PATTERNS.path ||
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
 * Builds the page's first queries from the carried answers; true when every one of
 * them had its answer (else the page is not server-rendered: the shell serves it).
 */
export function seedFirstQueries(queryClient: QueryClient, url: URL): boolean {
  if (!isServerRenderedPage(url)) return false;
  const theme =
    url.pathname === PAGE_PATTERNS.home ? (url.searchParams.get('theme') ?? undefined) : undefined;
  const slug = storySlug(url);
  // Each builds its query in this very call, from the carried answer (`initialData`);
  // a fresh one is not fetched.
  const themes = themeListOptions();
  const list = storyListOptions({ theme });
  void queryClient.prefetchQuery(themes);
  void queryClient.prefetchInfiniteQuery(list);
  const keys: readonly (readonly unknown[])[] = [themes.queryKey, list.queryKey];
  if (slug === null) return keys.every((key) => queryClient.getQueryData(key) !== undefined);
  const story = storyOptions(slug);
  void queryClient.prefetchQuery(story);
  return [...keys, story.queryKey].every((key) => queryClient.getQueryData(key) !== undefined);
}
