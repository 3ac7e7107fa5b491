/**
 * Memory across a visit (src/api/story-cache.ts): a story read a moment ago reopens
 * from memory, without asking the server again and without a spinner; the visit
 * does not keep every story it opened.
 */
import type { Page } from '@playwright/test';

import { KEPT_STORY_DETAILS } from '#src/api/story-cache.ts';

import { expect, test, waitForPath } from './fixtures.ts';

const grid = (page: Page) => page.getByRole('list', { name: 'Histoires' });

/** Opens the grid's `index`-th story with a click, waits for its first card, closes it. */
async function openAndClose(page: Page, index: number, slugs: string[]) {
  await grid(page).getByRole('link').nth(index).click();
  await waitForPath(page, `/stories/${slugs[index]}/1`);
  await page.getByRole('group', { name: /^1 sur \d+$/ }).waitFor();
  await page.keyboard.press('Escape');
  await page.getByRole('dialog').waitFor({ state: 'detached' });
  await waitForPath(page, '/');
}

/**
 * Reopens the `index`-th story and tells whether its data was asked for again and
 * whether the viewer's spinner was ever drawn, frame by frame from the click on.
 */
async function reopen(page: Page, index: number, slugs: string[]) {
  const detail = `/api/stories/${slugs[index]}`;
  let fetched = false;
  const onRequest = (request: { url(): string }) => {
    if (new URL(request.url()).pathname === detail) fetched = true;
  };
  page.on('request', onRequest);
  const spinnerSeen = await grid(page)
    .getByRole('link')
    .nth(index)
    .evaluate(
      (link: HTMLElement) =>
        new Promise<boolean>((resolve) => {
          let seen = false;
          link.click();
          const look = () => {
            // The spinner has no role (its status text has): drawn means not transparent.
            const spinner = document.querySelector('.viewer .spinner');
            if (spinner?.checkVisibility({ opacityProperty: true })) seen = true;
            if (document.querySelector('[role="group"][aria-roledescription]')) resolve(seen);
            else requestAnimationFrame(look);
          };
          look();
        }),
    );
  page.off('request', onRequest);
  await page.keyboard.press('Escape');
  await page.getByRole('dialog').waitFor({ state: 'detached' });
  return { fetched, spinnerSeen };
}

test(
  'a story read a moment ago reopens from memory, without a spinner',
  { tag: '@ipad-landscape' },
  async ({ page }) => {
    await page.goto('/');
    const count = KEPT_STORY_DETAILS + 2;
    const links = grid(page).getByRole('link');
    await links.nth(count - 1).waitFor();
    const slugs = (await links.evaluateAll((all) =>
      all.map((a) => a.getAttribute('href')!.split('/')[2]!),
    )) as string[];
    for (let i = 0; i < count; i++) await openAndClose(page, i, slugs);

    // The last one closed: from memory, at once.
    const recent = await reopen(page, count - 1, slugs);
    expect(recent).toEqual({ fetched: false, spinnerSeen: false });
    // The first one: no longer in memory (the visit keeps the last few only), asked for
    // again, as the service worker's cache answers it once installed.
    const oldest = await reopen(page, 0, slugs);
    expect(oldest.fetched).toBe(true);
  },
);
