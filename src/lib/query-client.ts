import { QueryClient } from '@tanstack/react-query';
import { ApiError } from './api-client.ts';

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: 5 * 60_000,
        gcTime: 30 * 60_000,
        // Retry only what may succeed next time: not a 404 nor a broken payload.
        retry: (failureCount, error) =>
          failureCount < 2 && (!(error instanceof ApiError) || error.isTransient),
        refetchOnWindowFocus: false,
      },
    },
  });
}
