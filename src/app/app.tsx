import type { QueryClient } from '@tanstack/react-query';
import { RouterProvider } from 'react-router';

import type { Locale } from '#contract/schemas.ts';
import { Notice } from '#src/components/ui/notice.tsx';

import { AppProviders } from './providers.tsx';
import type { createAppRouter } from './router.tsx';

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
  return (
    <AppProviders queryClient={queryClient} locale={locale} serverRendered={serverRendered}>
      <RouterProvider router={router} />
      <Notice />
    </AppProviders>
  );
}
