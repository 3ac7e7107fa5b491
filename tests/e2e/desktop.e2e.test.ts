import { describe, expect, it } from 'vitest';
import { demoDataset } from '#mocks/data.ts';
import { baseURL, browserSuite, type Guarded } from './browser.ts';

const story = demoDataset.stories.find((s) => s.slug === 'robots-soudeurs')!;
const storyPath = `/stories/${story.slug}`;
const total = story.cards.length;

const suite = browserSuite();
let guarded: Guarded;

async function waitForPath(expected: string) {
  await guarded.page.waitForURL((url) => url.pathname === expected, { timeout: 5000 });
}

describe('on a desktop (mouse and keyboard)', () => {
  it('clicks a tile, moves with the arrow keys, and Escape returns focus to the tile', async () => {
    guarded = await suite.open('desktop');
    const { page } = guarded;
    await page.goto(baseURL());
    await page.getByRole('link', { name: new RegExp(story.title.fr) }).click();
    await waitForPath(`${storyPath}/1`);
    const dialog = page.getByRole('dialog', { name: story.title.fr });
    await page.getByRole('group', { name: `1 sur ${total}` }).waitFor();

    await page.keyboard.press('ArrowRight');
    await waitForPath(`${storyPath}/2`);
    await page.getByRole('group', { name: `2 sur ${total}` }).waitFor();
    await page.waitForTimeout(400);
    await page.keyboard.press('ArrowLeft');
    await waitForPath(`${storyPath}/1`);
    await page.waitForTimeout(400);
    await dialog.getByRole('button', { name: 'Carte suivante' }).click();
    await waitForPath(`${storyPath}/2`);

    await page.keyboard.press('Escape');
    await waitForPath('/');
    await dialog.waitFor({ state: 'detached' });
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-slug'))).toBe(
      story.slug,
    );
  });

  it('reaches the grid with Tab, moves by what the eye sees with the arrows, opens with Enter', async () => {
    guarded = await suite.open('desktop');
    const { page } = guarded;
    await page.goto(baseURL());
    const tiles = page.getByRole('list', { name: 'Histoires' }).getByRole('link');
    await tiles.first().waitFor();
    // Tab through the header and the theme filters until a tile has focus.
    for (let i = 0; i < 20; i++) {
      await page.keyboard.press('Tab');
      if (await page.evaluate(() => document.activeElement?.classList.contains('tile__link')))
        break;
    }
    const focused = () =>
      page.evaluate(() => {
        const el = document.activeElement as HTMLElement;
        const r = el.getBoundingClientRect();
        // Page coordinates: focusing a tile below the fold scrolls the page.
        return {
          slug: el.dataset.slug,
          top: r.top + scrollY,
          left: r.left,
          bottom: r.bottom + scrollY,
        };
      });
    const first = await focused();
    expect(first.slug).toBe(await tiles.first().getAttribute('data-slug'));
    await page.keyboard.press('ArrowRight');
    const second = await focused();
    expect(second.slug).toBe(await tiles.nth(1).getAttribute('data-slug'));
    await page.keyboard.press('ArrowDown');
    const below = await focused();
    expect(below.top).toBeGreaterThanOrEqual(second.bottom - 2);
    expect(Math.abs(below.left - second.left)).toBeLessThan(400);
    await page.keyboard.press('Enter');
    await waitForPath(`/stories/${below.slug}/1`);
    await page.getByRole('dialog').waitFor();
  });

  it('Back returns to where the visitor came from, whatever card they reached', async () => {
    guarded = await suite.open('desktop');
    const { page } = guarded;
    await page.goto(baseURL());
    await page.getByRole('link', { name: new RegExp(story.title.fr) }).click();
    await waitForPath(`${storyPath}/1`);
    await page.getByRole('group', { name: `1 sur ${total}` }).waitFor();
    for (let i = 2; i <= 3; i++) {
      await page.keyboard.press('ArrowRight');
      await waitForPath(`${storyPath}/${i}`);
      await page.waitForTimeout(400);
    }
    await page.goBack();
    await waitForPath('/');
    await page.getByRole('dialog').waitFor({ state: 'detached' });
  });

  it('drags with the mouse, and a link to a card opens that card', async () => {
    guarded = await suite.open('desktop');
    const { page } = guarded;
    await page.goto(`${baseURL()}${storyPath}/3`);
    await page.getByRole('group', { name: `3 sur ${total}` }).waitFor();
    await page.mouse.move(1000, 450);
    await page.mouse.down();
    for (let x = 1000; x >= 400; x -= 50) await page.mouse.move(x, 452);
    await page.mouse.up();
    await waitForPath(`${storyPath}/4`);
    await page.waitForTimeout(400);
    await page.getByRole('button', { name: 'Fermer l’histoire' }).first().click();
    await waitForPath('/');
  });

  it('shows friendly not-found states, never a blank page', async () => {
    guarded = await suite.open('desktop');
    const { page } = guarded;
    await page.goto(`${baseURL()}/stories/nexiste-pas`);
    await page.getByText('Cette histoire est introuvable.', { exact: false }).waitFor();
    await page.goto(`${baseURL()}/nulle-part`);
    await page.getByRole('heading', { name: 'Cette page n’existe pas' }).waitFor();
    const api = await page.request.get(`${baseURL()}/api/nulle-part`);
    expect(api.status()).toBe(404);
    expect(await api.json()).toMatchObject({ error: { code: 'not_found' } });
  });
});
