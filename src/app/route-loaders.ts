/**
 * What each screen needs before it draws, declared once per route. Loaders do not
 * hold data of their own: they fill TanStack Query's cache with the very query
 * options the components read (src/api/), so a component's `useSuspenseQuery` finds
 * its answer there, a carried first answer (decision 008) is used as it is, and a
 * cached answer is never thrown away offline (`ensureQueryData` only fetches what the
 * cache lacks).
 *
 * Pages whose address names something that may not exist (a person, a theme, a
 * shared path) await it: the page is drawn only with its data, and a failure (404 or
 * otherwise) reaches the route's error element. The visitor's path only starts what
 * its map needs, which it draws with its own state.
 *
 * The springboard, a story over it and search have no loader on purpose: a route with
 * one makes every navigation to it wait at least a turn. The springboard's first
 * render must draw the grid from the answers the page carried (decision 008), the
 * viewer must mount in the same turn as the tap for its shared-element transition
 * (decision 002), and search changes its address on every committed word while
 * keeping the previous answer on screen. They read their queries themselves.
 */
import type { QueryClient } from '@tanstack/react-query';
import type { LoaderFunctionArgs, ShouldRevalidateFunctionArgs } from 'react-router';

import { pathIdSchema } from '#contract/schemas.ts';
import { sharedPathOptions } from '#src/api/paths.ts';
import { personOptions } from '#src/api/people.ts';
import { storyListOptions } from '#src/api/stories.ts';
import { themeListOptions } from '#src/api/themes.ts';
import { notFound } from '#src/lib/route-errors.ts';

export function createLoaders(queryClient: QueryClient) {
  /** Themes and stories, which the path pages' maps draw. */
  const prefetchMap = () => {
    void queryClient.prefetchQuery(themeListOptions());
    void queryClient.prefetchInfiniteQuery(storyListOptions());
  };

  return {
    path: () => {
      prefetchMap();
      return null;
    },
    person: async ({ params }: LoaderFunctionArgs) => {
      await queryClient.ensureQueryData(personOptions(params.slug ?? ''));
      return null;
    },
    theme: async ({ params }: LoaderFunctionArgs) => {
      const themes = await queryClient.ensureQueryData(themeListOptions());
      if (!themes.items.some((item) => item.slug === params.slug)) notFound();
      void queryClient.prefetchInfiniteQuery(storyListOptions({ theme: params.slug }));
      return null;
    },
    /**
     * A debate: its loader comes with its page's chunk (In Movement's API is not in the
     * first load), which its route's `lazy` asks for at the same time.
     */
    debate: async (args: LoaderFunctionArgs) =>
      (await import('./area-routes.ts')).inMovementRoutes.loadDebate(queryClient, args),
    sharedPath: async ({ params }: LoaderFunctionArgs) => {
      const id = params.id ?? '';
      // Not an id the API could have made: no request can find it.
      if (!pathIdSchema.safeParse(id).success) notFound();
      prefetchMap();
      await queryClient.ensureQueryData(sharedPathOptions(id));
      return null;
    },
  };
}

/**
 * A page named by its path params (a person, a theme, a shared path) needs its loader
 * again only for another name: a shared path's `?step=` walks the same path, and
 * must answer in the same turn.
 */
export function sameParamsKeepData({
  currentUrl,
  nextUrl,
  currentParams,
  nextParams,
  defaultShouldRevalidate,
}: ShouldRevalidateFunctionArgs): boolean {
  // Same address: a revalidation (the error element's retry), not a navigation.
  if (currentUrl.href === nextUrl.href) return defaultShouldRevalidate;
  const changed = Object.keys({ ...currentParams, ...nextParams }).some(
    (key) => currentParams[key] !== nextParams[key],
  );
  return changed && defaultShouldRevalidate;
}
