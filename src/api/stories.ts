import { infiniteQueryOptions, type QueryClient, queryOptions } from '@tanstack/react-query';

import type { StorySummary } from '#contract/schemas.ts';
import { apiGet, carriedAnswer } from '#src/lib/api-client.ts';

import { queryKeys } from './query-keys.ts';

export function storyListOptions(filters: { theme?: string | undefined } = {}) {
  return infiniteQueryOptions({
    queryKey: queryKeys.stories.list(filters),
    queryFn: ({ pageParam, signal }) =>
      apiGet('listStories', {
        query: { theme: filters.theme, cursor: pageParam ?? undefined },
        signal,
      }),
    initialPageParam: null as string | null,
    getNextPageParam: (lastPage) => lastPage.nextCursor,
    // The first page the HTML carried (decision 008): the first render shows the grid.
    initialData: () => {
      const page = carriedAnswer('listStories', { query: { theme: filters.theme } });
      return page ? { pages: [page], pageParams: [null] } : undefined;
    },
  });
}

export function storyOptions(slug: string) {
  return queryOptions({
    queryKey: queryKeys.stories.detail(slug),
    queryFn: ({ signal }) => apiGet('getStory', { params: { slug }, signal }),
    initialData: () => carriedAnswer('getStory', { params: { slug } }),
  });
}

/** Every story summary the cache already holds, from any list or detail. */
export function cachedSummaries(queryClient: QueryClient): StorySummary[] {
  const bySlug = new Map<string, StorySummary>();
  for (const [, data] of queryClient.getQueriesData<{ pages: { items: StorySummary[] }[] }>({
    queryKey: queryKeys.stories.lists(),
  })) {
    for (const page of data?.pages ?? []) for (const s of page.items) bySlug.set(s.slug, s);
  }
  return [...bySlug.values()];
}

export function cachedSummary(queryClient: QueryClient, slug: string): StorySummary | undefined {
  return cachedSummaries(queryClient).find((s) => s.slug === slug);
}
