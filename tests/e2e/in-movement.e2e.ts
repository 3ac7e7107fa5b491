/**
 * In Movement in a real browser: its own face (no group logo, its own chunk), a
 * debate opened by touch and read, then turned to the next one by a swipe; on a
 * desktop, by keyboard. Debates come from the seeded server's API.
 */
import type { Page, Route } from '@playwright/test';

import { BOOT_ELEMENT_ID } from '../../contract/boot.ts';
import type { DebateSummary } from '../../contract/in-movement.ts';
import {
  containing,
  expect,
  layoutShift,
  test,
  waitForPath,
  watchLayoutShifts,
} from './fixtures.ts';

async function debates(page: Page): Promise<DebateSummary[]> {
  const response = await page.request.get('/api/in-movement/debates');
  expect(response.ok()).toBe(true);
  return ((await response.json()) as { items: DebateSummary[] }).items;
}

/** The platform's pages must not show or load anything of the group's brand. */
async function expectNoGroupBrand(page: Page): Promise<void> {
  // The group's logo is a drawn mark with no role: its class names it.
  await expect(page.locator('.app-header__logo')).toHaveCount(0);
  // The brand's name nowhere in the platform's frame (contributions may say "parcours").
  await expect(page.getByRole('banner').getByText(/Parcours/)).toHaveCount(0);
  expect(await page.title()).not.toContain('Parcours');
}

test.describe('In Movement', () => {
  test(
    'stories never load the platform; it opens with its own face, a debate by touch, and swipes',
    { tag: '@ipad-landscape' },
    async ({ page, touch }) => {
      const loaded: string[] = [];
      page.on('request', (request) => loaded.push(new URL(request.url()).pathname));
      await page.goto('/');
      await page.getByRole('list', { name: 'Histoires' }).waitFor();
      expect(loaded.filter((path) => /in-movement|debate|im-springboard/.test(path))).toEqual([]);

      const [first, second] = await debates(page);
      await page.goto('/in-movement');
      const grid = page.getByRole('list', { name: 'Débats' });
      await grid.waitFor();
      await expectNoGroupBrand(page);
      await expect(
        page.getByRole('link', { name: 'Retour aux histoires du groupe' }),
      ).toHaveAttribute('href', '/');

      const tile = grid.getByRole('link', { name: containing(first!.question) });
      await tile.scrollIntoViewIfNeeded();
      const box = (await tile.boundingBox())!;
      await touch.tap(box.x + box.width / 2, box.y + box.height / 2);
      await waitForPath(page, `/in-movement/debates/${first!.slug}`);
      await expect(
        page.getByRole('heading', { level: 1, name: containing(first!.question) }),
      ).toBeVisible();
      await expectNoGroupBrand(page);
      const contributions = page.getByRole('list', { name: 'Contributions' });
      await contributions.waitFor();
      expect(await contributions.getByRole('article').count()).toBeGreaterThan(0);
      // Reading needs no account: writing asks to sign in, and comes back here.
      await expect(
        page.getByRole('link', { name: 'Se connecter pour participer' }),
      ).toHaveAttribute(
        'href',
        `/sign-in?returnTo=${encodeURIComponent(`/in-movement/debates/${first!.slug}`)}`,
      );
      // Nothing the visitor typed or read is wider than the screen.
      expect(
        await page.evaluate(
          () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
        ),
      ).toBeLessThanOrEqual(0);

      // The page moves under the finger, as a story's card does: with the finger
      // (almost) where there is a next debate, and resisting where there is none.
      await page.evaluate(() => window.scrollTo(0, 0));
      const shift = () =>
        page
          .locator('article.im-debate')
          .evaluate((el) => new DOMMatrixReadOnly(getComputedStyle(el).transform).m41);
      await touch.press({ x: 600, y: 500 });
      await touch.moveTo({ x: 600, y: 500 }, { x: 480, y: 502 });
      expect(await shift()).toBeLessThan(-100);
      // Short of the threshold, it springs back and stays on this debate.
      await touch.lift({ x: 480, y: 502 });
      await expect.poll(shift).toBe(0);
      expect(new URL(page.url()).pathname).toBe(`/in-movement/debates/${first!.slug}`);
      await touch.press({ x: 400, y: 500 });
      await touch.moveTo({ x: 400, y: 500 }, { x: 520, y: 502 });
      const resisted = await shift();
      expect(resisted).toBeGreaterThan(0);
      expect(resisted).toBeLessThan(100);
      await touch.lift({ x: 520, y: 502 });
      await expect.poll(shift).toBe(0);

      // A swipe left turns to the next debate, as a story turns to its next card.
      await touch.drag({ x: 800, y: 500 }, { x: 300, y: 510 }, { durationMs: 250 });
      await waitForPath(page, `/in-movement/debates/${second!.slug}`);
      await expect(
        page.getByRole('heading', { level: 1, name: containing(second!.question) }),
      ).toBeVisible();
    },
  );

  test(
    'a debate opens and turns by keyboard on a desktop, sorted by most replied',
    { tag: '@desktop' },
    async ({ page }) => {
      const [first, second] = await debates(page);
      await page.goto('/in-movement');
      const link = page
        .getByRole('list', { name: 'Débats' })
        .getByRole('link', { name: containing(first!.question) });
      await link.focus();
      await page.keyboard.press('Enter');
      await waitForPath(page, `/in-movement/debates/${first!.slug}`);
      await page.getByRole('list', { name: 'Contributions' }).waitFor();
      await page
        .getByRole('navigation', { name: 'Trier les contributions' })
        .getByRole('link', { name: 'Les plus discutées' })
        .click();
      await expect(page).toHaveURL(/\?sort=replies$/);
      await page.getByRole('list', { name: 'Contributions' }).waitFor();
      await page.keyboard.press('ArrowRight');
      await waitForPath(page, `/in-movement/debates/${second!.slug}`);
      await expect(
        page.getByRole('heading', { level: 1, name: containing(second!.question) }),
      ).toBeVisible();
    },
  );

  test(
    'its springboard comes with its first answers, and keeps still when they arrive apart (CLS < 0.02)',
    { tag: '@phone' },
    async ({ page }) => {
      await watchLayoutShifts(page);
      // The page comes with its debates and themes: nothing to wait for, nothing asked.
      const asked: string[] = [];
      const listen = (request: { url: () => string }) => {
        const path = new URL(request.url()).pathname;
        if (path === '/api/in-movement/themes' || path === '/api/in-movement/debates') {
          asked.push(path);
        }
      };
      page.on('request', listen);
      await page.goto('/in-movement');
      await page.getByRole('list', { name: 'Débats' }).waitFor();
      await page.getByRole('navigation', { name: 'Filtrer les débats par thème' }).waitFor();
      expect(asked).toEqual([]);
      page.off('request', listen);

      // Without them (as an installed app's worker serves the shell), they arrive apart.
      await page.route(
        (url) => url.pathname === '/in-movement',
        async (route) => {
          const response = await route.fetch();
          const html = (await response.text()).replace(
            new RegExp(`<script type="application/json" id="${BOOT_ELEMENT_ID}">[^<]*</script>`),
            '',
          );
          const headers = { ...response.headers() };
          delete headers['content-encoding'];
          delete headers['content-length'];
          await route.fulfill({ status: response.status(), headers, body: html });
        },
      );
      for (const late of ['/api/in-movement/themes', '/api/in-movement/debates']) {
        // One answer held back: the page draws everything else first.
        const hold = async (route: Route) => {
          await new Promise((resolve) => setTimeout(resolve, 1_200));
          await route.continue();
        };
        await page.route((url) => url.pathname === late, hold);
        await page.goto('/in-movement');
        await page.getByRole('list', { name: 'Débats' }).waitFor();
        await page.getByRole('navigation', { name: 'Filtrer les débats par thème' }).waitFor();
        // Two frames more: a shift is reported after the frame that drew it.
        await page.evaluate(
          () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))),
        );
        expect(await layoutShift(page), `${late} answered last`).toBeLessThan(0.02);
        await page.unroute((url) => url.pathname === late, hold);
      }
    },
  );
});
