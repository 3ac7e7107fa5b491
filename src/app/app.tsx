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
}: {
  queryClient: QueryClient;
  router: ReturnType<typeof createAppRouter>;
  locale?: Locale;
}) {
  return (
    <AppProviders queryClient={queryClient} locale={locale}>
      <RouterProvider router={router} />
      <Notice />
    </AppProviders>
  );
}
