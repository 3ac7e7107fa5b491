import { queryOptions } from '@tanstack/react-query';

import { apiGet, carriedAnswer } from '#src/lib/api-client.ts';

import { queryKeys } from './query-keys.ts';

export function themeListOptions() {
  return queryOptions({
    queryKey: queryKeys.themes.list(),
    queryFn: ({ signal }) => apiGet('listThemes', { signal }),
    staleTime: 30 * 60_000,
    initialData: () => carriedAnswer('listThemes'),
  });
}
