/**
 * In Movement's route loaders, in a chunk of their own: they read In Movement's API
 * (src/api/in-movement.ts, its schemas and routes), which the first load does not
 * carry (decision 026). route-loaders.ts imports this module when such a page is
 * asked for, beside the page's code.
 */
import type { QueryClient } from '@tanstack/react-query';
import type { LoaderFunctionArgs } from 'react-router';

import { slugSchema } from '#contract/schemas.ts';
import { contributionListOptions, debateOptions } from '#src/api/in-movement.ts';
import { notFound } from '#src/lib/route-errors.ts';

/** A debate: awaited (it may not exist); its contributions start beside it. */
export async function loadDebate(
  queryClient: QueryClient,
  { params, request }: LoaderFunctionArgs,
): Promise<null> {
  const slug = params.slug ?? '';
  if (!slugSchema.safeParse(slug).success) notFound();
  const sort = new URL(request.url).searchParams.get('sort') === 'replies' ? 'replies' : 'recent';
  void queryClient.prefetchInfiniteQuery(contributionListOptions(slug, sort));
  await queryClient.ensureQueryData(debateOptions(slug));
  return null;
}
