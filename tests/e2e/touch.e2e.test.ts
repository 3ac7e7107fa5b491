import { describe, expect, it } from 'vitest';
import { demoDataset } from '#mocks/data.ts';
import { baseURL, browserSuite, Touch, type Guarded } from './browser.ts';

const story = demoDataset.stories.find((s) => s.slug === 'nuancier')!;
const storyPath = `/stories/${story.slug}`;

const suite = browserSuite();
let guarded: Guarded;

const path = () => new URL(guarded.page.url()).pathname;
async function waitForPath(expected: string) {
  await guarded.page.waitForURL((url) => url.pathname === expected, { timeout: 5000 });
}
/** Lets a settle animation finish before the next gesture. */
const settle = () => guarded.page.waitForTimeout(450);

describe('on an iPad (touch, landscape)', () => {
  it('opens a story with a tap, swipes through it, and drags down to close', async () => {
    guarded = await suite.open('ipadLandscape');
    const { page } = guarded;
    const touch = await Touch.on(page);
    await page.goto(baseURL());
    const tile = page.getByRole('link', { name: new RegExp(story.title.fr) });
    await tile.scrollIntoViewIfNeeded();
    const box = (await tile.boundingBox())!;
    // Where the tile sits on screen: opening a story adds a "continue" tile above the
    // grid, and the browser's scroll anchoring keeps the grid still, so the page's
    // scroll offset may change while what the visitor sees must not.
    const inGrid = page.locator(`.tile__link[data-slug="${story.slug}"]`);
    const onScreen = async () => (await inGrid.boundingBox())!.y;
    // The cover grows out of the tile: its first frames are the tile's size.
    await page.evaluate(() => {
      const widths: number[] = [];
      (window as unknown as { heroWidths: number[] }).heroWidths = widths;
      const start = performance.now();
      const sample = () => {
        const hero = document.querySelector('.viewer__hero');
        if (hero) widths.push(hero.getBoundingClientRect().width);
        if (performance.now() - start < 1500) requestAnimationFrame(sample);
      };
      requestAnimationFrame(sample);
    });
    await touch.tap(box.x + box.width / 2, box.y + box.height / 2);
    await waitForPath(`${storyPath}/1`);
    const dialog = page.getByRole('dialog', { name: story.title.fr });
    await dialog.waitFor();
    await page.getByRole('group', { name: `1 sur ${story.cards.length}` }).waitFor();
    await settle();
    const heroWidths = await page.evaluate(
      () => (window as unknown as { heroWidths: number[] }).heroWidths,
    );
    expect(heroWidths[0]).toBeLessThan(box.width * 1.3);
    // Full width once settled (the spring rests within half a pixel).
    expect((await page.locator('.viewer__hero').boundingBox())!.width).toBeGreaterThan(1020);

    // A decisive swipe left: next card. The release runs as a Web Animation of the
    // track (on the compositor), not as script frames.
    await page.evaluate(() => {
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
    await waitForPath(`${storyPath}/2`);
    await settle();
    const release = await page.evaluate(
      () => (window as unknown as { release: { animations: number } }).release,
    );
    expect(release.animations).toBeGreaterThan(0);

    // Swipe right: back to the first card.
    await touch.drag({ x: 260, y: 400 }, { x: 760, y: 400 }, { durationMs: 220 });
    await waitForPath(`${storyPath}/1`);
    await settle();

    // A swipe right on the first card rubber-bands: no card change, no browser "back".
    await touch.drag({ x: 200, y: 400 }, { x: 800, y: 400 }, { durationMs: 200 });
    await settle();
    expect(path()).toBe(`${storyPath}/1`);
    await expect(dialog.isVisible()).resolves.toBe(true);

    // A short, slow drag springs back…
    await touch.drag({ x: 600, y: 400 }, { x: 540, y: 400 }, { durationMs: 500, steps: 10 });
    await settle();
    expect(path()).toBe(`${storyPath}/1`);
    // …while a short, fast flick commits on velocity.
    await touch.drag({ x: 600, y: 400 }, { x: 480, y: 400 }, { durationMs: 60, steps: 6 });
    await waitForPath(`${storyPath}/2`);
    await settle();

    // A slow drag past ~35% of the width commits on distance alone (released at rest)…
    await touch.drag(
      { x: 800, y: 400 },
      { x: 350, y: 400 },
      { durationMs: 900, steps: 20, holdMs: 150 },
    );
    await waitForPath(`${storyPath}/3`);
    await settle();
    // …and one that stops short of it springs back.
    await touch.drag(
      { x: 800, y: 400 },
      { x: 600, y: 400 },
      { durationMs: 900, steps: 20, holdMs: 150 },
    );
    await settle();
    expect(path()).toBe(`${storyPath}/3`);
    await touch.tap(120, 400);
    await waitForPath(`${storyPath}/2`);
    await settle();

    // Tap zones: right three quarters forward, left quarter back.
    await touch.tap(800, 400);
    await waitForPath(`${storyPath}/3`);
    await settle();
    await touch.tap(120, 400);
    await waitForPath(`${storyPath}/2`);
    await settle();

    // Press and hold pauses and does not advance.
    await touch.tap(600, 400, 800);
    await settle();
    expect(path()).toBe(`${storyPath}/2`);

    // Gestures from the screen edge belong to the system.
    await touch.drag({ x: 1018, y: 400 }, { x: 400, y: 400 }, { durationMs: 200 });
    await settle();
    expect(path()).toBe(`${storyPath}/2`);

    // The page behind never moved.
    expect(Math.abs((await onScreen()) - box.y)).toBeLessThan(1);

    // Drag down: close, back to the springboard where we were, focus on the tile.
    await touch.drag({ x: 500, y: 200 }, { x: 500, y: 620 }, { durationMs: 250 });
    await waitForPath('/');
    await dialog.waitFor({ state: 'detached' });
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-slug'))).toBe(
      story.slug,
    );
    expect(Math.abs((await onScreen()) - box.y)).toBeLessThan(1);
  });

  it('works in portrait too, and the end card opens the next story at card 1', async () => {
    guarded = await suite.open('ipadPortrait');
    const { page } = guarded;
    const touch = await Touch.on(page);
    const last = story.cards.length;
    await page.goto(`${baseURL()}${storyPath}/${last}`);
    await page.getByRole('group', { name: `${last} sur ${last}` }).waitFor();
    await touch.drag({ x: 600, y: 500 }, { x: 150, y: 500 }, { durationMs: 200 });
    await waitForPath(`${storyPath}/${last + 1}`);
    const choices = page.getByRole('list', { name: 'Histoires suivantes' }).getByRole('link');
    await choices.first().waitFor();
    expect(await choices.count()).toBeGreaterThanOrEqual(3);
    const target = await choices.first().getAttribute('href');
    const choiceBox = (await choices.first().boundingBox())!;
    await touch.tap(choiceBox.x + choiceBox.width / 2, choiceBox.y + choiceBox.height / 2);
    await waitForPath(target!);
  });
});

describe('on a phone-sized screen', () => {
  it('keeps the page still while a story opened by link joins the path (CLS < 0.02)', async () => {
    guarded = await suite.open('phone');
    const { page } = guarded;
    await page.addInitScript(() => {
      const shifts: number[] = [];
      (window as unknown as { shifts: number[] }).shifts = shifts;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) {
          const shift = entry as PerformanceEntry & { value: number; hadRecentInput: boolean };
          if (!shift.hadRecentInput) shifts.push(shift.value);
        }
      }).observe({ type: 'layout-shift', buffered: true });
    });
    // The story joins the visitor's path while it is open, which brings the continue
    // tile onto the springboard behind it.
    await page.goto(`${baseURL()}${storyPath}/1`);
    await page.getByRole('group', { name: `1 sur ${story.cards.length}` }).waitFor();
    await page.locator('.continue__link').waitFor({ state: 'attached' });
    await page.waitForTimeout(1000);
    const shifts = await page.evaluate(() => (window as unknown as { shifts: number[] }).shifts);
    expect(shifts.reduce((sum, value) => sum + value, 0)).toBeLessThan(0.02);
  });
});
