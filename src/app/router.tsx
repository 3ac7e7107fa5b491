import type { QueryClient } from '@tanstack/react-query';
import { createBrowserRouter, createMemoryRouter, type RouteObject } from 'react-router';

import { PAGE_PATTERNS } from '#contract/pages.ts';
import { loadMessages } from '#src/lib/message-areas.ts';

import { createLoaders, sameParamsKeepData } from './route-loaders.ts';
import { NotFoundRoute } from './routes/not-found-route.tsx';
import { PageFallback } from './routes/page-fallback.tsx';
import { RootLayout } from './routes/root-layout.tsx';
import { dataErrorBoundary } from './routes/route-data-error.tsx';
import { RouteError } from './routes/route-error.tsx';
import { SpringboardRoute } from './routes/springboard-route.tsx';

/**
 * In Movement's and the account's route code (src/app/area-routes.ts): one small
 * chunk between these routes and their pages, so the first load does not carry the
 * list of files each of their pages preloads.
 */
const accountCode = async () => (await import('./area-routes.ts')).accountRoutes;
const inMovementCode = async () => (await import('./area-routes.ts')).inMovementRoutes;
const studioCode = async () => (await import('./area-routes.ts')).studioPages;

/**
 * Every page: its pattern (contract/pages.ts), its loader (what it needs, in the query
 * cache; src/app/route-loaders.ts says which pages have none, and why) and its error
 * element. Pages other than the springboard are their own chunks
 * (route `lazy`): the first load does not pay for their code or styles. Their loaders
 * stay here, so data and code are fetched side by side, not one after the other.
 * In Movement and the account pages also bring their strings: their `lazy` awaits the
 * area's catalogue before anything of the area renders (decision 026); their `lazy`
 * code is one small chunk away (area-routes.ts).
 */
export function appRoutes(queryClient: QueryClient): RouteObject[] {
  const loaders = createLoaders(queryClient);
  return [
    {
      path: PAGE_PATTERNS.home,
      Component: RootLayout,
      ErrorBoundary: RouteError,
      children: [
        {
          Component: SpringboardRoute,
          children: [
            { index: true, Component: null },
            // The viewer is drawn above the springboard by SpringboardRoute.
            { path: PAGE_PATTERNS.story, Component: null },
          ],
        },
        {
          path: PAGE_PATTERNS.search,
          HydrateFallback: PageFallback,
          // Its strings come with it (decision 041), as an area's do (decision 026).
          lazy: async () => {
            const [page] = await Promise.all([
              import('#src/features/search/search-page.tsx'),
              loadMessages('pages'),
            ]);
            return { Component: page.SearchPage };
          },
        },
        {
          path: PAGE_PATTERNS.path,
          loader: loaders.path,
          HydrateFallback: PageFallback,
          lazy: async () => ({
            Component: (await import('#src/features/path/path-page.tsx')).PathPage,
          }),
        },
        {
          path: PAGE_PATTERNS.sharedPath,
          loader: loaders.sharedPath,
          shouldRevalidate: sameParamsKeepData,
          HydrateFallback: PageFallback,
          ErrorBoundary: dataErrorBoundary({
            title: 'shared.notFoundTitle',
            text: 'shared.notFound',
          }),
          lazy: async () => {
            const [page] = await Promise.all([
              import('#src/features/path/shared-path-page.tsx'),
              loadMessages('pages'),
            ]);
            return { Component: page.SharedPathPage };
          },
        },
        {
          path: PAGE_PATTERNS.person,
          loader: loaders.person,
          shouldRevalidate: sameParamsKeepData,
          HydrateFallback: PageFallback,
          ErrorBoundary: dataErrorBoundary({
            title: 'person.notFoundTitle',
            text: 'person.notFound',
          }),
          lazy: async () => ({
            Component: (await import('./routes/person-route.tsx')).PersonRoute,
          }),
        },
        {
          path: PAGE_PATTERNS.theme,
          loader: loaders.theme,
          shouldRevalidate: sameParamsKeepData,
          HydrateFallback: PageFallback,
          ErrorBoundary: dataErrorBoundary({
            title: 'theme.notFoundTitle',
            text: 'theme.notFound',
          }),
          lazy: async () => ({ Component: (await import('./routes/theme-route.tsx')).ThemeRoute }),
        },
        { path: '*', Component: NotFoundRoute },
      ],
    },
    {
      // Sign-in and the account serve Parcours and In Movement alike: a layout of
      // their own, without either one's header (src/features/account, decision 024).
      ErrorBoundary: RouteError,
      HydrateFallback: PageFallback,
      lazy: async () => (await accountCode()).shell(),
      children: [
        { path: PAGE_PATTERNS.signIn, lazy: async () => (await accountCode()).signIn() },
        {
          path: PAGE_PATTERNS.verifySignIn,
          lazy: async () => (await accountCode()).verifySignIn(),
        },
        { path: PAGE_PATTERNS.account, lazy: async () => (await accountCode()).account() },
      ],
    },
    {
      // The shell's own error element comes with the shell: when the shell or the
      // strings fail to arrive (a lost connection), this one says so.
      ErrorBoundary: RouteError,
      children: [inMovementRoutes(loaders)],
    },
    {
      ErrorBoundary: RouteError,
      children: [studioRoutes()],
    },
  ];
}

/**
 * The studio (decision 035): editors' pages, their own chunks (code, styles, strings,
 * the studio's route table), which visitors never load. The patterns are written here
 * rather than in contract/pages.ts, which the first load and the server's page boot
 * read: no visitor's page is ever drawn for them.
 */
function studioRoutes(): RouteObject {
  return {
    path: '/studio',
    HydrateFallback: PageFallback,
    lazy: async () => (await studioCode()).shell(),
    children: [
      { index: true, lazy: async () => (await studioCode()).list() },
      { path: ':slug', lazy: async () => (await studioCode()).editor() },
      { path: ':slug/preview', lazy: async () => (await studioCode()).preview() },
    ],
  };
}

/**
 * In Movement is its own platform (decision 023): its own shell, not the stories'
 * RootLayout, and its own chunks (code, styles and strings), which story visitors
 * never load.
 */
function inMovementRoutes(loaders: ReturnType<typeof createLoaders>): RouteObject {
  return {
    path: PAGE_PATTERNS.inMovement,
    HydrateFallback: PageFallback,
    lazy: async () => (await inMovementCode()).shell(),
    children: [
      { index: true, lazy: async () => (await inMovementCode()).springboard() },
      {
        path: PAGE_PATTERNS.debate,
        loader: loaders.debate,
        shouldRevalidate: sameParamsKeepData,
        HydrateFallback: PageFallback,
        lazy: async () => (await inMovementCode()).debate(),
      },
      // The curators' pages and the public log, under the same shell.
      { path: PAGE_PATTERNS.curated, lazy: async () => (await inMovementCode()).curated() },
      { path: PAGE_PATTERNS.moderation, lazy: async () => (await inMovementCode()).moderation() },
      {
        path: PAGE_PATTERNS.moderationLog,
        lazy: async () => (await inMovementCode()).moderationLog(),
      },
      { path: '*', lazy: async () => (await inMovementCode()).notFound() },
    ],
  };
}

export const createAppRouter = (queryClient: QueryClient) =>
  createBrowserRouter(appRoutes(queryClient));
export const createTestRouter = (queryClient: QueryClient, initialEntries: string[]) =>
  createMemoryRouter(appRoutes(queryClient), { initialEntries });
