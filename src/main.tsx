import '@fontsource-variable/inter/wght.css';
import './styles/global.css';

import { startTransition, StrictMode } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { createBrowserRouter, type HydrationState, matchRoutes } from 'react-router';
import { z } from 'zod/mini';

import type { Locale } from '#contract/schemas.ts';

import { keepRecentStoryDetails } from './api/story-cache.ts';
import { App } from './app/app.tsx';
import { firstQueries } from './app/first-queries.ts';
import { appRoutes, createAppRouter } from './app/router.tsx';
import { takeRouterState } from './lib/boot-data.ts';
import { loadEnglishMessages } from './lib/english-messages.ts';
import {
  hasCoreMessages,
  loadCoreMessages,
  setCoreMessagesLoader,
  startingLocales,
} from './lib/i18n.tsx';
import { initScenario } from './lib/mock-scenario.ts';
import { registerServiceWorker } from './lib/pwa.ts';
import { createQueryClient } from './lib/query-client.ts';

// zod would probe `new Function` to compile parsers, which the server's CSP refuses
// (a console violation, then a fallback). Say up front that it must not.
z.config({ jitless: true });

async function start() {
  initScenario(window.location.search);
  // Compared in place (not through an imported constant) so production builds drop
  // the MSW chunk and its fixtures entirely.
  if (import.meta.env.VITE_MOCK_API === 'browser') {
    const { worker } = await import('#mocks/browser.ts');
    await worker.start({ onUnhandledRequest: 'bypass', quiet: true });
  }
  // How the English strings come (decision 041): French is in this chunk.
  setCoreMessagesLoader('en', loadEnglishMessages);
  // The designers' flow board (decision 031): on /__preview it renders instead of the
  // app; in one of its frames it prepares the frame's world (its language included).
  // Mock builds only.
  if (import.meta.env.VITE_MOCK_API) {
    if (await (await import('./preview/preview-boot.ts')).startPreview()) return;
  }
  // The strings of the languages the app may start in, fetched now (the server
  // preloads English for a page it drew in English). Without them (offline, never
  // cached), the app draws in French.
  await Promise.all(startingLocales().map((locale) => loadCoreMessages(locale).catch(() => {})));
  const container = document.getElementById('root');
  if (!container) throw new Error('#root is missing from index.html');
  // One cache for the whole app: the router's loaders fill it, the screens read it.
  const queryClient = createQueryClient();
  // A visit opens story after story: keep only the last few closed ones in memory.
  keepRecentStoryDetails(queryClient);
  // The server drew the first screen (decision 029): take it over. A page without it
  // (the service worker's cached shell, a page the server does not render, a build
  // without its server half) is drawn here, as before.
  const hydrated = container.firstElementChild !== null && (await hydrate(container, queryClient));
  if (!hydrated) {
    const root = createRoot(container);
    // In a flow board's frame, a router with the frame's own history (decision 031).
    const framed = import.meta.env.VITE_MOCK_API
      ? (await import('./preview/preview-boot.ts')).createFrameRouter(queryClient)
      : null;
    const router = framed ?? createAppRouter(queryClient);
    // A transition renders in slices that yield to the browser every few milliseconds:
    // the first screen (a grid of tiles, with the data the page carried) then blocks
    // neither input nor the network for the long task a synchronous render would be.
    startTransition(() => {
      root.render(
        <StrictMode>
          <App queryClient={queryClient} router={router} />
        </StrictMode>,
      );
    });
    // The flow board's driver in its frames (mock builds, which the server never
    // renders first, so they always come this way).
    if (import.meta.env.VITE_MOCK_API) {
      void (await import('./preview/preview-boot.ts')).attachDriver(router);
    }
  }
  // Offline support and updates (production build only), once the page has loaded.
  registerServiceWorker();
}

/**
 * Hydrates the server's markup with the state it was drawn from: the same cache
 * (the carried answers), the router's loader results and lazily loaded route code,
 * and the language of `<html lang>`. False when the page lacks what that needs.
 */
async function hydrate(
  container: HTMLElement,
  queryClient: ReturnType<typeof createQueryClient>,
): Promise<boolean> {
  // The server's markup is no use: the page is drawn afresh.
  const drawAfresh = () => {
    container.replaceChildren();
    return false;
  };
  const routerState = takeRouterState() as HydrationState | undefined;
  if (!routerState) return drawAfresh();
  const routes = appRoutes(queryClient);
  // A lazily loaded page is drawn by the server: its code must be here before the
  // router starts, or it would draw its pending state over the server's markup. So
  // must its first queries' code (In Movement's comes with its pages).
  let seed: Awaited<ReturnType<typeof firstQueries>>;
  try {
    [seed] = await Promise.all([
      firstQueries(new URL(window.location.href)),
      ...(matchRoutes(routes, window.location) ?? []).map(async ({ route }) => {
        if (typeof route.lazy !== 'function') return;
        Object.assign(route, { ...(await route.lazy()), lazy: undefined });
      }),
    ]);
  } catch {
    // Its code did not come (offline, a chunk gone since a deploy, the visitor already
    // leaving): the page is drawn afresh, where the router's error page can say so.
    return drawAfresh();
  }
  if (!seed?.(queryClient)) return drawAfresh();
  const router = createBrowserRouter(routes, { hydrationData: routerState });
  const lang = document.documentElement.lang;
  const locale: Locale = lang === 'en' ? 'en' : 'fr';
  // Drawn in a language whose strings did not come: drawn afresh, in French.
  if (!hasCoreMessages(locale)) return drawAfresh();
  // In a transition, hydration yields to the browser as the first render did.
  startTransition(() => {
    hydrateRoot(
      container,
      <StrictMode>
        <App queryClient={queryClient} router={router} locale={locale} serverRendered />
      </StrictMode>,
      {
        // A mismatch React recovered from (it redraws that part): said where tests
        // and the console see it.
        onRecoverableError: (error, info) => {
          console.error('Hydration: recoverable error', error, info.componentStack ?? '');
        },
      },
    );
  });
  return true;
}

void start();
