import { onlineManager, QueryClient } from '@tanstack/react-query';

import { ApiError } from './api-client.ts';

export function createQueryClient(): QueryClient {
  // TanStack Query assumes it starts online and learns otherwise from events; a page
  // (re)loaded offline sends none. Start from what the browser knows, so that coming
  // back online refetches what failed meanwhile.
  if (typeof window !== 'undefined') onlineManager.setOnline(navigator.onLine);
  return new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: 5 * 60_000,
        gcTime: 30 * 60_000,
        // Retry only what may succeed next time: not a 404 nor a broken payload, nor
        // anything while offline (the error state says so, and offers a retry). Nor a
        // request that got no answer in 15 s: two more would keep the spinner for 45.
        retry: (failureCount, error) =>
          failureCount < 2 &&
          (!(error instanceof ApiError) || (error.isTransient && !error.isTimeout)) &&
          navigator.onLine,
        refetchOnWindowFocus: false,
        // Offline, still ask: the service worker answers from its cache what the
        // visitor read before (the default would pause every query until online).
        networkMode: 'offlineFirst',
      },
      // Offline, a write fails at once with a network error the UI explains, rather
      // than waiting, paused, behind a spinner.
      mutations: { networkMode: 'always' },
    },
  });
}
