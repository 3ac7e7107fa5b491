import { mutationOptions, queryOptions } from '@tanstack/react-query';

import type { PathInput } from '#contract/path-schemas.ts';
import { apiGet, apiPost } from '#src/lib/api-client.ts';

import { queryKeys } from './query-keys.ts';

export function sharedPathOptions(id: string) {
  return queryOptions({
    queryKey: queryKeys.paths.detail(id),
    queryFn: ({ signal }) => apiGet('getPath', { params: { id }, signal }),
  });
}

export function sharePathOptions() {
  return mutationOptions({
    mutationKey: queryKeys.paths.all,
    mutationFn: (input: PathInput) => apiPost('createPath', input),
  });
}
