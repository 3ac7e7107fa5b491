/**
 * Pages: the server's while it answers, the precached shell otherwise.
 *
 * The server draws a page's first screen (docs/decisions/029-first-screen-from-the-server.md);
 * answering every navigation with the precached, empty shell threw that away for every
 * visitor who had been here before, the installed app included. So a navigation goes to
 * the network first (through the browser's navigation preload where there is one, so the
 * worker's start-up does not delay it), and the shell answers when the network fails
 * (offline) or is slower than `timeoutMs`, or when the server is in trouble (5xx): the
 * app then draws the page itself, as before.
 */
import type { RouteHandlerCallback, RouteHandlerCallbackOptions } from 'workbox-core';

/** Beyond this, a page drawn by the app from the shell arrives sooner than the server's. */
export const PAGE_TIMEOUT_MS = 3000;

/** What a navigation may show as it is: a page (even the server's 404) or a redirect. */
function isServerPage(response: Response): boolean {
  if (response.type === 'opaqueredirect') return true;
  return (
    response.status < 500 && (response.headers.get('content-type') ?? '').startsWith('text/html')
  );
}

function withinTime<T>(work: Promise<T>, ms: number): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('slower than the shell')), ms);
    work.then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      (error: unknown) => {
        clearTimeout(timer);
        reject(error instanceof Error ? error : new Error(String(error)));
      },
    );
  });
}

export function serverPageFirst(
  shell: RouteHandlerCallback,
  timeoutMs = PAGE_TIMEOUT_MS,
): RouteHandlerCallback {
  return async (options: RouteHandlerCallbackOptions) => {
    const event = options.event as FetchEvent | undefined;
    const preload = event?.preloadResponse as Promise<Response | undefined> | undefined;
    // A preload the page does not wait for must still settle inside the event's life.
    if (preload) event?.waitUntil(preload.catch(() => undefined));
    try {
      const response = await withinTime(
        (async () => (await preload?.catch(() => undefined)) ?? fetch(options.request))(),
        timeoutMs,
      );
      if (isServerPage(response)) return response;
    } catch {
      // Offline, or slower than drawing the page here: the shell.
    }
    return shell(options);
  };
}
