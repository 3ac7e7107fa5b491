import type { Page } from '@playwright/test';

import type { DemoContent } from './demo-content.ts';
import { containing, expect, test, viewerRunning, waitForPath } from './fixtures.ts';

/** Three stories that are not films (no video plays while the test swipes), long enough to leave unfinished. */
function threeStories(demo: DemoContent) {
  const [a, b, c] = demo.stillStories(4);
  if (!a || !b || !c) throw new Error('the demo content needs three non-film stories');
  return [a, b, c] as const;
}

const settle = (page: Page) => page.waitForTimeout(450);

async function center(page: Page, name: RegExp | string, role: 'link' | 'button' = 'link') {
  const target = page.getByRole(role, { name }).first();
  // Mid-screen: the bottom of a tablet's screen belongs to the path sheet's handle.
  await target.evaluate((element) => element.scrollIntoView({ block: 'center' }));
  const box = (await target.boundingBox())!;
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

test.describe('the visitor’s path on a touch tablet', () => {
  test(
    'keeps three stories in order across a reload, and shares them with a fresh browser',
    { tag: '@ipad-landscape' },
    async ({ page, touch, demo, visitor }) => {
      const [a, b, c] = threeStories(demo);
      await page.goto('/');

      for (const [story, swipes] of [
        [a, 1],
        [b, 0],
        [c, 2],
      ] as const) {
        const tile = await center(page, containing(story.title.fr));
        await touch.tap(tile.x, tile.y);
        await waitForPath(page, `/stories/${story.slug}/1`);
        await page.getByRole('group', { name: `1 sur ${story.cards.length}` }).waitFor();
        await settle(page);
        for (let i = 0; i < swipes; i++) {
          await touch.drag({ x: 760, y: 420 }, { x: 240, y: 420 }, { durationMs: 200 });
          await waitForPath(page, `/stories/${story.slug}/${i + 2}`);
          await settle(page);
        }
        const close = await center(page, 'Fermer l’histoire', 'button');
        await touch.tap(close.x, close.y);
        await waitForPath(page, '/');
        await page.getByRole('dialog').waitFor({ state: 'detached' });
      }

      // The springboard offers to continue the last story left unfinished.
      const resume = page
        .getByRole('main')
        .getByRole('link', { name: /Reprendre là où vous étiez/ });
      await expect(resume.getAttribute('href')).resolves.toBe(`/stories/${c.slug}/3`);

      await page.goto('/parcours');
      await page.reload();
      const trail = page.getByRole('list', { name: 'Le fil du parcours' });
      await trail.waitFor();
      // Each step names itself as it reads: its number, kind, title, progress and action.
      const steps = trail.getByRole('link');
      await expect(steps).toHaveCount(3);
      for (const [i, story] of [a, b, c].entries()) {
        await expect(steps.nth(i)).toHaveAccessibleName(
          new RegExp(
            `^Étape ${i + 1} · Histoire ${containing(story.title.fr).source} .* Reprendre$`,
          ),
        );
      }
      await trail
        .getByRole('link', {
          name: `Étape 2 · Histoire ${b.title.fr} 1 carte vue sur ${b.cards.length} Reprendre`,
        })
        .waitFor();

      // The map's stop for the first story reopens it where the visitor left it.
      const map = page.getByRole('group', {
        name: 'Carte des histoires par thème, avec votre parcours',
      });
      const stop = map.getByRole('link', {
        name: new RegExp(`^${containing(a.title.fr).source} — étape 1`),
      });
      await expect(stop.getAttribute('href')).resolves.toBe(`/stories/${a.slug}/2`);

      const share = await center(page, 'Partager mon parcours', 'button');
      await touch.tap(share.x, share.y);
      const field = page.getByRole('textbox', { name: 'Lien à partager' });
      await field.waitFor();
      const link = await field.inputValue();
      expect(new URL(link).pathname).toMatch(/^\/parcours\/[A-Za-z0-9_-]{8,32}$/);

      // Someone else, in a browser that has never seen this visitor.
      const other = await visitor('desktop', { locale: 'en-GB' });
      await other.goto(link);
      await other.getByRole('heading', { level: 1, name: 'A shared path' }).waitFor();
      const shared = await other
        .getByRole('list', { name: 'The trail' })
        .getByRole('link')
        .evaluateAll((links) => links.map((l) => l.getAttribute('href')));
      expect(shared).toEqual([
        `/stories/${a.slug}/1`,
        `/stories/${b.slug}/1`,
        `/stories/${c.slug}/1`,
      ]);
      await other.getByRole('button', { name: 'Walk this path step by step' }).click();
      await other.getByText('Step 1 of 3').waitFor();
      await other.getByRole('button', { name: 'Next step' }).click();
      await other.getByText('Step 2 of 3').waitFor();
      await other
        .getByRole('link', { name: containing(b.title.en) })
        .first()
        .click();
      await other.getByRole('dialog', { name: b.title.en }).waitFor();
      // Closing the story comes back to the same step of the walk.
      await other.keyboard.press('Escape');
      await other.getByText('Step 2 of 3').waitFor();
      expect(new URL(other.url()).search).toBe('?step=2');
    },
  );

  test(
    'opens and closes the path sheet by dragging its handle',
    { tag: '@ipad-portrait' },
    async ({ page, touch, demo }) => {
      const [a] = threeStories(demo);
      await page.goto(`/stories/${a.slug}/2`);
      await page.getByRole('group', { name: `2 sur ${a.cards.length}` }).waitFor();
      // The server drew this card; the app records the step once it has taken it over.
      await viewerRunning(page);
      await page.waitForFunction(
        (slug) => (localStorage.getItem('parcours.path') ?? '').includes(slug),
        a.slug,
      );
      await page.goto('/');
      const handle = page.getByRole('button', { name: /^Mon parcours · 1 étape$/ });
      await handle.waitFor();
      const box = (await handle.boundingBox())!;
      expect(box.y + box.height).toBeGreaterThan(1024 - 80);

      await touch.drag(
        { x: box.x + box.width / 2, y: box.y + 30 },
        { x: box.x + box.width / 2, y: box.y - 420 },
        { durationMs: 300 },
      );
      await expect.poll(() => handle.getAttribute('aria-expanded')).toBe('true');
      const top = async () => (await handle.boundingBox())!.y;
      await expect.poll(top).toBeLessThan(box.y - 300);
      const resume = page.getByRole('link', { name: `Reprendre là où vous étiez · ${a.title.fr}` });
      await expect.poll(() => resume.isVisible()).toBe(true);
      await settle(page);
      const opened = (await handle.boundingBox())!;

      // A short flick down closes it again.
      await touch.drag(
        { x: opened.x + opened.width / 2, y: opened.y + 30 },
        { x: opened.x + opened.width / 2, y: opened.y + 110 },
        { durationMs: 80 },
      );
      await expect.poll(() => handle.getAttribute('aria-expanded')).toBe('false');
      await expect.poll(top).toBeGreaterThan(1024 - 80);
      await settle(page);

      // Tapping the handle opens it too, and a step leads into the story.
      const closed = (await handle.boundingBox())!;
      await touch.tap(closed.x + closed.width / 2, closed.y + closed.height / 2);
      await expect.poll(() => handle.getAttribute('aria-expanded')).toBe('true');
      await settle(page);
      await resume.click();
      await waitForPath(page, `/stories/${a.slug}/2`);
    },
  );
});
