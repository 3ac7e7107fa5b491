/**
 * The studio's API calls (contract/routes-studio.ts): query option factories for
 * reads, plain functions for writes (the editor's draft hook sequences them, since a
 * save's version decides what the next write sends). Bound to the studio's own route
 * table, so its schemas load with the studio, never with the visitors' pages.
 */
import { type QueryClient, queryOptions } from '@tanstack/react-query';

import { studioRoutes } from '#contract/routes-studio.ts';
import type {
  StoryDocument,
  StudioCreateInput,
  StudioListQuery,
  StudioStory,
} from '#contract/studio.ts';
import { apiClient } from '#src/lib/api-client.ts';

import { studioKeys } from './studio-keys.ts';

const { apiGet, apiPost } = apiClient(studioRoutes);

export function studioListOptions(filters: StudioListQuery) {
  return queryOptions({
    queryKey: studioKeys.list(filters),
    queryFn: ({ signal }) => apiGet('listStudioStories', { query: filters, signal }),
    staleTime: 10_000,
  });
}

export function studioStoryOptions(slug: string) {
  return queryOptions({
    queryKey: studioKeys.story(slug),
    queryFn: ({ signal }) => apiGet('getStudioStory', { params: { slug }, signal }),
    // The editor owns the draft once opened: a refetch must not replace what is typed.
    staleTime: Infinity,
    refetchOnWindowFocus: false,
  });
}

export function studioRevisionsOptions(slug: string) {
  return queryOptions({
    queryKey: studioKeys.revisions(slug),
    queryFn: ({ signal }) => apiGet('listStudioRevisions', { params: { slug }, signal }),
  });
}

/** Everyone a story may name; the list changes rarely, so it is kept a while. */
export function studioPeopleOptions() {
  return queryOptions({
    queryKey: studioKeys.people(),
    queryFn: ({ signal }) => apiGet('listStudioPeople', { signal }),
    staleTime: 5 * 60_000,
  });
}

/** A fresh read of a story, bypassing the cache (what the server holds now, after a 409). */
export function fetchStudioStory(slug: string): Promise<StudioStory> {
  return apiGet('getStudioStory', { params: { slug } });
}

export function createStudioStory(input: StudioCreateInput): Promise<StudioStory> {
  return apiPost('createStudioStory', input);
}

export function saveStudioStory(
  slug: string,
  version: number,
  draft: StoryDocument,
): Promise<StudioStory> {
  return apiPost('saveStudioStory', { version, draft }, { params: { slug } });
}

export function publishStudioStory(slug: string, version: number): Promise<StudioStory> {
  return apiPost('publishStudioStory', { version }, { params: { slug } });
}

export function scheduleStudioStory(
  slug: string,
  version: number,
  at: string,
): Promise<StudioStory> {
  return apiPost('scheduleStudioStory', { version, at }, { params: { slug } });
}

export function unpublishStudioStory(slug: string, version: number): Promise<StudioStory> {
  return apiPost('unpublishStudioStory', { version }, { params: { slug } });
}

export function restoreStudioRevision(
  slug: string,
  revision: number,
  version: number,
): Promise<StudioStory> {
  return apiPost('restoreStudioRevision', { version }, { params: { slug, revision } });
}

/** After any write: the story's cache holds the answer, lists and history refetch. */
export function storeStudioStory(queryClient: QueryClient, story: StudioStory): void {
  queryClient.setQueryData(studioKeys.story(story.slug), story);
  void queryClient.invalidateQueries({ queryKey: studioKeys.lists() });
  void queryClient.invalidateQueries({ queryKey: studioKeys.revisions(story.slug) });
}
