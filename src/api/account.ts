/**
 * The signed-in person: who they are (`me`), and what they may do with their own
 * account. `me` is null when no one is signed in, so a header can ask without failing.
 */
import { mutationOptions, type QueryClient, queryOptions } from '@tanstack/react-query';

import { accountRoutes } from '#contract/routes-account.ts';
import type { Account, ProfileInput, SignInInput } from '#contract/schemas.ts';
import { apiClient, ApiError } from '#src/lib/api-client.ts';

import { queryKeys } from './query-keys.ts';

// The account's own routes: loaded with the pages that use them, not in the first load.
const { apiGet, apiPost, apiSend } = apiClient(accountRoutes);

/** The signed-in account, or null when signed out (the API's 401). */
export function meQueryOptions() {
  return queryOptions({
    queryKey: queryKeys.account.me(),
    queryFn: async ({ signal }): Promise<Account | null> => {
      try {
        return await apiGet('getMe', { signal });
      } catch (error) {
        if (error instanceof ApiError && error.status === 401) return null;
        throw error;
      }
    },
    // Who is signed in changes only through this app's own sign-in, sign-out and saves,
    // which set or invalidate it; another tab's sign-out shows on the next write's 401.
    staleTime: 60_000,
  });
}

/**
 * After sign-in, sign-out, a profile save or a deletion: the answer is who is signed
 * in now, so it replaces `me` in the cache (no second request to learn it again).
 */
export function setMe(queryClient: QueryClient, account: Account | null): void {
  queryClient.setQueryData(queryKeys.account.me(), account);
}

export function requestSignInLinkOptions() {
  return mutationOptions({
    mutationKey: [...queryKeys.account.all, 'sign-in'],
    mutationFn: (input: SignInInput) => apiPost('signIn', input),
  });
}

export function verifySignInOptions(queryClient: QueryClient) {
  return mutationOptions({
    mutationKey: [...queryKeys.account.all, 'verify'],
    mutationFn: (token: string) => apiPost('verifySignIn', { token }),
    onSuccess: (account) => setMe(queryClient, account),
  });
}

export function signOutOptions(queryClient: QueryClient) {
  return mutationOptions({
    mutationKey: [...queryKeys.account.all, 'sign-out'],
    mutationFn: () => apiSend('signOut'),
    onSuccess: () => setMe(queryClient, null),
  });
}

export function updateProfileOptions(queryClient: QueryClient) {
  return mutationOptions({
    mutationKey: [...queryKeys.account.all, 'profile'],
    mutationFn: (input: ProfileInput) => apiSend('updateProfile', input),
    onSuccess: (account) => setMe(queryClient, account),
  });
}

export function deleteAccountOptions(queryClient: QueryClient) {
  return mutationOptions({
    mutationKey: [...queryKeys.account.all, 'delete'],
    mutationFn: () => apiSend('deleteAccount'),
    onSuccess: () => setMe(queryClient, null),
  });
}

/** Everything stored about the person; fetched on demand, never cached. */
export function exportAccount() {
  return apiGet('exportAccount');
}
