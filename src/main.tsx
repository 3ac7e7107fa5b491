import '@fontsource-variable/inter/wght.css';
import './styles/global.css';
import { StrictMode } from 'react';
import { z } from 'zod';
import { createRoot } from 'react-dom/client';
import { App } from './app/app.tsx';
import { createAppRouter } from './app/router.tsx';
import { createQueryClient } from './lib/query-client.ts';
import { initScenario, mockApi } from './lib/mock-scenario.ts';

// zod would probe `new Function` to compile parsers, which the server's CSP refuses
// (a console violation, then a fallback). Say up front that it must not.
z.config({ jitless: true });

async function start() {
  initScenario(window.location.search);
  if (mockApi === 'browser') {
    const { worker } = await import('#mocks/browser.ts');
    await worker.start({ onUnhandledRequest: 'bypass', quiet: true });
  }
  const container = document.getElementById('root');
  if (!container) throw new Error('#root is missing from index.html');
  createRoot(container).render(
    <StrictMode>
      <App queryClient={createQueryClient()} router={createAppRouter()} />
    </StrictMode>,
  );
}

void start();
