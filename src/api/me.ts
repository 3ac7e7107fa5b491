import { queryOptions } from '@tanstack/react-query';

import type { Account } from '#contract/schemas.ts';
import { ApiError, apiGet } from '#src/lib/api-client.ts';

import { queryKeys } from './query-keys.ts';

/**
 * The signed-in account, or `null` when signed out: a 401 is an answer here (reading
 * needs no account), not an error to show. Other failures stay errors.
 */
export function meOptions() {
  return queryOptions({
    queryKey: queryKeys.me.all,
    queryFn: async ({ signal }): Promise<Account | null> => {
      try {
        return await apiGet('getMe', { signal });
      } catch (error) {
        if (error instanceof ApiError && error.status === 401) return null;
        throw error;
      }
    },
    // Signing in or out elsewhere (another tab) shows when the visitor comes back.
    staleTime: 30_000,
  });
}
