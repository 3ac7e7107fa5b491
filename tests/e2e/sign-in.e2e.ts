/**
 * Signing in for real against the e2e server (the real server on its embedded database,
 * without SMTP): ask for a link, find it in the development outbox, open it in the same
 * browser, land signed in, edit the profile, sign out.
 */
import { seriousViolations } from './axe.ts';
import { expect, test } from './fixtures.ts';

test(
  'signs in by e-mail link through the outbox, edits the profile and signs out',
  { tag: ['@ipad-landscape', '@desktop'] },
  async ({ page }, testInfo) => {
    // One address per project and run: the database outlives a single test.
    const email = `e2e-${testInfo.project.name}-${Date.now()}@example.org`;
    await page.goto('/sign-in?returnTo=%2Faccount');
    await expect(page.getByRole('heading', { level: 1, name: 'Se connecter' })).toBeVisible();
    expect(await seriousViolations(page), 'the sign-in page').toEqual([]);
    await page.getByLabel('Adresse e-mail').fill(email);
    await page.getByRole('button', { name: 'M’envoyer un lien' }).click();
    await expect(page.getByRole('status')).toContainText(`Un lien de connexion part vers ${email}`);

    // The local server keeps its mail in the outbox, which the page points at.
    await page.getByRole('link', { name: 'Ouvrir la boîte d’envoi' }).click();
    await expect(page.getByRole('heading', { name: 'Outbox (development)' })).toBeVisible();
    const mail = page
      .getByRole('article')
      .filter({ hasText: `To ${email}` })
      .first();
    await mail.getByRole('link', { name: /\/sign-in\/verify\?token=/ }).click();

    // Back where the person was going, signed in, and told so.
    await page.waitForURL('**/account');
    await expect(page.getByRole('heading', { level: 1, name: 'Mon compte' })).toBeVisible();
    const name = email.split('@')[0]!;
    await expect(
      page.getByRole('status').filter({ hasText: 'Vous êtes connecté·e' }),
    ).toContainText(name);
    await expect(page.getByText('Participant·e', { exact: true })).toBeVisible();
    expect(await seriousViolations(page), 'the account page').toEqual([]);

    const displayName = page.getByLabel('Nom affiché');
    await expect(displayName).toHaveValue(name);
    await displayName.fill('Ada de test');
    await page.getByLabel('Présentation (facultative)').fill('Je relis les débats.');
    await page.getByRole('radio', { name: 'Externe' }).check();
    await page.getByRole('button', { name: 'Enregistrer' }).click();
    await expect(page.getByText('Profil enregistré.')).toBeVisible();

    // Saved on the server, not only on screen.
    await page.reload();
    await expect(page.getByLabel('Nom affiché')).toHaveValue('Ada de test');
    await expect(page.getByRole('radio', { name: 'Externe' })).toBeChecked();

    await page.getByRole('button', { name: 'Se déconnecter' }).click();
    await expect(page.getByText('Vous êtes déconnecté·e.')).toBeVisible();
    await page.reload();
    await expect(page.getByRole('link', { name: 'Se connecter' })).toBeVisible();
  },
);
