import { queryOptions } from '@tanstack/react-query';

import type { Locale } from '#contract/schemas.ts';
import { apiGet } from '#src/lib/api-client.ts';

import { queryKeys } from './query-keys.ts';

interface SearchParams {
  /** Already trimmed, non-empty and within SEARCH_QUERY_MAX: the caller decides what is sent. */
  q: string;
  locale: Locale;
  limit: number;
}

export function searchOptions(params: SearchParams) {
  return queryOptions({
    queryKey: queryKeys.search.results(params),
    queryFn: ({ signal }) => apiGet('search', { query: params, signal }),
    // Content changes rarely; a visitor retyping a word should not wait twice.
    staleTime: 5 * 60_000,
  });
}
