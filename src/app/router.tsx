import { createBrowserRouter, createMemoryRouter, type RouteObject } from 'react-router';
import { NotFoundRoute } from './routes/not-found-route.tsx';
import { PageFallback } from './routes/page-fallback.tsx';
import { PathRoute, SharedPathRoute } from './routes/path-routes.tsx';
import { RootLayout } from './routes/root-layout.tsx';
import { RouteError } from './routes/route-error.tsx';
import { SearchRoute } from './routes/search-route.tsx';
import { SpringboardRoute } from './routes/springboard-route.tsx';

export const appRoutes: RouteObject[] = [
  {
    path: '/',
    Component: RootLayout,
    ErrorBoundary: RouteError,
    children: [
      {
        Component: SpringboardRoute,
        children: [
          { index: true, Component: null },
          // The viewer is drawn above the springboard by SpringboardRoute.
          { path: 'stories/:slug/:card?', Component: null },
        ],
      },
      { path: 'search', Component: SearchRoute },
      { path: 'parcours', Component: PathRoute },
      { path: 'parcours/:id', Component: SharedPathRoute },
      // Their own chunks (route `lazy`): the springboard's first load does not pay for them.
      {
        path: 'people/:slug',
        HydrateFallback: PageFallback,
        lazy: async () => ({ Component: (await import('./routes/person-route.tsx')).PersonRoute }),
      },
      {
        path: 'themes/:slug',
        HydrateFallback: PageFallback,
        lazy: async () => ({ Component: (await import('./routes/theme-route.tsx')).ThemeRoute }),
      },
      { path: '*', Component: NotFoundRoute },
    ],
  },
];

export const createAppRouter = () => createBrowserRouter(appRoutes);
export const createTestRouter = (initialEntries: string[]) =>
  createMemoryRouter(appRoutes, { initialEntries });
