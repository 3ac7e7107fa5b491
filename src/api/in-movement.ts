import {
  infiniteQueryOptions,
  mutationOptions,
  type QueryClient,
  queryOptions,
} from '@tanstack/react-query';

import type { ContributionInput, ReportReason } from '#contract/in-movement.ts';
import { inMovementRoutes } from '#contract/routes-in-movement.ts';
import { apiClient } from '#src/lib/api-client.ts';

import { queryKeys } from './query-keys.ts';

// In Movement's own routes: loaded with its pages, not in the first load.
const { apiGet, apiPost, carriedAnswer } = apiClient(inMovementRoutes);

export type ContributionSort = 'recent' | 'replies';

export function debateThemeListOptions() {
  return queryOptions({
    queryKey: queryKeys.inMovement.themes(),
    queryFn: ({ signal }) => apiGet('listDebateThemes', { signal }),
    staleTime: 30 * 60_000,
    // The springboard's HTML carries them (server/routes/page-boot.ts): its first
    // render, the server's included (src/app/first-queries.ts), has them at once.
    initialData: () => carriedAnswer('listDebateThemes'),
  });
}

export function debateListOptions(filters: { theme?: string | undefined } = {}) {
  return infiniteQueryOptions({
    queryKey: queryKeys.inMovement.debateList(filters),
    queryFn: ({ pageParam, signal }) =>
      apiGet('listDebates', {
        query: { theme: filters.theme, cursor: pageParam ?? undefined },
        signal,
      }),
    initialPageParam: null as string | null,
    getNextPageParam: (lastPage) => lastPage.nextCursor,
    // The first page the springboard's HTML carried, as for the stories' list.
    initialData: () => {
      const page = carriedAnswer('listDebates', { query: { theme: filters.theme } });
      return page ? { pages: [page], pageParams: [null] } : undefined;
    },
  });
}

export function debateOptions(slug: string) {
  return queryOptions({
    queryKey: queryKeys.inMovement.debate(slug),
    queryFn: ({ signal }) => apiGet('getDebate', { params: { slug }, signal }),
  });
}

export function contributionListOptions(slug: string, sort: ContributionSort) {
  return infiniteQueryOptions({
    queryKey: queryKeys.inMovement.contributionList(slug, sort),
    queryFn: ({ pageParam, signal }) =>
      apiGet('listContributions', {
        params: { slug },
        query: { sort, cursor: pageParam ?? undefined },
        signal,
      }),
    initialPageParam: null as string | null,
    getNextPageParam: (lastPage) => lastPage.nextCursor,
  });
}

/**
 * A contribution or a reply. The idempotency key travels in the body: a retry of the
 * same draft (a double tap, a lost answer) creates one contribution on the server.
 */
export function createContributionOptions(slug: string, queryClient: QueryClient) {
  return mutationOptions({
    mutationKey: [...queryKeys.inMovement.contributions(slug), 'create'],
    mutationFn: (input: ContributionInput) =>
      apiPost('createContribution', input, { params: { slug } }),
    onSuccess: () => invalidateDebate(queryClient, slug),
  });
}

export function reportContributionOptions(slug: string, queryClient: QueryClient) {
  return mutationOptions({
    mutationKey: [...queryKeys.inMovement.contributions(slug), 'report'],
    mutationFn: ({ id, reason, note }: { id: string; reason: ReportReason; note: string }) =>
      apiPost('reportContribution', note ? { reason, note } : { reason }, { params: { id } }),
    onSuccess: () => invalidateDebate(queryClient, slug),
  });
}

/** After a write: the debate's counts and balance, its contributions in every sort, the lists. */
export function invalidateDebate(queryClient: QueryClient, slug: string): Promise<unknown> {
  return Promise.all([
    queryClient.invalidateQueries({ queryKey: queryKeys.inMovement.debate(slug) }),
    queryClient.invalidateQueries({ queryKey: queryKeys.inMovement.contributions(slug) }),
    queryClient.invalidateQueries({ queryKey: queryKeys.inMovement.debateLists() }),
  ]);
}
