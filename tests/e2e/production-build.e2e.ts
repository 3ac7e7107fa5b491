/** What the production build served by `npm start` ships, and what it must not. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

import { encodeFrameValue, FRAME_HEADER } from '#contract/preview-frame.ts';

import { expect, test } from './fixtures.ts';

/** Words only the designers' flow board (decision 031) has: none may reach `dist/`. */
const BOARD_TRACES = [
  FRAME_HEADER,
  'parcours-frame',
  'parcours-board',
  '__preview',
  'first-visit',
  'share-my-path',
  'search-person-story',
  'open-shared-link',
  'in-movement-contribute',
  'tap-debate',
  'Flow board',
  // The panel's API rules.
  'Apply rules to every frame',
  'Contract-breaking answer',
  'Copy contact-sheet command',
];

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

  test(
    'carries none of the flow board: code, flows, the frame header',
    { tag: '@desktop' },
    async () => {
      const assets = join(import.meta.dirname, '../../dist/assets');
      const texts = readdirSync(assets)
        .filter((name) => /\.(js|css|html)$/.test(name))
        .map((name) => [name, readFileSync(join(assets, name), 'utf8')] as const);
      texts.push(['index.html', readFileSync(join(assets, '../index.html'), 'utf8')]);
      expect(texts.length).toBeGreaterThan(5);
      for (const [name, text] of texts) {
        for (const trace of BOARD_TRACES)
          expect(text.includes(trace), `${trace} in ${name}`).toBe(false);
      }
    },
  );

  test(
    'answers /__preview with the not-found page, and still forbids framing it',
    { tag: '@desktop' },
    async ({ page }) => {
      const response = await page.goto('/__preview/first-visit?frames=self');
      expect(response?.headers()['x-frame-options']).toBe('DENY');
      expect(response?.headers()['content-security-policy']).toContain("frame-ancestors 'none'");
      await expect(
        page.getByRole('heading', { level: 1, name: 'Cette page n’existe pas' }),
      ).toBeVisible();
      await expect(page.locator('iframe')).toHaveCount(0);
    },
  );

  test('ignores the frame header on the real API', { tag: '@desktop' }, async ({ request }) => {
    const plain = await request.get('/api/stories/nuancier');
    const world = {
      v: 1,
      id: 'f0',
      run: 'r1',
      scenario: 'empty',
      patch: { stories: { nuancier: { title: { fr: 'Patched' } } } },
      rules: [{ kind: 'fail', route: 'getStory', status: 503 }],
    };
    for (const header of [encodeFrameValue(world), '!!! not a frame']) {
      const framed = await request.get('/api/stories/nuancier', {
        headers: { [FRAME_HEADER]: header },
      });
      expect(framed.status()).toBe(200);
      expect(await framed.json()).toEqual(await plain.json());
    }
  });
});
