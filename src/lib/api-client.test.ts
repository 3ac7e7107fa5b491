import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { server } from '#mocks/node.ts';
import { BOOT_ELEMENT_ID, jsonForScript } from '#contract/boot.ts';
import { ApiError, apiGet } from './api-client.ts';
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
