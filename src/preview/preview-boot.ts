/**
 * The designers' flow board in a mock build (decision 031); main.tsx loads this chunk
 * only when `import.meta.env.VITE_MOCK_API` is set, so production never has it.
 * On `/__preview…` the board renders itself instead of the app; inside one of the
 * board's frames the app first gets its frame's world (storage namespace, language,
 * path so far), then a driver that takes the board's steps.
 */
import type { QueryClient } from '@tanstack/react-query';
import { createMemoryRouter } from 'react-router';

import { appRoutes, type createAppRouter } from '#src/app/router.tsx';
import { apiGet } from '#src/lib/api-client.ts';
import { LOCALE_STORAGE_KEY } from '#src/lib/i18n.tsx';
import {
  currentMockFrame,
  frameStorageKey,
  initMockFrame,
  type MockFrame,
} from '#src/lib/mock-frame.ts';
import { initScenario } from '#src/lib/mock-scenario.ts';
import { recordStoryVisit } from '#src/lib/visitor-path.ts';

import { BOARD_PATH } from './board/board-paths.ts';

/** The run a frame's storage was last seeded for: a reload within a run keeps the walk. */
const RUN_KEY = 'parcours.frame-run';

function clearNamespace(storage: Storage, id: string): void {
  const keys = Array.from({ length: storage.length }, (_, i) => storage.key(i));
  for (const key of keys) if (key?.endsWith(`@${id}`)) storage.removeItem(key);
}

/** A fresh run starts from the flow's world: nothing of the last run, its language and path. */
async function seedFrame(frame: MockFrame): Promise<void> {
  try {
    if (window.localStorage.getItem(frameStorageKey(RUN_KEY)) === frame.run) return;
    clearNamespace(window.localStorage, frame.id);
    clearNamespace(window.sessionStorage, frame.id);
    if (frame.locale)
      window.localStorage.setItem(frameStorageKey(LOCALE_STORAGE_KEY), frame.locale);
    for (const slug of frame.path) {
      const story = await apiGet('getStory', { params: { slug } });
      recordStoryVisit(story, story.cardCount);
    }
    window.localStorage.setItem(frameStorageKey(RUN_KEY), frame.run);
  } catch (error) {
    // The frame still opens; the board shows the page as it is.
    console.warn('The flow board could not prepare this frame’s world:', error);
  }
}

/** True when this page is the board (rendered here); otherwise prepares a framed app. */
export async function startPreview(): Promise<boolean> {
  const { pathname } = window.location;
  if (pathname === BOARD_PATH || pathname.startsWith(`${BOARD_PATH}/`)) {
    const { renderBoard } = await import('./board/board-main.tsx');
    renderBoard();
    return true;
  }
  const frame = window.parent !== window ? initMockFrame(window.name) : null;
  if (frame) {
    // main.tsx read the scenario before the frame was known: read it again, in the frame's namespace.
    initScenario(window.location.search);
    await seedFrame(frame);
  }
  return false;
}

/**
 * Inside a board's frame, the app's router keeps its own history. Frames share their
 * page's session history: a story's close (`history.go(-1)`) in one frame would undo
 * the last navigation of whichever frame moved last, another frame's walk. A memory
 * history per frame keeps Back and close in the frame; its address still follows
 * (replaced, so no shared entry is added), for reloads and the board's caption.
 */
export function createFrameRouter(
  queryClient: QueryClient,
): ReturnType<typeof createAppRouter> | null {
  if (!currentMockFrame()) return null;
  const { pathname, search, hash } = window.location;
  const router = createMemoryRouter(appRoutes(queryClient), {
    initialEntries: [`${pathname}${search}${hash}`],
  });
  router.subscribe(({ location }) => {
    const href = `${location.pathname}${location.search}${location.hash}`;
    if (href !== `${window.location.pathname}${window.location.search}${window.location.hash}`)
      window.history.replaceState(window.history.state, '', href);
  });
  return router;
}

/** Inside a board's frame, the driver that plays the board's steps on this router. */
export async function attachDriver(router: ReturnType<typeof createAppRouter>): Promise<void> {
  if (!currentMockFrame()) return;
  const { startDriver } = await import('./frame-driver.ts');
  startDriver(router);
}
