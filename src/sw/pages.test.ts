// @vitest-environment node
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { RouteHandlerCallbackOptions } from 'workbox-core';

import { serverPageFirst } from './pages.ts';

const shell = vi.fn(
  async () => new Response('shell', { headers: { 'Content-Type': 'text/html' } }),
);
const navigate = (preloadResponse?: Promise<Response | undefined>) =>
  ({
    request: new Request('http://parcours.test/stories/piste/2'),
    url: new URL('http://parcours.test/stories/piste/2'),
    event: { preloadResponse, waitUntil: vi.fn() } as unknown as FetchEvent,
  }) as RouteHandlerCallbackOptions;
const html = (body: string, status = 200) =>
  new Response(body, { status, headers: { 'Content-Type': 'text/html; charset=utf-8' } });
const text = async (response: Response) => response.text();

afterEach(() => {
  vi.unstubAllGlobals();
  shell.mockClear();
});

describe('pages in the service worker', () => {
  it('shows the page the server drew while it answers', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => html('<div id="root">drawn</div>')),
    );
    expect(await text(await serverPageFirst(shell)(navigate()))).toBe('<div id="root">drawn</div>');
    expect(shell).not.toHaveBeenCalled();
  });

  it('keeps the server’s own not-found page', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => html('not found', 404)),
    );
    const response = await serverPageFirst(shell)(navigate());
    expect([response.status, await text(response)]).toEqual([404, 'not found']);
  });

  it('uses the browser’s navigation preload rather than a second request', async () => {
    const fetch = vi.fn(async () => html('fetched'));
    vi.stubGlobal('fetch', fetch);
    const response = await serverPageFirst(shell)(navigate(Promise.resolve(html('preloaded'))));
    expect(await text(response)).toBe('preloaded');
    expect(fetch).not.toHaveBeenCalled();
  });

  it('falls back to the shell offline, on a server error, or on something not a page', async () => {
    for (const answer of [
      async () => {
        throw new TypeError('Failed to fetch');
      },
      async () => html('oops', 503),
      async () => new Response('{}', { headers: { 'Content-Type': 'application/json' } }),
    ]) {
      vi.stubGlobal('fetch', vi.fn(answer));
      expect(await text(await serverPageFirst(shell)(navigate()))).toBe('shell');
    }
    expect(shell).toHaveBeenCalledTimes(3);
  });

  it('falls back to the shell when the server is slower than the app drawing it', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(() => new Promise<Response>(() => undefined)),
    );
    expect(await text(await serverPageFirst(shell, 20)(navigate()))).toBe('shell');
  });
});
