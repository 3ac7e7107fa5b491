/**
 * In Movement's header and the sign-in notice on an iPad, held either way: the header
 * keeps one row with every link (shorter labels, full accessible names), and the
 * notice that greets a person back from the sign-in link covers nothing they can
 * tap. The tab titles of the way in name the platform, never the group. The header
 * keeps still when it learns who is there.
 */
import type { Page, Route } from '@playwright/test';

import { expect, layoutShift, test, watchLayoutShifts } from './fixtures.ts';
import { signInThroughOutbox } from './outbox-sign-in.ts';

/** The tops of the header's links and buttons: one value when they share a row. */
async function headerRows(page: Page): Promise<number[]> {
  return page
    .locator('.im-header')
    .evaluate((header) => [
      ...new Set(
        [...header.querySelectorAll('a, button')].map((element) =>
          Math.round(element.getBoundingClientRect().top),
        ),
      ),
    ]);
}

/**
 * Links, buttons and fields (not containers focused by script) the notice hides: whose
 * centre, where a tap lands, is under it. A tile's big link may run under its edge and
 * still be there to tap.
 */
async function coveredByNotice(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const notice = document.querySelector('.notice__text')!.getBoundingClientRect();
    return [
      ...document.querySelectorAll(
        'a, button, input, textarea, select, summary, [tabindex]:not([tabindex="-1"])',
      ),
    ]
      .filter((element) => {
        if (element.closest('.notice')) return false;
        const box = element.getBoundingClientRect();
        const x = box.left + box.width / 2;
        const y = box.top + box.height / 2;
        return (
          box.width > 0 &&
          x >= notice.left &&
          x <= notice.right &&
          y >= notice.top &&
          y <= notice.bottom
        );
      })
      .map((element) => element.outerHTML.slice(0, 80));
  });
}

for (const tag of ['@ipad-portrait', '@ipad-landscape'] as const) {
  test(
    `the header keeps one row and the sign-in notice covers nothing to tap ${tag}`,
    { tag },
    async ({ page }, testInfo) => {
      await page.goto('/in-movement');
      const banner = page.getByRole('banner');
      await banner.getByRole('link', { name: 'Journal de modération' }).waitFor();
      await expect(
        banner.getByRole('link', { name: 'Retour aux histoires du groupe' }),
      ).toBeVisible();
      expect(await headerRows(page)).toHaveLength(1);

      // Signed in from a debate (a fresh address per project and run), back on it.
      const email = `e2e-header-${testInfo.project.name}-${Date.now()}@example.org`;
      await page.goto('/in-movement');
      await page.getByRole('link', { name: 'Se connecter' }).click();
      await expect(page).toHaveTitle('Se connecter — In Movement');
      await signInThroughOutbox(page, email, '**/in-movement');
      await expect(
        page.getByRole('status').filter({ hasText: 'Vous êtes connecté·e' }),
      ).toBeVisible();
      expect(await coveredByNotice(page)).toEqual([]);
      // Signed in, the header still holds one row, the account link in it.
      await expect(banner.getByRole('link', { name: /Connecté·e en tant que/ })).toBeVisible();
      expect(await headerRows(page)).toHaveLength(1);
      expect(await page.title()).not.toContain('Parcours');
    },
  );
}

test(
  'the header keeps still when it learns that nobody is signed in',
  { tag: '@ipad-portrait' },
  async ({ page }) => {
    await watchLayoutShifts(page);
    // Who is there is held back until the page is drawn and running.
    let answer: () => void = () => undefined;
    const held = new Promise<void>((resolve) => (answer = resolve));
    const hold = async (route: Route) => {
      await held;
      await route.continue();
    };
    await page.route('**/api/me', hold);
    await page.goto('/in-movement');
    const banner = page.getByRole('banner');
    const language = banner.getByRole('button', { name: /English/ });
    await language.waitFor();
    await expect(banner.getByRole('link', { name: 'Se connecter' })).toHaveCount(0);
    const before = await language.boundingBox();
    answer();
    await expect(banner.getByRole('link', { name: 'Se connecter' })).toBeVisible();
    await page.evaluate(
      () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))),
    );
    expect(await language.boundingBox()).toEqual(before);
    expect(await layoutShift(page)).toBe(0);
    await page.unroute('**/api/me', hold);
  },
);
