/** What the production build served by `npm start` ships, and what it must not. */
import { describe, expect, it } from 'vitest';
import { baseURL } from './browser.ts';

describe('the production build', () => {
  it('does not ship the mocks’ request interceptor (MSW’s service worker)', async () => {
    const response = await fetch(`${baseURL()}/mockServiceWorker.js`);
    expect(response.status).toBe(404);
    // The app's own worker is there.
    expect((await fetch(`${baseURL()}/sw.js`)).status).toBe(200);
  });
});
