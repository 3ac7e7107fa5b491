import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';

import { signInMockAs } from '#mocks/in-movement-session.ts';
import { resetStudioStore } from '#mocks/studio-store.ts';
import { renderApp } from '#tests/utils/render-app.tsx';
import { makeDraft, signInAsEditor, SLUG } from '#tests/utils/studio-data.ts';

afterEach(() => resetStudioStore());

describe('who gets into the studio', () => {
  it('asks a signed-out visitor to sign in, coming back to the studio after', async () => {
    renderApp('/studio');
    expect(
      await screen.findByRole('heading', { name: 'Connectez-vous pour ouvrir le studio' }),
    ).toBeVisible();
    expect(screen.getByRole('link', { name: 'Se connecter' })).toHaveAttribute(
      'href',
      '/sign-in?returnTo=%2Fstudio',
    );
    expect(screen.queryByRole('list', { name: 'Histoires du studio' })).toBeNull();
  });

  it('tells a participant the studio is not theirs, in their language', async () => {
    signInMockAs('participant');
    renderApp('/studio', { locale: 'en' });
    expect(
      await screen.findByRole('heading', { name: 'For the editorial team only' }),
    ).toBeVisible();
    expect(screen.queryByRole('list', { name: 'Studio stories' })).toBeNull();
  });
});

describe('the story list', () => {
  it('shows state and completeness, and filters by state and words through the address', async () => {
    const { editor } = signInAsEditor();
    makeDraft(editor);
    const { user, location } = renderApp('/studio');
    const list = await screen.findByRole('list', { name: 'Histoires du studio' });
    expect(await screen.findByText('25 histoires')).toBeVisible();
    await waitFor(() => expect(within(list).getAllByRole('listitem').length).toBeGreaterThan(20));

    await user.selectOptions(screen.getByLabelText('État'), 'Brouillon');
    await waitFor(() => expect(location()).toBe('/studio?state=draft'));
    expect(await screen.findByText('1 histoire')).toBeVisible();
    const row = within(screen.getByRole('list', { name: 'Histoires du studio' })).getByRole(
      'listitem',
    );
    expect(within(row).getByRole('link', { name: 'Essai' })).toHaveAttribute(
      'href',
      `/studio/${SLUG}`,
    );
    expect(row).toHaveTextContent('Brouillon');
    // Text cards only and no summary yet: neither language is complete.
    expect(row).toHaveTextContent('FR incomplet');
    expect(row).toHaveTextContent(/Modifiée par .+,/);

    await user.selectOptions(screen.getByLabelText('État'), 'Tous les états');
    await user.type(screen.getByLabelText('Rechercher (titre ou identifiant)'), 'atelier');
    await waitFor(() => expect(location()).toBe('/studio?q=atelier'));
    expect(await screen.findByRole('link', { name: 'L’atelier des formes' })).toBeVisible();
    await waitFor(() => expect(screen.queryByRole('link', { name: 'Ligne de nuit' })).toBeNull());
    expect(screen.queryByRole('link', { name: 'Essai' })).toBeNull();
  });

  it('shows only the stories missing a language when filtered on it', async () => {
    const { editor } = signInAsEditor();
    // No summary yet: French is missing; the demo's stories are all complete.
    makeDraft(editor);
    const { user, location } = renderApp('/studio');
    expect(await screen.findByText('25 histoires')).toBeVisible();
    await user.selectOptions(screen.getByLabelText('Langue'), 'Texte manquant en français');
    await waitFor(() => expect(location()).toBe('/studio?incomplete=fr'));
    expect(await screen.findByText('1 histoire')).toBeVisible();
    const rows = within(screen.getByRole('list', { name: 'Histoires du studio' })).getAllByRole(
      'listitem',
    );
    expect(rows).toHaveLength(1);
    expect(within(rows[0]!).getByRole('link', { name: 'Essai' })).toBeVisible();
    expect(rows[0]).toHaveTextContent('FR incomplet');
  });

  it('reads its filters from the address', async () => {
    signInAsEditor();
    renderApp('/studio?state=unpublished');
    expect(await screen.findByText('Aucune histoire')).toBeVisible();
    expect(screen.getByLabelText('État')).toHaveValue('unpublished');
  });

  it('creates a story from its titles and opens it in the editor', async () => {
    signInAsEditor();
    const { user, location } = renderApp('/studio', { locale: 'en' });
    await user.click(await screen.findByRole('button', { name: 'New story' }));
    await user.type(screen.getByLabelText('Title (FR)'), 'Une journée à l’usine');
    await user.type(screen.getByLabelText('Title (EN)'), 'A day at the plant');
    expect(screen.getByLabelText('Identifier (in the address)')).toHaveValue(
      'une-journee-a-l-usine',
    );
    await user.click(screen.getByRole('button', { name: 'Create and open' }));
    await waitFor(() => expect(location()).toBe('/studio/une-journee-a-l-usine'));
    expect(await screen.findByLabelText('Title (EN)')).toHaveValue('A day at the plant');
  });

  it('says when the slug is taken, by the field', async () => {
    signInAsEditor();
    const { user } = renderApp('/studio', { locale: 'en' });
    await user.click(await screen.findByRole('button', { name: 'New story' }));
    await user.type(screen.getByLabelText('Title (FR)'), 'Atelier des formes');
    await user.click(screen.getByRole('button', { name: 'Create and open' }));
    expect(await screen.findByText('A story already has this identifier.')).toBeVisible();
    expect(screen.getByLabelText('Identifier (in the address)')).toHaveAttribute(
      'aria-invalid',
      'true',
    );
  });
});
