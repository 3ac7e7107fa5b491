import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';

import { resetStudioStore } from '#mocks/studio-store.ts';
import { storyOptions } from '#src/api/stories.ts';
import {
  draftDocument,
  findSaved,
  openEditor,
  publishableDocument,
  SLUG,
  storedDraft,
} from '#tests/utils/studio-data.ts';

afterEach(() => resetStudioStore());

const card = (name: string) => screen.getByRole('listitem', { name });

describe('the cards', () => {
  it('adds a quote by a person of the story, edits it, removes another card, and saves it all', async () => {
    const { user } = openEditor({ ...draftDocument(), people: ['ines-marchal'] });
    await user.click(await screen.findByRole('button', { name: 'Ajouter : citation' }));
    // A new card opens for writing.
    const quote = card('Carte 4 (citation)');
    await user.type(within(quote).getByLabelText('Citation (FR)'), 'Dessiner, c’est choisir.');
    await user.type(within(quote).getByLabelText('Citation (EN)'), 'To draw is to choose.');
    // The person is offered by name, among the story's people only.
    const who = within(quote).getByLabelText('Qui parle');
    expect(
      within(who)
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual(['À choisir parmi les personnes de l’histoire', 'Inès Marchal']);
    await user.selectOptions(who, 'Inès Marchal');
    expect(await findSaved()).toBeVisible();

    // Closed, then opened again to change its words.
    // (jsdom's name drops the space before the hidden card name: matched by its start.)
    await user.click(within(quote).getByRole('button', { name: /^Replier/, expanded: true }));
    expect(within(quote).queryByLabelText('Citation (FR)')).toBeNull();
    expect(quote).toHaveTextContent('Dessiner, c’est choisir.');
    await user.click(within(quote).getByRole('button', { name: /^Modifier/, expanded: false }));
    await user.type(within(quote).getByLabelText('Citation (FR)'), ' Toujours.');

    await user.click(screen.getByRole('button', { name: 'Supprimer Carte 1 (texte)' }));
    expect(screen.getByRole('heading', { name: '3 cartes' })).toBeVisible();
    expect(card('Carte 3 (citation)')).toHaveTextContent('Dessiner, c’est choisir. Toujours.');

    await waitFor(() => expect(storedDraft().cards).toHaveLength(3), {
      timeout: 6000,
    });
    const saved = storedDraft().cards;
    expect(saved.map((c) => c.id).slice(0, 2)).toEqual(['b', 'c']);
    expect(saved[2]).toMatchObject({
      kind: 'quote',
      text: { fr: 'Dessiner, c’est choisir. Toujours.', en: 'To draw is to choose.' },
      person: 'ines-marchal',
    });
  });
});

describe('how the story shows', () => {
  it('saves its related stories, tile size and shown date, which visitors then get', async () => {
    const { user, queryClient } = openEditor(publishableDocument());
    const related = await screen.findByRole('group', { name: 'Histoires liées' });
    // Every story is offered by title (a datalist stays out of the tree until shown).
    await waitFor(() =>
      expect(
        within(related)
          .getAllByRole('option', { hidden: true })
          .map((option) => option.textContent),
      ).toContain('L’atelier des formes'),
    );
    await user.type(
      within(related).getByRole('combobox', { name: 'Ajouter une histoire liée' }),
      'l’atelier des formes',
    );
    await user.click(within(related).getByRole('button', { name: 'Ajouter une histoire liée' }));
    expect(
      within(related).getByRole('button', { name: 'Retirer l’histoire liée L’atelier des formes' }),
    ).toBeVisible();

    const tile = screen.getByRole('group', { name: 'Taille de la tuile' });
    expect(within(tile).getByRole('radio', { name: 'Normale' })).toBeChecked();
    await user.click(within(tile).getByRole('radio', { name: 'Large' }));
    await user.type(screen.getByLabelText('Date de publication affichée'), '2025-03-14');
    expect(await findSaved()).toBeVisible();
    expect(storedDraft()).toMatchObject({
      related: ['atelier-des-formes'],
      tile: 'wide',
      publishedAt: '2025-03-14',
    });

    // Published, the visitors' API answers with them.
    await user.click(screen.getByRole('button', { name: 'Publier' }));
    expect(await screen.findByText('Publiée : les visiteurs la voient maintenant.')).toBeVisible();
    const visited = await queryClient.fetchQuery(storyOptions(SLUG));
    expect(visited.tile).toBe('wide');
    expect(visited.publishedAt).toBe('2025-03-14');
    expect(visited.related.map((story) => story.slug)).toEqual(['atelier-des-formes']);
  });
});
