/**
 * What In Movement's curators work with: curated signals, the moderation queue and
 * the public log, and their writes. Every write waits for the server (no optimistic
 * change): the pages show the server's answer, then refresh what it changed.
 */
import {
  infiniteQueryOptions,
  mutationOptions,
  type QueryClient,
  queryOptions,
} from '@tanstack/react-query';

import type { RouteBody } from '#contract/routes.ts';
import { inMovementRoutes } from '#contract/routes-in-movement.ts';
import type { Account } from '#contract/schemas.ts';
import { apiClient } from '#src/lib/api-client.ts';

import { queryKeys } from './query-keys.ts';

// In Movement's own routes: loaded with its pages, not in the first load.
const { apiGet, apiPost } = apiClient(inMovementRoutes);

/** Roles that may curate and moderate (the server's CURATORS). */
export function canCurate(account: Account | null | undefined): boolean {
  return account?.role === 'curator' || account?.role === 'admin';
}

/** Debates a signal can feed: one page of the largest size the API gives. */
export function imDebatesOptions() {
  return queryOptions({
    queryKey: queryKeys.imModeration.debates(),
    queryFn: ({ signal }) => apiGet('listDebates', { query: { limit: 100 }, signal }),
    staleTime: 60_000,
  });
}

export function curatedListOptions(filters: { theme?: string | undefined } = {}) {
  return infiniteQueryOptions({
    queryKey: queryKeys.imModeration.curatedList(filters),
    queryFn: ({ pageParam, signal }) =>
      apiGet('listCurated', {
        query: { theme: filters.theme, cursor: pageParam ?? undefined },
        signal,
      }),
    initialPageParam: null as string | null,
    getNextPageParam: (lastPage) => lastPage.nextCursor,
  });
}

export function moderationQueueOptions() {
  return infiniteQueryOptions({
    queryKey: queryKeys.imModeration.queue(),
    queryFn: ({ pageParam, signal }) =>
      apiGet('getModerationQueue', { query: { cursor: pageParam ?? undefined }, signal }),
    initialPageParam: null as string | null,
    getNextPageParam: (lastPage) => lastPage.nextCursor,
    // Reports keep coming: a curator coming back to the tab sees the queue as it is.
    staleTime: 0,
  });
}

export function moderationLogOptions() {
  return infiniteQueryOptions({
    queryKey: queryKeys.imModeration.log(),
    queryFn: ({ pageParam, signal }) =>
      apiGet('getModerationLog', { query: { cursor: pageParam ?? undefined }, signal }),
    initialPageParam: null as string | null,
    getNextPageParam: (lastPage) => lastPage.nextCursor,
  });
}

/** After any curator write: the lists it may have changed, and the log it wrote to. */
function refreshAfterWrite(queryClient: QueryClient) {
  return Promise.all([
    queryClient.invalidateQueries({ queryKey: queryKeys.imModeration.curatedLists() }),
    queryClient.invalidateQueries({ queryKey: queryKeys.imModeration.queue() }),
    queryClient.invalidateQueries({ queryKey: queryKeys.imModeration.log() }),
  ]);
}

export function publishCuratedOptions(queryClient: QueryClient) {
  return mutationOptions({
    mutationKey: [...queryKeys.imModeration.all, 'publish'],
    mutationFn: (input: RouteBody<'createCurated'>) => apiPost('createCurated', input),
    onSuccess: () => refreshAfterWrite(queryClient),
  });
}

export function curateCuratedOptions(queryClient: QueryClient) {
  return mutationOptions({
    mutationKey: [...queryKeys.imModeration.all, 'curate'],
    mutationFn: ({ id, change }: { id: string; change: RouteBody<'curateCurated'> }) =>
      apiPost('curateCurated', change, { params: { id } }),
    onSuccess: () => refreshAfterWrite(queryClient),
  });
}

export function moderateOptions(queryClient: QueryClient) {
  return mutationOptions({
    mutationKey: [...queryKeys.imModeration.all, 'moderate'],
    mutationFn: ({ id, decision }: { id: string; decision: RouteBody<'moderateContribution'> }) =>
      apiPost('moderateContribution', decision, { params: { id } }),
    onSuccess: () => refreshAfterWrite(queryClient),
  });
}
