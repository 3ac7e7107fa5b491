import { describe, expect, it } from 'vitest';
import { demoDataset } from '#mocks/data.ts';
import { baseURL, browserSuite, Touch, type Guarded } from './browser.ts';

// Three stories that are not films, so no video plays while the test swipes.
const [a, b, c] = demoDataset.stories.filter((s) => s.kind !== 'film' && s.cards.length >= 3);
if (!a || !b || !c) throw new Error('the demo content needs three non-film stories');

const suite = browserSuite();
let guarded: Guarded;

const settle = () => guarded.page.waitForTimeout(450);
async function waitForPath(expected: string) {
  await guarded.page.waitForURL((url) => url.pathname === expected, { timeout: 5000 });
}

async function center(name: RegExp | string, role: 'link' | 'button' = 'link') {
  const target = guarded.page.getByRole(role, { name }).first();
  // Mid-screen: the bottom of a tablet's screen belongs to the path sheet's handle.
  await target.evaluate((element) => element.scrollIntoView({ block: 'center' }));
  const box = (await target.boundingBox())!;
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

describe('the visitor’s path on a touch tablet', () => {
  it('keeps three stories in order across a reload, and shares them with a fresh browser', async () => {
    guarded = await suite.open('ipadLandscape');
    const { page } = guarded;
    const touch = await Touch.on(page);
    await page.goto(baseURL());

    for (const [story, swipes] of [
      [a, 1],
      [b, 0],
      [c, 2],
    ] as const) {
      const tile = await center(new RegExp(story.title.fr));
      await touch.tap(tile.x, tile.y);
      await waitForPath(`/stories/${story.slug}/1`);
      await page.getByRole('group', { name: `1 sur ${story.cards.length}` }).waitFor();
      await settle();
      for (let i = 0; i < swipes; i++) {
        await touch.drag({ x: 760, y: 420 }, { x: 240, y: 420 }, { durationMs: 200 });
        await waitForPath(`/stories/${story.slug}/${i + 2}`);
        await settle();
      }
      const close = await center('Fermer l’histoire', 'button');
      await touch.tap(close.x, close.y);
      await waitForPath('/');
      await page.getByRole('dialog').waitFor({ state: 'detached' });
    }

    // The springboard offers to continue the last story left unfinished.
    const resume = page.getByRole('main').getByRole('link', { name: /Reprendre là où vous étiez/ });
    await expect(resume.getAttribute('href')).resolves.toBe(`/stories/${c.slug}/3`);

    await page.goto(`${baseURL()}/parcours`);
    await page.reload();
    const trail = page.getByRole('list', { name: 'Le fil du parcours' });
    await trail.waitFor();
    // Each step names itself as it reads: its number, kind, title, progress and action.
    const labels = await trail
      .getByRole('link')
      .evaluateAll((links) =>
        links.map(
          (link) =>
            `${link.querySelector('.trail__title')?.textContent} · ${link.querySelector('.trail__action')?.textContent}`,
        ),
      );
    expect(labels).toEqual([
      `${a.title.fr} · Reprendre`,
      `${b.title.fr} · Reprendre`,
      `${c.title.fr} · Reprendre`,
    ]);
    await trail
      .getByRole('link', {
        name: `Étape 2 · Histoire ${b.title.fr} 1 carte vue sur ${b.cards.length} Reprendre`,
      })
      .waitFor();

    // The map's stop for the first story reopens it where the visitor left it.
    const map = page.getByRole('group', {
      name: 'Carte des histoires par thème, avec votre parcours',
    });
    const stop = map.getByRole('link', { name: new RegExp(`^${a.title.fr} — étape 1`) });
    await expect(stop.getAttribute('href')).resolves.toBe(`/stories/${a.slug}/2`);

    const share = await center('Partager mon parcours', 'button');
    await touch.tap(share.x, share.y);
    const field = page.getByRole('textbox', { name: 'Lien à partager' });
    await field.waitFor();
    const link = await field.inputValue();
    expect(new URL(link).pathname).toMatch(/^\/parcours\/[A-Za-z0-9_-]{8,32}$/);

    // Someone else, in a browser that has never seen this visitor.
    const other = await suite.open('desktop', { locale: 'en-GB' });
    await other.page.goto(link);
    await other.page.getByRole('heading', { level: 1, name: 'A shared path' }).waitFor();
    const shared = await other.page
      .getByRole('list', { name: 'The trail' })
      .getByRole('link')
      .evaluateAll((links) => links.map((l) => l.getAttribute('href')));
    expect(shared).toEqual([
      `/stories/${a.slug}/1`,
      `/stories/${b.slug}/1`,
      `/stories/${c.slug}/1`,
    ]);
    await other.page.getByRole('button', { name: 'Walk this path step by step' }).click();
    await other.page.getByText('Step 1 of 3').waitFor();
    await other.page.getByRole('button', { name: 'Next step' }).click();
    await other.page.getByText('Step 2 of 3').waitFor();
    await other.page
      .getByRole('link', { name: new RegExp(b.title.en) })
      .first()
      .click();
    await other.page.getByRole('dialog', { name: b.title.en }).waitFor();
    // Closing the story comes back to the same step of the walk.
    await other.page.keyboard.press('Escape');
    await other.page.getByText('Step 2 of 3').waitFor();
    expect(new URL(other.page.url()).search).toBe('?step=2');
  });

  it('opens and closes the path sheet by dragging its handle', async () => {
    guarded = await suite.open('ipadPortrait');
    const { page } = guarded;
    const touch = await Touch.on(page);
    await page.goto(`${baseURL()}/stories/${a.slug}/2`);
    await page.getByRole('group', { name: `2 sur ${a.cards.length}` }).waitFor();
    await page.goto(baseURL());
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
    await settle();
    const opened = (await handle.boundingBox())!;

    // A short flick down closes it again.
    await touch.drag(
      { x: opened.x + opened.width / 2, y: opened.y + 30 },
      { x: opened.x + opened.width / 2, y: opened.y + 110 },
      { durationMs: 80 },
    );
    await expect.poll(() => handle.getAttribute('aria-expanded')).toBe('false');
    await expect.poll(top).toBeGreaterThan(1024 - 80);
    await settle();

    // Tapping the handle opens it too, and a step leads into the story.
    const closed = (await handle.boundingBox())!;
    await touch.tap(closed.x + closed.width / 2, closed.y + closed.height / 2);
    await expect.poll(() => handle.getAttribute('aria-expanded')).toBe('true');
    await settle();
    await resume.click();
    await waitForPath(`/stories/${a.slug}/2`);
  });
});
