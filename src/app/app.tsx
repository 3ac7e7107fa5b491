import type { QueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { flushSync } from 'react-dom';
import { RouterProvider } from 'react-router';

import type { Locale } from '#contract/schemas.ts';
import { Notice } from '#src/components/ui/notice.tsx';

import { AppProviders } from './providers.tsx';
import type { createAppRouter } from './router.tsx';

/** Read by public/early-input.js, a plain file that cannot import these. */
export const APP_RUNNING_ATTRIBUTE = 'data-app-running';
export const APP_RUNNING_EVENT = 'parcours:app-running';

/**
 * ReactDOM's flushSync, for navigations drawn in their own task (quiet-link.tsx's
 * `sync`). Given here, not by react-router/dom's provider: under Node (the tests) that
 * entry reaches another copy of react-router than the app's own imports.
 */
const flushRouterUpdate = (update: () => unknown): undefined => void flushSync(update);

export function App({
  queryClient,
  router,
  locale,
  serverRendered,
}: {
  queryClient: QueryClient;
  router: ReturnType<typeof createAppRouter>;
  locale?: Locale;
  /** The page's first screen came from the server, drawn in `locale`. */
  serverRendered?: boolean;
}) {
  // The page is the app's from here (hydrated or drawn here): public/early-input.js
  // stops holding taps and replays the ones it held.
  useEffect(() => {
    document.documentElement.setAttribute(APP_RUNNING_ATTRIBUTE, '');
    document.dispatchEvent(new Event(APP_RUNNING_EVENT));
  }, []);
  return (
    <AppProviders queryClient={queryClient} locale={locale} serverRendered={serverRendered}>
      <RouterProvider router={router} flushSync={flushRouterUpdate} />
      <Notice />
    </AppProviders>
  );
}
