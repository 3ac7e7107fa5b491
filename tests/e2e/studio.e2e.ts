/**
 * The studio for real (decision 035): the demo editor signs in through the outbox on a
 * touch iPad, makes a story with a cover and cards, reorders them by dragging a card's
 * handle with a finger, publishes, and a visitor in another browser finds the story on
 * the springboard and in search, against the real server and its database.
 */
import type { Locator } from '@playwright/test';

import { seriousViolations } from './axe.ts';
import { containing, expect, test } from './fixtures.ts';
import { signInAsEditor } from './outbox-sign-in.ts';

/** The centre of an element, for a finger. */
async function centre(locator: Locator) {
  const box = await locator.boundingBox();
  if (!box) throw new Error('not on screen');
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

test(
  'an editor creates, reorders by touch and publishes a story; a visitor finds it',
  { tag: '@ipad-landscape' },
  async ({ page, touch, visitor }, testInfo) => {
    testInfo.setTimeout(180_000);
    const stamp = Date.now().toString(36);
    const slug = `essai-${stamp}`;
    const titleFr = `Essai du studio ${stamp}`;
    const titleEn = `Studio trial ${stamp}`;

    await signInAsEditor(page);
    await expect(page.getByRole('heading', { level: 1, name: 'Histoires' })).toBeVisible();
    expect(await seriousViolations(page), 'the story list').toEqual([]);

    await page.getByRole('button', { name: 'Nouvelle histoire' }).tap();
    const form = page.getByRole('form', { name: 'Nouvelle histoire' });
    await form.getByLabel('Titre (FR)').fill(titleFr);
    await form.getByLabel('Titre (EN)').fill(titleEn);
    await form.getByLabel('Identifiant (dans l’adresse)').fill(slug);
    await form.getByRole('button', { name: 'Créer et ouvrir' }).tap();
    await page.waitForURL(`**/studio/${slug}`);

    const story = page.getByRole('region', { name: 'L’histoire' });
    await story.getByLabel('Résumé (FR)').fill('Une histoire écrite dans le studio.');
    await story.getByLabel('Résumé (EN)').fill('A story written in the studio.');
    await story.getByRole('checkbox', { name: 'Design' }).check();
    await story.getByRole('button', { name: 'Choisir dans le studio (Couverture)' }).tap();
    await story
      .getByRole('group', { name: 'Médias déjà dans le studio' })
      .getByRole('button')
      .first()
      .tap();
    await expect(story.getByLabel('Texte alternatif (FR)')).not.toHaveValue('');

    // Three cards: a text, an image, a text.
    const cards = page.getByRole('region', { name: /cartes?$/i });
    const addText = async (n: number, fr: string, en: string) => {
      await cards.getByRole('button', { name: 'Ajouter : texte' }).tap();
      const card = cards.getByRole('listitem', { name: `Carte ${n} (texte)` });
      await card.getByLabel('Titre (FR)').fill(fr);
      await card.getByLabel('Titre (EN)').fill(en);
      await card.getByLabel('Texte (FR)').fill(`${fr}, en détail.`);
      await card.getByLabel('Texte (EN)').fill(`${en}, in detail.`);
    };
    await addText(1, 'Premier', 'First');
    await cards.getByRole('button', { name: 'Ajouter : image' }).tap();
    const image = cards.getByRole('listitem', { name: 'Carte 2 (image)' });
    await image.getByRole('button', { name: 'Choisir dans le studio (Image)' }).tap();
    await image
      .getByRole('group', { name: 'Médias déjà dans le studio' })
      .getByRole('button')
      .nth(1)
      .tap();
    await image.getByLabel('Légende (FR)').fill('Une image');
    await image.getByLabel('Légende (EN)').fill('An image');
    await image.getByLabel('Crédit').fill('Groupe Norelle');
    await addText(3, 'Dernier', 'Last');
    await cards.getByRole('button', { name: 'Replier Carte 3 (texte)' }).tap();

    // The last card dragged by its handle, with a finger held still first, to the top.
    const handle = cards.getByRole('button', { name: 'Déplacer Carte 3 (texte)' });
    await handle.scrollIntoViewIfNeeded();
    const from = await centre(handle);
    const to = await centre(cards.getByRole('button', { name: 'Déplacer Carte 1 (texte)' }));
    await touch.press(from);
    await page.waitForTimeout(400);
    await touch.moveTo(from, { x: from.x, y: to.y - 20 }, 16);
    await page.waitForTimeout(300);
    await touch.lift({ x: from.x, y: to.y - 20 });
    await expect(cards.getByRole('listitem').first()).toContainText('Dernier');
    await expect(cards.getByRole('listitem').nth(1)).toContainText('Premier');

    await expect(page.getByRole('status').filter({ hasText: 'Enregistré' })).toBeVisible({
      timeout: 15_000,
    });
    expect(await seriousViolations(page), 'the editor').toEqual([]);
    const publish = page.getByRole('button', { name: 'Publier', exact: true });
    await expect(publish).toBeEnabled();
    await publish.tap();
    await expect(page.getByText('Publiée : les visiteurs la voient maintenant.')).toBeVisible();

    // The preview: the real viewer in three device frames, which the server lets this
    // origin frame (and no one else: server/app.test.ts).
    await page.goto(`/studio/${slug}/preview`);
    await expect(page.locator('iframe')).toHaveCount(3);
    for (let i = 0; i < 3; i++) {
      await expect(
        page
          .frameLocator('iframe')
          .nth(i)
          .getByRole('dialog', { name: containing(titleFr) }),
      ).toBeVisible({ timeout: 15_000 });
    }

    // A visitor, elsewhere, sees it at once: on the springboard, in search, in order.
    const guest = await visitor('ipadLandscape');
    // None of the studio's code, strings or styles reach a visitor (its own chunks).
    const fetched: string[] = [];
    guest.on('request', (request) => fetched.push(new URL(request.url()).pathname));
    await guest.goto('/');
    await expect(guest.getByRole('link', { name: containing(titleFr) }).first()).toBeVisible();
    await guest.goto(`/search?q=${encodeURIComponent(stamp)}`);
    await expect(
      guest
        .getByRole('region', { name: 'Résultats' })
        .getByRole('link', { name: containing(titleFr) }),
    ).toBeVisible();
    await guest.goto(`/stories/${slug}/1`);
    await expect(guest.getByRole('dialog', { name: containing(titleFr) })).toBeVisible();
    await expect(guest.getByText('Dernier, en détail.')).toBeVisible();
    expect(fetched.filter((path) => /studio|editor-page/.test(path))).toEqual([]);
  },
);

test(
  'a visitor guessing a draft’s address finds nothing, and the studio turns them away',
  { tag: '@ipad-landscape' },
  async ({ page }) => {
    await page.goto('/studio');
    await expect(
      page.getByRole('heading', { name: 'Connectez-vous pour ouvrir le studio' }),
    ).toBeVisible();
    const answer = await page.request.get('/api/studio/stories');
    expect(answer.status()).toBe(401);
  },
);
