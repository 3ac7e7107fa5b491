import type { Page } from '@playwright/test';

import {
  containing,
  expect,
  layoutShift,
  test,
  viewerRunning,
  waitForPath,
  watchLayoutShifts,
} from './fixtures.ts';

const path = (page: Page) => new URL(page.url()).pathname;
/** Lets a settle animation finish before the next gesture. */
const settle = (page: Page) => page.waitForTimeout(450);

test.describe('on an iPad (touch)', () => {
  test(
    'opens a story with a tap, swipes through it, and drags down to close',
    { tag: '@ipad-landscape' },
    async ({ page, touch, demo }) => {
      const story = demo.slideshow;
      const storyPath = `/stories/${story.slug}`;
      await page.goto('/');
      const tile = page
        .getByRole('list', { name: 'Histoires' })
        .getByRole('link', { name: containing(story.title.fr) });
      await tile.scrollIntoViewIfNeeded();
      const box = (await tile.boundingBox())!;
      // Where the tile sits on screen: opening a story adds a "continue" tile above the
      // grid, and the browser's scroll anchoring keeps the grid still, so the page's
      // scroll offset may change while what the visitor sees must not.
      // Found while the story is open too, when the page behind is inert.
      const inGrid = page
        .getByRole('list', { name: 'Histoires', includeHidden: true })
        .getByRole('link', { name: containing(story.title.fr), includeHidden: true });
      const onScreen = async () => (await inGrid.boundingBox())!.y;
      // The cover grows out of the tile: its first frames are the tile's size.
      await page.evaluate(() => {
        const widths: number[] = [];
        (window as unknown as { heroWidths: number[] }).heroWidths = widths;
        const start = performance.now();
        const sample = () => {
          // The cover has no role of its own: its class names the element measured.
          const hero = document.querySelector('.viewer__hero');
          if (hero) widths.push(hero.getBoundingClientRect().width);
          if (performance.now() - start < 1500) requestAnimationFrame(sample);
        };
        requestAnimationFrame(sample);
      });
      await touch.tap(box.x + box.width / 2, box.y + box.height / 2);
      await waitForPath(page, `${storyPath}/1`);
      const dialog = page.getByRole('dialog', { name: story.title.fr });
      await dialog.waitFor();
      await page.getByRole('group', { name: `1 sur ${story.cards.length}` }).waitFor();
      await settle(page);
      const heroWidths = await page.evaluate(
        () => (window as unknown as { heroWidths: number[] }).heroWidths,
      );
      expect(heroWidths[0]).toBeLessThan(box.width * 1.3);
      // Full width once settled (the spring rests within half a pixel).
      // The cover's class: a layout measure of that one element, which has no role.
      expect((await page.locator('.viewer__hero').boundingBox())!.width).toBeGreaterThan(1020);

      // A decisive swipe left: next card. The release runs as a Web Animation of the
      // track (on the compositor), not as script frames.
      await page.evaluate(() => {
        // The card track has no role (the cards do): its class names the animated element.
        const track = document.querySelector('.deck__track')!;
        const seen = { animations: 0 };
        (window as unknown as { release: typeof seen }).release = seen;
        const start = performance.now();
        const sample = () => {
          seen.animations = Math.max(seen.animations, track.getAnimations().length);
          if (performance.now() - start < 4000) requestAnimationFrame(sample);
        };
        requestAnimationFrame(sample);
      });
      await touch.drag({ x: 760, y: 400 }, { x: 260, y: 400 }, { durationMs: 220 });
      await waitForPath(page, `${storyPath}/2`);
      await settle(page);
      const release = await page.evaluate(
        () => (window as unknown as { release: { animations: number } }).release,
      );
      expect(release.animations).toBeGreaterThan(0);

      // Swipe right: back to the first card.
      await touch.drag({ x: 260, y: 400 }, { x: 760, y: 400 }, { durationMs: 220 });
      await waitForPath(page, `${storyPath}/1`);
      await settle(page);

      // A swipe right on the first card rubber-bands: no card change, no browser "back".
      await touch.drag({ x: 200, y: 400 }, { x: 800, y: 400 }, { durationMs: 200 });
      await settle(page);
      expect(path(page)).toBe(`${storyPath}/1`);
      await expect(dialog.isVisible()).resolves.toBe(true);

      // A short, slow drag springs back…
      await touch.drag({ x: 600, y: 400 }, { x: 540, y: 400 }, { durationMs: 500, steps: 10 });
      await settle(page);
      expect(path(page)).toBe(`${storyPath}/1`);
      // …while a short, fast flick commits on velocity.
      await touch.drag({ x: 600, y: 400 }, { x: 480, y: 400 }, { durationMs: 60, steps: 6 });
      await waitForPath(page, `${storyPath}/2`);
      await settle(page);

      // A slow drag past ~35% of the width commits on distance alone (released at rest)…
      await touch.drag(
        { x: 800, y: 400 },
        { x: 350, y: 400 },
        { durationMs: 900, steps: 20, holdMs: 150 },
      );
      await waitForPath(page, `${storyPath}/3`);
      await settle(page);
      // …and one that stops short of it springs back.
      await touch.drag(
        { x: 800, y: 400 },
        { x: 600, y: 400 },
        { durationMs: 900, steps: 20, holdMs: 150 },
      );
      await settle(page);
      expect(path(page)).toBe(`${storyPath}/3`);
      await touch.tap(120, 400);
      await waitForPath(page, `${storyPath}/2`);
      await settle(page);

      // Tap zones: right three quarters forward, left quarter back.
      await touch.tap(800, 400);
      await waitForPath(page, `${storyPath}/3`);
      await settle(page);
      await touch.tap(120, 400);
      await waitForPath(page, `${storyPath}/2`);
      await settle(page);

      // Press and hold pauses and does not advance.
      await touch.tap(600, 400, 800);
      await settle(page);
      expect(path(page)).toBe(`${storyPath}/2`);

      // Gestures from the screen edge belong to the system.
      await touch.drag({ x: 1018, y: 400 }, { x: 400, y: 400 }, { durationMs: 200 });
      await settle(page);
      expect(path(page)).toBe(`${storyPath}/2`);

      // The page behind never moved.
      expect(Math.abs((await onScreen()) - box.y)).toBeLessThan(1);

      // Drag down: close, back to the springboard where we were, focus on the tile.
      await touch.drag({ x: 500, y: 200 }, { x: 500, y: 620 }, { durationMs: 250 });
      await waitForPath(page, '/');
      await dialog.waitFor({ state: 'detached' });
      await expect(tile).toBeFocused();
      expect(Math.abs((await onScreen()) - box.y)).toBeLessThan(1);
    },
  );

  test(
    'names the new card in the URL only after the landing, never during it',
    { tag: '@ipad-landscape' },
    async ({ page, touch, demo }) => {
      const story = demo.slideshow;
      const storyPath = `/stories/${story.slug}`;
      await page.goto(`${storyPath}/1`);
      await page.getByRole('group', { name: `1 sur ${story.cards.length}` }).waitFor();
      // The server drew this deck: swipe the app's own once it has taken the page over.
      await viewerRunning(page);
      await settle(page);
      // Every frame: the address, and whether the track's release animation runs.
      await page.evaluate(() => {
        const frames: Array<{ path: string; moving: boolean }> = [];
        (window as unknown as { frames: typeof frames }).frames = frames;
        const sample = () => {
          // The card track has no role (the cards do): its class names the animated
          // element, looked up each frame so a redrawn viewer's track is the one read.
          const track = document.querySelector('.deck__track');
          frames.push({
            path: location.pathname,
            moving: (track?.getAnimations().length ?? 0) > 0,
          });
          if (frames.length < 3000) requestAnimationFrame(sample);
        };
        requestAnimationFrame(sample);
      });
      await touch.drag({ x: 760, y: 400 }, { x: 260, y: 400 }, { durationMs: 220 });
      await waitForPath(page, `${storyPath}/2`);
      // Read once the sampler has drawn a frame or two with the new address.
      const frames = await page.evaluate(
        () =>
          new Promise<Array<{ path: string; moving: boolean }>>((resolve) =>
            requestAnimationFrame(() =>
              requestAnimationFrame(() =>
                resolve(
                  (window as unknown as { frames: Array<{ path: string; moving: boolean }> })
                    .frames,
                ),
              ),
            ),
          ),
      );
      const lastMoving = frames.findLastIndex((f) => f.moving);
      const firstNamed = frames.findIndex((f) => f.path === `${storyPath}/2`);
      expect(lastMoving).toBeGreaterThan(0);
      // The old address through the whole landing and the frame it ends in.
      expect(frames.slice(0, lastMoving + 2).every((f) => f.path === `${storyPath}/1`)).toBe(true);
      expect(firstNamed).toBeGreaterThan(lastMoving + 1);
    },
  );

  test(
    'works in portrait too, and the end card opens the next story at card 1',
    { tag: '@ipad-portrait' },
    async ({ page, touch, demo }) => {
      const story = demo.slideshow;
      const storyPath = `/stories/${story.slug}`;
      const last = story.cards.length;
      await page.goto(`${storyPath}/${last}`);
      await page.getByRole('group', { name: `${last} sur ${last}` }).waitFor();
      await viewerRunning(page);
      await touch.drag({ x: 600, y: 500 }, { x: 150, y: 500 }, { durationMs: 200 });
      await waitForPath(page, `${storyPath}/${last + 1}`);
      const choices = page.getByRole('list', { name: 'Histoires suivantes' }).getByRole('link');
      await choices.first().waitFor();
      expect(await choices.count()).toBeGreaterThanOrEqual(3);
      const target = await choices.first().getAttribute('href');
      const choiceBox = (await choices.first().boundingBox())!;
      await touch.tap(choiceBox.x + choiceBox.width / 2, choiceBox.y + choiceBox.height / 2);
      await waitForPath(page, target!);
    },
  );
});

test.describe('on a phone-sized screen', () => {
  test(
    'keeps the page still while a story opened by link joins the path (CLS < 0.02)',
    { tag: '@phone' },
    async ({ page, demo }) => {
      const story = demo.slideshow;
      await watchLayoutShifts(page);
      // The story joins the visitor's path while it is open, which brings the continue
      // tile onto the springboard behind it.
      await page.goto(`/stories/${story.slug}/1`);
      await page.getByRole('group', { name: `1 sur ${story.cards.length}` }).waitFor();
      // Behind the open story, the springboard is hidden from assistive technology.
      await page
        .getByRole('main', { includeHidden: true })
        .getByRole('link', { name: /^Reprendre là où vous étiez/, includeHidden: true })
        .waitFor({ state: 'attached' });
      await page.waitForTimeout(1000);
      expect(await layoutShift(page)).toBeLessThan(0.02);
    },
  );
});
