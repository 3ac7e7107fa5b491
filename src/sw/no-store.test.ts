// @vitest-environment node
import { describe, expect, it } from 'vitest';

import { respectNoStore } from './no-store.ts';

const willCache = (cacheControl: string | null) => {
  const response = new Response('{}', {
    headers: cacheControl === null ? {} : { 'Cache-Control': cacheControl },
  });
  return respectNoStore.cacheWillUpdate!({
    response,
    request: new Request('http://parcours.test/api/me'),
    event: undefined as never,
    state: undefined,
  });
};

describe('the service worker’s no-store rule', () => {
  it('never caches an answer marked no-store', async () => {
    expect(await willCache('no-store')).toBeNull();
    expect(await willCache('private, No-Store')).toBeNull();
  });

  it('caches the rest as before', async () => {
    expect(await willCache(null)).not.toBeNull();
    expect(await willCache('public, max-age=60')).not.toBeNull();
    expect(await willCache('no-cache')).not.toBeNull();
  });
});
