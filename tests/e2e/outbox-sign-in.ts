/** Signing in through the development outbox, for the browser tests (French pages). */
import type { Page } from '@playwright/test';

export const EDITOR = 'editor@in-movement.example';

/**
 * On the sign-in page: asks for a link for `email`, opens it from the outbox in the
 * same browser, and waits for the page the link leads back to (`landing`, a glob).
 */
export async function signInThroughOutbox(page: Page, email: string, landing: string) {
  await page.getByLabel('Adresse e-mail').fill(email);
  await page.getByRole('button', { name: 'M’envoyer un lien' }).click();
  await page.getByRole('link', { name: 'Ouvrir la boîte d’envoi' }).click();
  await page
    .getByRole('article')
    .filter({ hasText: `To ${email}` })
    .first()
    .getByRole('link', { name: /\/sign-in\/verify\?token=/ })
    .click();
  await page.waitForURL(landing);
}

/** The demo editor, signed in through the development outbox, lands on the story list. */
export async function signInAsEditor(page: Page): Promise<void> {
  await page.goto('/studio');
  await page.getByRole('link', { name: 'Se connecter' }).click();
  await signInThroughOutbox(page, EDITOR, '**/studio');
}
