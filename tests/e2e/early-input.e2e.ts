/**
 * A tap on the server's first screen before the app has taken it over is not lost
 * (decision 029, addendum): a tile is a link and navigates natively; a button's tap
 * is held by public/early-input.js and replayed on that very button once the app
 * runs. The app's scripts are held back here, as on a slow connection, until after the
 * tap.
 */
import type { Page } from '@playwright/test';

import { containing, expect, test, viewerRunning } from './fixtures.ts';

/**
 * Holds every script of the app's bundle until `release` is called. The page is then
 * parsed and painted, but its `DOMContentLoaded` waits for the module scripts: pages
 * are opened with `waitUntil: 'commit'`.
 */
async function holdAppScripts(page: Page): Promise<() => void> {
  let release = () => {};
  const gate = new Promise<void>((resolve) => (release = resolve));
  await page.route(/\/assets\/.*\.js$/, async (route) => {
    await gate;
    await route.continue();
  });
  return release;
}

/** True while the app has not taken the page over (src/app/app.tsx says when it has). */
const appNotRunning = (page: Page) =>
  page.evaluate(() => !document.documentElement.hasAttribute('data-app-running'));

test(
  'a tile tapped before the app runs opens its story',
  { tag: '@ipad-landscape' },
  async ({ page, demo }) => {
    const release = await holdAppScripts(page);
    await page.goto('/', { waitUntil: 'commit' });
    const story = demo.stories[0]!;
    const tile = page.getByRole('link', { name: containing(story.title.fr) });
    await expect(tile).toBeVisible();
    expect(await appNotRunning(page)).toBe(true);
    await tile.tap();
    // A link: the browser follows it, and the server draws the story.
    await page.waitForURL(new RegExp(`/stories/${story.slug}(/1)?$`), { waitUntil: 'commit' });
    release();
    await expect(page.getByRole('dialog', { name: containing(story.title.fr) })).toBeVisible();
    await viewerRunning(page);
  },
);

test(
  'a story’s close button tapped before the app runs closes it once the app does',
  { tag: '@ipad-landscape' },
  async ({ page, demo }) => {
    const story = demo.slideshow;
    const release = await holdAppScripts(page);
    await page.goto(`/stories/${story.slug}/1`, { waitUntil: 'commit' });
    const close = page.getByRole('button', { name: 'Fermer l’histoire' });
    await expect(close).toBeVisible();
    expect(await appNotRunning(page)).toBe(true);
    await close.tap();
    // Held, not lost: nothing happens until the app runs, then the tap closes the story.
    await expect(page).toHaveURL(new RegExp(`/stories/${story.slug}/1$`));
    release();
    // The app's scripts arrive and hydrate (seconds, on a busy machine).
    await page.waitForURL((url) => url.pathname === '/', { timeout: 20_000 });
    await expect(page.getByRole('dialog')).toHaveCount(0);
    await expect(
      page.getByRole('heading', { level: 1, name: 'Toutes les histoires' }),
    ).toBeVisible();
  },
);
