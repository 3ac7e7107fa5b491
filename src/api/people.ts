import { queryOptions } from '@tanstack/react-query';

import { apiGet } from '#src/lib/api-client.ts';

import { queryKeys } from './query-keys.ts';

export function personOptions(slug: string) {
  return queryOptions({
    queryKey: queryKeys.people.detail(slug),
    queryFn: ({ signal }) => apiGet('getPerson', { params: { slug }, signal }),
  });
}
