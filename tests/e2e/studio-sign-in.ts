/** Signing in to the studio, for its browser tests. */
import type { Page } from '@playwright/test';

export const EDITOR = 'editor@in-movement.example';

/** The demo editor, signed in through the development outbox, lands on the story list. */
export async function signInAsEditor(page: Page): Promise<void> {
  await page.goto('/studio');
  await page.getByRole('link', { name: 'Se connecter' }).click();
  await page.getByLabel('Adresse e-mail').fill(EDITOR);
  await page.getByRole('button', { name: 'M’envoyer un lien' }).click();
  await page.getByRole('link', { name: 'Ouvrir la boîte d’envoi' }).click();
  await page
    .getByRole('article')
    .filter({ hasText: `To ${EDITOR}` })
    .first()
    .getByRole('link', { name: /\/sign-in\/verify\?token=/ })
    .click();
  await page.waitForURL('**/studio');
}
