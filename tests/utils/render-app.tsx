import { QueryClient } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';

import type { Locale } from '#contract/schemas.ts';
import { App } from '#src/app/app.tsx';
import { createTestRouter } from '#src/app/router.tsx';

/** Renders the whole app at a URL, on a fresh cache, the way a visitor lands on it. */
export function renderApp(url = '/', { locale = 'fr' as Locale, before = [] as string[] } = {}) {
  const queryClient = new QueryClient({
    defaultOptions: { queries: { retry: false, staleTime: Infinity } },
  });
  // `before`: pages the visitor came from, earlier in the history.
  const router = createTestRouter(queryClient, [...before, url]);
  const user = userEvent.setup();
  // Like index.html: the app lives in #root (the story viewer too, drawn in place).
  const container = document.body.appendChild(document.createElement('div'));
  container.id = 'root';
  const utils = render(<App queryClient={queryClient} router={router} locale={locale} />, {
    container,
  });
  return {
    ...utils,
    user,
    router,
    queryClient,
    /** The current URL path + search, as the address bar would show it. */
    location: () => `${router.state.location.pathname}${router.state.location.search}`,
  };
}
