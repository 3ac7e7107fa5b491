import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';

import { getStudio, resetStudioStore, saveStudio } from '#mocks/studio-store.ts';
import { renderApp } from '#tests/utils/render-app.tsx';
import {
  draftDocument,
  findSaved,
  makeDraft,
  openEditor,
  publishableDocument,
  signInAsEditor,
  SLUG,
  storedDraft,
} from '#tests/utils/studio-data.ts';

afterEach(() => resetStudioStore());

const publishing = () => screen.getByRole('region', { name: 'Publication' });
const revisions = () =>
  within(screen.getByRole('list', { name: 'Historique' })).getAllByRole('listitem');

function stored() {
  const found = getStudio(SLUG);
  if (!found.ok) throw new Error('no story');
  return found.story;
}

/** The test story's row in the studio's list, reached as an editor does, by the link. */
async function rowInList(user: ReturnType<typeof renderApp>['user']) {
  await user.click(screen.getByRole('link', { name: 'Toutes les histoires' }));
  const list = await screen.findByRole('list', { name: 'Histoires du studio' });
  const link = await within(list).findByRole('link', { name: 'Essai' });
  return within(list)
    .getAllByRole('listitem')
    .find((item) => item.contains(link))!;
}

describe('the history', () => {
  it('lists who changed what, and restores an older version as a new one', async () => {
    const { editor, other } = signInAsEditor();
    const story = makeDraft(editor);
    // Someone else wrote the summary before the editor opened the story.
    saveStudio(
      SLUG,
      { version: story.version, draft: { ...story.draft, summary: { fr: 'Le sien', en: '' } } },
      other,
    );
    const { user } = renderApp(`/studio/${SLUG}`);
    await user.type(await screen.findByLabelText('Titre (FR)'), ' retouché');
    expect(await findSaved()).toBeVisible();

    await waitFor(() => expect(revisions()).toHaveLength(4));
    const [mine, theirs, first, created] = revisions();
    expect(mine).toHaveTextContent(`Enregistrement version 4, ${editor.displayName}`);
    expect(mine).toHaveTextContent('Titre (FR)');
    expect(mine).toHaveTextContent('Version actuelle');
    expect(theirs).toHaveTextContent(`Enregistrement version 3, ${other.displayName}`);
    expect(theirs).toHaveTextContent('Résumé (FR)');
    expect(first).toHaveTextContent('Cartes');
    expect(created).toHaveTextContent(`Création version 1, ${editor.displayName}`);

    // Back to before anyone's edits: both fields come back, as a fifth version.
    await user.click(within(first!).getByRole('button', { name: 'Restaurer la version 2' }));
    await waitFor(() => expect(screen.getByLabelText('Titre (FR)')).toHaveValue('Essai'));
    expect(screen.getByLabelText('Résumé (FR)')).toHaveValue('');
    await waitFor(() => expect(revisions()).toHaveLength(5));
    expect(revisions()[0]).toHaveTextContent(`Restauration version 5, ${editor.displayName}`);
    expect(revisions()[0]).toHaveTextContent('Titre (FR), Résumé (FR)');
    expect(revisions()[0]).toHaveTextContent('Version actuelle');
    expect(storedDraft().title.fr).toBe('Essai');
    expect(storedDraft().summary.fr).toBe('');
  });
});

describe('publishing', () => {
  it('schedules a publication ahead, says when, and the list says so too', async () => {
    const { user } = openEditor(publishableDocument());
    const at = await screen.findByLabelText('Programmer la publication (date et heure)');
    expect(within(publishing()).getByText('Brouillon')).toBeVisible();
    const year = new Date().getFullYear() + 1;
    await user.type(at, `${year}-05-20T09:30`);
    await user.click(within(publishing()).getByRole('button', { name: 'Programmer' }));

    expect(await within(publishing()).findByText('Programmée')).toBeVisible();
    expect(publishing()).toHaveTextContent(new RegExp(`publication prévue 20 mai ${year}.+09:30`));
    expect(screen.getByText('Publication programmée.')).toBeVisible();
    expect(screen.getByRole('button', { name: 'Annuler la programmation' })).toBeEnabled();
    expect(stored().state).toBe('scheduled');
    expect(stored().scheduledAt).toBe(new Date(`${year}-05-20T09:30`).toISOString());

    const row = await rowInList(user);
    expect(row).toHaveTextContent('Programmée');
    expect(row).toHaveTextContent(`publication prévue 20 mai ${year}`);
  });

  it('publishes, then unpublishes, and the list shows the story unpublished', async () => {
    const { user } = openEditor(publishableDocument());
    await user.click(await screen.findByRole('button', { name: 'Publier' }));
    expect(await within(publishing()).findByText('Publiée')).toBeVisible();
    expect(screen.getByText('Publiée : les visiteurs la voient maintenant.')).toBeVisible();

    await user.click(within(publishing()).getByRole('button', { name: 'Dépublier' }));
    expect(await within(publishing()).findByText('Dépubliée')).toBeVisible();
    expect(screen.getByText('Retirée du site.')).toBeVisible();
    expect(within(publishing()).queryByRole('button', { name: 'Dépublier' })).toBeNull();
    expect(stored().state).toBe('unpublished');

    const row = await rowInList(user);
    expect(row).toHaveTextContent('Dépubliée');
  });

  it('keeps Schedule off while the draft cannot be published', async () => {
    const { user } = openEditor(draftDocument());
    const at = await screen.findByLabelText('Programmer la publication (date et heure)');
    await user.type(at, `${new Date().getFullYear() + 1}-05-20T09:30`);
    expect(within(publishing()).getByRole('button', { name: 'Programmer' })).toBeDisabled();
  });
});
