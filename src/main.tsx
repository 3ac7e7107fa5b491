import '@fontsource-variable/inter/wght.css';
import './styles/global.css';

import { startTransition, StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { z } from 'zod/mini';

import { keepRecentStoryDetails } from './api/story-cache.ts';
import { App } from './app/app.tsx';
import { createAppRouter } from './app/router.tsx';
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
  // The designers' flow board (decision 031): on /__preview it renders instead of the
  // app; in one of its frames it prepares the frame's world. Mock builds only.
  if (import.meta.env.VITE_MOCK_API) {
    if (await (await import('./preview/preview-boot.ts')).startPreview()) return;
  }
  const container = document.getElementById('root');
  if (!container) throw new Error('#root is missing from index.html');
  const root = createRoot(container);
  // A transition renders in slices that yield to the browser every few milliseconds:
  // the first screen (a grid of tiles, with the data the page carried) then blocks
  // neither input nor the network for the long task a synchronous render would be.
  // One cache for the whole app: the router's loaders fill it, the screens read it.
  const queryClient = createQueryClient();
  // A visit opens story after story: keep only the last few closed ones in memory.
  keepRecentStoryDetails(queryClient);
  const router = createAppRouter(queryClient);
  startTransition(() => {
    root.render(
      <StrictMode>
        <App queryClient={queryClient} router={router} />
      </StrictMode>,
    );
  });
  if (import.meta.env.VITE_MOCK_API) {
    void (await import('./preview/preview-boot.ts')).attachDriver(router);
  }
  // Offline support and updates (production build only), once the page has loaded.
  registerServiceWorker();
}

void start();
