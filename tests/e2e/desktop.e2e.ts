import { appRunning, containing, expect, test, viewerRunning, waitForPath } from './fixtures.ts';

test.describe('on a desktop (mouse and keyboard)', { tag: '@desktop' }, () => {
  test('clicks a tile, moves with the arrow keys, and Escape returns focus to the tile', async ({
    page,
    demo,
  }) => {
    const story = demo.slideshow;
    const storyPath = `/stories/${story.slug}`;
    const total = story.cards.length;
    await page.goto('/');
    // The app's tile, not the link the server drew: a click before the app runs opens
    // the story as a page of its own (the browser's navigation).
    await appRunning(page);
    const tile = page
      .getByRole('list', { name: 'Histoires' })
      .getByRole('link', { name: containing(story.title.fr) });
    await tile.click();
    await waitForPath(page, `${storyPath}/1`);
    const dialog = page.getByRole('dialog', { name: story.title.fr });
    await page.getByRole('group', { name: `1 sur ${total}` }).waitFor();

    await page.keyboard.press('ArrowRight');
    await waitForPath(page, `${storyPath}/2`);
    await page.getByRole('group', { name: `2 sur ${total}` }).waitFor();
    await page.waitForTimeout(400);
    await page.keyboard.press('ArrowLeft');
    await waitForPath(page, `${storyPath}/1`);
    await page.waitForTimeout(400);
    await dialog.getByRole('button', { name: 'Carte suivante' }).click();
    await waitForPath(page, `${storyPath}/2`);

    // The cover shrinks back into its tile as the viewer fades (decision 045).
    await page.evaluate(() => {
      const widths: number[] = [];
      (window as unknown as { heroWidths: number[] }).heroWidths = widths;
      const sample = () => {
        // The cover has no role of its own: its class names the element measured.
        const hero = document.querySelector('.viewer__hero');
        if (!hero) return;
        widths.push(hero.getBoundingClientRect().width);
        requestAnimationFrame(sample);
      };
      requestAnimationFrame(sample);
    });
    await page.keyboard.press('Escape');
    await waitForPath(page, '/');
    await dialog.waitFor({ state: 'detached' });
    await expect(tile).toBeFocused();
    const heroWidths = await page.evaluate(
      () => (window as unknown as { heroWidths: number[] }).heroWidths,
    );
    const tileWidth = (await tile.boundingBox())!.width;
    const full = page.viewportSize()!.width;
    expect(heroWidths[0]).toBeGreaterThan(full - 2);
    // On its way to the tile before the viewer is gone. How far it gets depends on the
    // machine: the fade and the shrink last as long, and a busy one (CI) draws few of
    // their frames (it reached 24 % of the way once, past halfway when quiet).
    expect(Math.min(...heroWidths)).toBeLessThan(full * 0.95);
    expect(Math.min(...heroWidths)).toBeGreaterThanOrEqual(tileWidth - 2);
  });

  test('reaches the grid with Tab, moves by what the eye sees with the arrows, opens with Enter', async ({
    page,
  }) => {
    await page.goto('/');
    const tiles = page.getByRole('list', { name: 'Histoires' }).getByRole('link');
    await tiles.first().waitFor();
    const onTile = () =>
      tiles.evaluateAll((links) => links.some((link) => link === document.activeElement));
    // Tab through the header and the theme filters until a tile has focus.
    for (let i = 0; i < 20; i++) {
      await page.keyboard.press('Tab');
      if (await onTile()) break;
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
    await expect(tiles.first()).toBeFocused();
    await page.keyboard.press('ArrowRight');
    await expect(tiles.nth(1)).toBeFocused();
    const second = await focused();
    await page.keyboard.press('ArrowDown');
    const below = await focused();
    expect(below.top).toBeGreaterThanOrEqual(second.bottom - 2);
    expect(Math.abs(below.left - second.left)).toBeLessThan(400);
    await page.keyboard.press('Enter');
    await waitForPath(page, `/stories/${below.slug}/1`);
    await page.getByRole('dialog').waitFor();
  });

  test('Back returns to where the visitor came from, whatever card they reached', async ({
    page,
    demo,
  }) => {
    const story = demo.slideshow;
    const storyPath = `/stories/${story.slug}`;
    await page.goto('/');
    await appRunning(page);
    await page
      .getByRole('list', { name: 'Histoires' })
      .getByRole('link', { name: containing(story.title.fr) })
      .click();
    await waitForPath(page, `${storyPath}/1`);
    await page.getByRole('group', { name: `1 sur ${story.cards.length}` }).waitFor();
    for (let i = 2; i <= 3; i++) {
      await page.keyboard.press('ArrowRight');
      await waitForPath(page, `${storyPath}/${i}`);
      await page.waitForTimeout(400);
    }
    await page.goBack();
    await waitForPath(page, '/');
    await page.getByRole('dialog').waitFor({ state: 'detached' });
  });

  test('drags with the mouse, and a link to a card opens that card', async ({ page, demo }) => {
    const story = demo.slideshow;
    const storyPath = `/stories/${story.slug}`;
    await page.goto(`${storyPath}/3`);
    await page.getByRole('group', { name: `3 sur ${story.cards.length}` }).waitFor();
    // The server drew this deck; a drag before the app takes it over moves nothing.
    await viewerRunning(page);
    await page.mouse.move(1000, 450);
    await page.mouse.down();
    for (let x = 1000; x >= 400; x -= 50) await page.mouse.move(x, 452);
    await page.mouse.up();
    await waitForPath(page, `${storyPath}/4`);
    await page.waitForTimeout(400);
    await page.getByRole('button', { name: 'Fermer l’histoire' }).first().click();
    await waitForPath(page, '/');
  });

  test('shows friendly not-found states, never a blank page', async ({ page }) => {
    await page.goto('/stories/nexiste-pas');
    await page.getByText('Cette histoire est introuvable.', { exact: false }).waitFor();
    await page.goto('/nulle-part');
    await page.getByRole('heading', { name: 'Cette page n’existe pas' }).waitFor();
    const api = await page.request.get('/api/nulle-part');
    expect(api.status()).toBe(404);
    expect(await api.json()).toMatchObject({ error: { code: 'not_found' } });
  });
});
