import { type Query, type QueryClient } from '@tanstack/react-query';

import { queryKeys } from './query-keys.ts';

/**
 * How many closed stories' details stay in memory. A detail is the heaviest answer a
 * visit keeps (every card's texts in both languages, media sources); with the
 * cache's 30-minute gcTime, fifty stories opened and closed kept fifty of them. The
 * last few read are what a visitor comes back to (the story just closed, the one
 * before); an older one comes back from the service worker's cache (its API answers
 * are stale-while-revalidate), in a few milliseconds, under the viewer's summary
 * cover, before its spinner shows (src/features/story-viewer/story-viewer.tsx).
 */
export const KEPT_STORY_DETAILS = 6;

const DETAILS = queryKeys.stories.details();

function isStoryDetail(query: Query): boolean {
  const key = query.queryKey;
  return DETAILS.every((part, i) => key[i] === part);
}

/**
 * Keeps at most `keep` story details that no screen shows, dropping the least
 * recently used first: a story counts as used when it is fetched (a tile's hover
 * prefetch included), shown, or closed. A detail on screen, or being fetched, is never
 * dropped; nothing else in the cache is touched. Returns the unsubscribe function.
 */
export function keepRecentStoryDetails(
  queryClient: QueryClient,
  keep = KEPT_STORY_DETAILS,
): () => void {
  const cache = queryClient.getQueryCache();
  // Query hashes, least recently used first (a Map keeps insertion order).
  const recent = new Map<string, Query>();
  let trimming = false;

  const touch = (query: Query) => {
    recent.delete(query.queryHash);
    recent.set(query.queryHash, query);
  };

  const trim = () => {
    trimming = false;
    let idle = 0;
    for (const query of recent.values()) if (isIdle(query)) idle += 1;
    for (const query of [...recent.values()]) {
      if (idle <= keep) break;
      if (!isIdle(query)) continue;
      recent.delete(query.queryHash);
      cache.remove(query);
      idle -= 1;
    }
  };

  const isIdle = (query: Query) =>
    query.getObserversCount() === 0 && query.state.fetchStatus === 'idle';

  return cache.subscribe((event) => {
    const { query } = event;
    if (!isStoryDetail(query)) return;
    switch (event.type) {
      case 'removed':
        recent.delete(query.queryHash);
        return;
      case 'added':
      case 'observerAdded':
      case 'observerRemoved':
        touch(query);
        break;
      case 'updated':
        // A fetch that ends makes its query idle: a prefetch can push an older one out.
        if (event.action.type !== 'success' && event.action.type !== 'error') return;
        break;
      default:
        return;
    }
    // After the cache's own notification round: removing a query from inside it
    // would notify its listeners in the middle of another change.
    if (!trimming) {
      trimming = true;
      queueMicrotask(trim);
    }
  });
}
