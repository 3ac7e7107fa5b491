import { createBrowserRouter, createMemoryRouter, type RouteObject } from 'react-router';
import { NotFoundRoute } from './routes/not-found-route.tsx';
import { RootLayout } from './routes/root-layout.tsx';
import { RouteError } from './routes/route-error.tsx';
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
      { path: '*', Component: NotFoundRoute },
    ],
  },
];

export const createAppRouter = () => createBrowserRouter(appRoutes);
export const createTestRouter = (initialEntries: string[]) =>
  createMemoryRouter(appRoutes, { initialEntries });
