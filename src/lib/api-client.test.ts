import { delay, http, HttpResponse } from 'msw';
import { afterEach, describe, expect, it } from 'vitest';

import { BOOT_ELEMENT_ID, jsonForScript } from '#contract/boot.ts';
import { server } from '#mocks/node.ts';

import {
  API_TIMEOUT_MS,
  ApiError,
  apiGet,
  apiPost,
  setApiTimeoutForTests,
  takeEarlyReads,
} from './api-client.ts';
import { resetBootDataForTests } from './boot-data.ts';

async function failure(promise: Promise<unknown>): Promise<ApiError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof ApiError) return error;
    throw error;
  }
  throw new Error('expected a failure');
}

describe('apiGet', () => {
  it('parses a valid answer with the route schema', async () => {
    const themes = await apiGet('listThemes');
    expect(themes.items.length).toBeGreaterThanOrEqual(6);
  });

  it('turns an HTTP error into a typed error with the server message', async () => {
    const error = await failure(apiGet('getStory', { params: { slug: 'nope' } }));
    expect(error).toMatchObject({ kind: 'http', status: 404, code: 'not_found', isNotFound: true });
    expect(error.isTransient).toBe(false);
  });

  it('flags a payload that breaks the contract', async () => {
    server.use(http.get('*/api/themes', () => HttpResponse.json({ items: [{ slug: 42 }] })));
    const error = await failure(apiGet('listThemes'));
    expect(error.kind).toBe('contract');
    expect(error.message).toMatch(/items\.0/);
  });

  it('flags an answer that is not JSON', async () => {
    server.use(http.get('*/api/themes', () => new HttpResponse('<html>', { status: 200 })));
    expect((await failure(apiGet('listThemes'))).kind).toBe('contract');
  });

  it('reports network failures as transient', async () => {
    server.use(http.get('*/api/themes', () => HttpResponse.error()));
    const error = await failure(apiGet('listThemes'));
    expect(error).toMatchObject({ kind: 'network', isTransient: true });
  });

  it('encodes path parameters so hostile slugs cannot change the path', async () => {
    let seen = '';
    server.use(
      http.get('*/api/stories/:slug', ({ request }) => {
        seen = new URL(request.url).pathname;
        return HttpResponse.json({ error: { code: 'not_found', message: 'no' } }, { status: 404 });
      }),
    );
    await failure(apiGet('getStory', { params: { slug: '../themes?x=1' } }));
    expect(seen).toBe('/api/stories/..%2Fthemes%3Fx%3D1');
  });
});

describe('a request that never answers', () => {
  const never = () => new Promise<never>(() => {});
  const anyOfThisBrowser = AbortSignal.any;
  afterEach(() => {
    AbortSignal.any = anyOfThisBrowser;
  });

  it('waits a generous time by default', () => {
    expect(API_TIMEOUT_MS).toBe(15_000);
  });

  it('fails after the timeout as a network error worth a retry', async () => {
    setApiTimeoutForTests(50);
    server.use(http.get('*/api/themes', never));
    const error = await failure(apiGet('listThemes'));
    expect(error).toMatchObject({ kind: 'network', code: 'timeout', isTransient: true });
    expect(error.isTimeout).toBe(true);
    expect(error.message).toBe('No answer from /api/themes within 0.05 s.');
  });

  it('fails after the timeout when the answer stalls after its headers', async () => {
    setApiTimeoutForTests(50);
    server.use(
      http.get(
        '*/api/themes',
        () =>
          new HttpResponse(new ReadableStream({ start: (c) => c.enqueue(new Uint8Array([123])) }), {
            headers: { 'content-type': 'application/json' },
          }),
      ),
    );
    expect(await failure(apiGet('listThemes'))).toMatchObject({ kind: 'network', code: 'timeout' });
  });

  it('still gives up where the browser lacks AbortSignal.any (Safari before 17.4)', async () => {
    // @ts-expect-error -- as in a browser without it
    AbortSignal.any = undefined;
    setApiTimeoutForTests(50);
    server.use(http.get('*/api/themes', never));
    expect(await failure(apiGet('listThemes'))).toMatchObject({ kind: 'network', code: 'timeout' });
  });

  it.each([
    ['with', () => anyOfThisBrowser],
    ['without', () => undefined],
  ])(
    '%s AbortSignal.any, a query that is cancelled stays a cancel, not a timeout',
    async (_, any) => {
      // @ts-expect-error -- undefined as in a browser without it
      AbortSignal.any = any();
      setApiTimeoutForTests(5000);
      server.use(http.get('*/api/themes', never));
      const controller = new AbortController();
      const request = apiGet('listThemes', { signal: controller.signal });
      controller.abort();
      await expect(request).rejects.toMatchObject({ name: 'AbortError' });
    },
  );

  it('does not cut short an answer that comes in time', async () => {
    setApiTimeoutForTests(2000);
    server.use(
      http.get('*/api/themes', async () => {
        await delay(100);
        return HttpResponse.json({ items: [] });
      }),
    );
    expect(await apiGet('listThemes')).toEqual({ items: [] });
  });
});

describe('answers the page carried (contract/boot.ts)', () => {
  function carry(text: string) {
    const element = document.createElement('script');
    element.type = 'application/json';
    element.id = BOOT_ELEMENT_ID;
    element.textContent = text;
    document.head.append(element);
  }
  const carriedThemes = {
    items: [
      {
        slug: 'carried',
        name: { fr: 'Porté', en: 'Carried' },
        color: '#123456',
        intro: { fr: 'Porté par la page.', en: 'Carried by the page.' },
      },
    ],
  };

  it('answers the first request for a URL from the page, then asks the network', async () => {
    carry(jsonForScript({ '/api/themes': carriedThemes }));
    expect((await apiGet('listThemes')).items.map((t) => t.slug)).toEqual(['carried']);
    expect((await apiGet('listThemes')).items.length).toBeGreaterThanOrEqual(6);
    // Read once, then gone from the page.
    expect(document.getElementById(BOOT_ELEMENT_ID)).toBeNull();
  });

  it('only answers the very URL it carried', async () => {
    carry(jsonForScript({ '/api/stories?theme=carried': { items: [], nextCursor: null } }));
    const all = await apiGet('listStories');
    expect(all.items.length).toBeGreaterThan(0);
  });

  it('ignores a carried answer that breaks the contract, or a page whose data is not JSON', async () => {
    carry(jsonForScript({ '/api/themes': { items: [{ slug: 42 }] } }));
    expect((await apiGet('listThemes')).items.length).toBeGreaterThanOrEqual(6);
    resetBootDataForTests();
    carry('{"/api/themes": <oops');
    expect((await apiGet('listThemes')).items.length).toBeGreaterThanOrEqual(6);
  });
});

describe('the reads made before the service worker controls the page', () => {
  it('records GETs only, for the worker to keep, and stops once taken', async () => {
    await apiGet('listThemes');
    await apiPost('createPath', { steps: [] }).catch(() => undefined);
    const reads = takeEarlyReads();
    expect(reads.some((url) => new URL(url).pathname === '/api/themes')).toBe(true);
    // A write's URL would be replayed by the worker as a GET: never handed over.
    expect(reads.some((url) => new URL(url).pathname === '/api/paths')).toBe(false);
    await apiGet('listThemes');
    expect(takeEarlyReads()).toEqual([]);
  });
});
