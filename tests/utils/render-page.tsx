import { QueryClient } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactElement } from 'react';
import { createMemoryRouter, RouterProvider } from 'react-router';

import type { Locale } from '#contract/schemas.ts';
import { AppProviders } from '#src/app/providers.tsx';
import { registerMessages } from '#src/lib/i18n.tsx';
import * as accountMessages from '#src/lib/messages-account.ts';
import * as inMovementMessages from '#src/lib/messages-in-movement.ts';
import * as pagesMessages from '#src/lib/messages-pages.ts';

/**
 * Renders one page component with the app's providers and a router of its own, for
 * pages the app's router does not list yet (their route is added when merged). The
 * areas' strings, which the router's routes load with their area, are registered here.
 */
export function renderPage(page: ReactElement, { locale = 'fr' as Locale, url = '/' } = {}) {
  registerMessages(inMovementMessages);
  registerMessages(accountMessages);
  registerMessages(pagesMessages);
  const queryClient = new QueryClient({
    defaultOptions: { queries: { retry: false, staleTime: Infinity } },
  });
  const router = createMemoryRouter([{ path: '*', element: page }], { initialEntries: [url] });
  const user = userEvent.setup();
  const utils = render(
    <AppProviders queryClient={queryClient} locale={locale}>
      <RouterProvider router={router} />
    </AppProviders>,
  );
  return { ...utils, user, queryClient, router };
}
