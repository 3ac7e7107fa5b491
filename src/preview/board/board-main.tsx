/** The flow board's own small app (mock builds only, decision 031): two routes, no app shell. */
import './board.css';

import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createBrowserRouter } from 'react-router';
// react-router/dom's provider: it carries ReactDOM.flushSync, without which a
// navigation's flushSync option (the sync box, flow-board.tsx) is silently ignored.
import { RouterProvider } from 'react-router/dom';

import { BOARD_PATH } from './board-paths.ts';
import { FlowBoardRoute } from './flow-board.tsx';
import { FlowList } from './flow-list.tsx';

export function renderBoard(): void {
  const container = document.getElementById('root');
  if (!container) throw new Error('#root is missing from index.html');
  document.title = 'Parcours · flow board';
  document.documentElement.lang = 'en';
  const router = createBrowserRouter([
    { path: BOARD_PATH, Component: FlowList },
    { path: `${BOARD_PATH}/:flow`, Component: FlowBoardRoute },
  ]);
  createRoot(container).render(
    <StrictMode>
      <RouterProvider router={router} />
    </StrictMode>,
  );
}
