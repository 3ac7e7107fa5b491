/** What the production build served by `npm start` ships, and what it must not. */
import { expect, test } from './fixtures.ts';

test.describe('the production build', () => {
  test(
    'does not ship the mocks’ request interceptor (MSW’s service worker)',
    { tag: '@desktop' },
    async ({ request }) => {
      const response = await request.get('/mockServiceWorker.js');
      expect(response.status()).toBe(404);
      // The app's own worker is there.
      expect((await request.get('/sw.js')).status()).toBe(200);
    },
  );
});
