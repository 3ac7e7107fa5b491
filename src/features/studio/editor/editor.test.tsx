import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';

import { people } from '#mocks/fixtures/content.ts';
import { resetMediaMocks } from '#mocks/handlers/media.ts';
import { resetStudioStore, saveStudio } from '#mocks/studio-store.ts';
import { photo } from '#tests/utils/media-files.ts';
import { renderApp } from '#tests/utils/render-app.tsx';
import {
  draftDocument,
  makeDraft,
  signInAsEditor,
  SLUG,
  storedDraft,
} from '#tests/utils/studio-data.ts';

import { localCopyKey } from './local-copy.ts';

afterEach(() => {
  resetStudioStore();
  resetMediaMocks();
});

const cardNames = () =>
  within(screen.getByRole('list', { name: /cartes/ }))
    .getAllByRole('listitem')
    .map(
      (item) =>
        within(item).getByText(/^Carte \d/, { selector: 'strong' }).nextSibling?.textContent,
    );

describe('the editor', () => {
  it('saves what is typed after a pause, and says so', async () => {
    const { editor } = signInAsEditor();
    makeDraft(editor);
    const { user } = renderApp(`/studio/${SLUG}`);
    const title = await screen.findByLabelText('Titre (FR)');
    await user.type(title, ' 2');
    expect(await screen.findByText('Enregistré', {}, { timeout: 6000 })).toBeVisible();
    expect(storedDraft().title.fr).toBe('Essai 2');
    // The local copy goes once the server has the same.
    expect(window.localStorage.getItem(localCopyKey(SLUG))).toBeNull();
  });

  it('names people by name, and takes a name typed in full for its person', async () => {
    const { editor } = signInAsEditor();
    makeDraft(editor);
    const person = people.find((p) => !storedDraft().people.includes(p.slug))!;
    const { user } = renderApp(`/studio/${SLUG}`);
    const field = await screen.findByRole('combobox', { name: 'Ajouter une personne' });
    // Every person is offered by name, before any story names them.
    // (A datalist's suggestions stay out of the accessibility tree until shown.)
    await waitFor(() =>
      expect(
        screen
          .getAllByRole('option', { hidden: true, name: person.name })
          .map((option) => option.getAttribute('value')),
      ).toContain(person.slug),
    );
    await user.type(field, person.name.toUpperCase());
    await user.click(screen.getByRole('button', { name: 'Ajouter une personne' }));
    expect(await screen.findByRole('button', { name: `Retirer ${person.name}` })).toBeVisible();
    expect(await screen.findByText('Enregistré', {}, { timeout: 6000 })).toBeVisible();
    expect(storedDraft().people).toContain(person.slug);
  });

  it('on a 409, says who saved and what changed, saves nothing until told, then merges', async () => {
    const { editor, other } = signInAsEditor();
    const story = makeDraft(editor);
    const { user } = renderApp(`/studio/${SLUG}`);
    const title = await screen.findByLabelText('Titre (FR)');
    // Someone else changes the summary meanwhile.
    const theirs = saveStudio(
      SLUG,
      { version: story.version, draft: { ...story.draft, summary: { fr: 'Leur résumé', en: '' } } },
      other,
    );
    expect(theirs.ok).toBe(true);

    await user.type(title, ' modifié');
    const panel = await screen.findByRole(
      'alertdialog',
      { name: 'Quelqu’un d’autre a enregistré cette histoire' },
      { timeout: 6000 },
    );
    expect(panel).toHaveTextContent(`${other.displayName} l’a enregistrée`);
    expect(panel).toHaveTextContent('Ses modifications, reprises : Résumé (FR).');
    expect(panel).toHaveTextContent('Vos modifications, gardées : Titre (FR).');
    expect(screen.getByText('Conflit à régler')).toBeVisible();
    // Never overwritten in silence: the server still has their version only.
    expect(storedDraft().title.fr).toBe('Essai');

    await user.click(
      within(panel).getByRole('button', { name: 'Garder les deux séries de modifications' }),
    );
    expect(await screen.findByText('Enregistré', {}, { timeout: 6000 })).toBeVisible();
    expect(storedDraft().title.fr).toBe('Essai modifié');
    expect(storedDraft().summary.fr).toBe('Leur résumé');
    expect(screen.getByLabelText('Résumé (FR)')).toHaveValue('Leur résumé');
  });

  it('lets the editor drop their changes for the other version', async () => {
    const { editor, other } = signInAsEditor();
    const story = makeDraft(editor);
    const { user } = renderApp(`/studio/${SLUG}`, { locale: 'en' });
    const title = await screen.findByLabelText('Title (FR)');
    saveStudio(
      SLUG,
      { version: story.version, draft: { ...story.draft, title: { fr: 'Le leur', en: 'Trial' } } },
      other,
    );
    await user.type(title, ' mine');
    const panel = await screen.findByRole('alertdialog', {}, { timeout: 6000 });
    // Both changed the French title: the editor chooses.
    expect(within(panel).getByRole('radiogroup', { name: 'Title (FR)' })).toBeVisible();
    await user.click(
      within(panel).getByRole('button', { name: 'Drop my changes and reload theirs' }),
    );
    expect(screen.getByLabelText('Title (FR)')).toHaveValue('Le leur');
    expect(await screen.findByText('Saved')).toBeVisible();
    expect(storedDraft().title.fr).toBe('Le leur');
  });

  it('makes an uploaded image the cover, and saves it', async () => {
    const { editor } = signInAsEditor();
    makeDraft(editor);
    const { user } = renderApp(`/studio/${SLUG}`);
    const cover = await screen.findByRole('group', { name: 'Couverture' });
    const file = new File([new Uint8Array(await photo(64, 48))], 'atelier.jpg', {
      type: 'image/jpeg',
    });
    await user.upload(within(cover).getByLabelText('Choisir une image'), file);
    await waitFor(() => expect(storedDraft().cover?.src).toMatch(/\/media\/u\//), {
      timeout: 6000,
    });
    expect(storedDraft().cover?.width).toBe(64);
  });

  it('reorders cards with the keyboard (space, arrow, space) and with the move buttons', async () => {
    const { editor } = signInAsEditor();
    makeDraft(editor);
    // jsdom lays nothing out: each card gets the place a browser would give it.
    /* eslint-disable testing-library/no-node-access -- a layout stub, not a query: it places each card as a browser would */
    vi.spyOn(HTMLElement.prototype, 'getBoundingClientRect').mockImplementation(function (
      this: HTMLElement,
    ) {
      const card = this.closest('.studio-card');
      const index = card ? [...card.parentElement!.children].indexOf(card) : 0;
      return new DOMRect(0, card ? 200 + index * 100 : 0, card ? 600 : 0, card ? 90 : 0);
    });
    /* eslint-enable testing-library/no-node-access */
    const { user } = renderApp(`/studio/${SLUG}`);
    const handle = await screen.findByRole('button', { name: 'Déplacer Carte 1 (texte)' });
    expect(cardNames()).toEqual(['Premier', 'Second', 'Troisième']);

    handle.focus();
    await user.keyboard(' ');
    await user.keyboard('{ArrowDown}');
    await user.keyboard(' ');
    await waitFor(() => expect(cardNames()).toEqual(['Second', 'Premier', 'Troisième']));
    // Screen readers heard it, in French.
    expect(await screen.findByText('Carte posée en position 2 sur 3.')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Descendre Carte 2 (texte)' }));
    expect(cardNames()).toEqual(['Second', 'Troisième', 'Premier']);
    expect(screen.getByRole('button', { name: 'Descendre Carte 3 (texte)' })).toBeDisabled();
    await waitFor(() => expect(storedDraft().cards.map((c) => c.id)).toEqual(['b', 'c', 'a']), {
      timeout: 6000,
    });
  });

  it('recovers what was typed before a reload from the local copy, and saves it', async () => {
    const { editor } = signInAsEditor();
    const story = makeDraft(editor);
    window.localStorage.setItem(
      localCopyKey(SLUG),
      JSON.stringify({
        version: story.version,
        draft: { ...story.draft, title: { fr: 'Tapé avant la coupure', en: 'Trial' } },
        savedAt: new Date().toISOString(),
      }),
    );
    renderApp(`/studio/${SLUG}`);
    expect(await screen.findByLabelText('Titre (FR)')).toHaveValue('Tapé avant la coupure');
    expect(screen.getByText(/Vos modifications non enregistrées ont été retrouvées/)).toBeVisible();
    await waitFor(() => expect(storedDraft().title.fr).toBe('Tapé avant la coupure'), {
      timeout: 6000,
    });
  });

  it('says a corrupted local copy could not be read, shows the server’s, and touches nothing else', async () => {
    const { editor } = signInAsEditor();
    makeDraft(editor);
    window.localStorage.setItem(localCopyKey(SLUG), '{"version": "two", "draft": ');
    window.localStorage.setItem('parcours.path', 'kept');
    const { user } = renderApp(`/studio/${SLUG}`);
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'La copie locale de cette histoire était illisible',
    );
    expect(screen.getByLabelText('Titre (FR)')).toHaveValue('Essai');
    expect(window.localStorage.getItem('parcours.path')).toBe('kept');
    // The editor still works: typing makes a fresh, readable copy and saves.
    await user.type(screen.getByLabelText('Titre (EN)'), ' run');
    expect(JSON.parse(window.localStorage.getItem(localCopyKey(SLUG))!)).toMatchObject({
      draft: { title: { en: 'Trial run' } },
    });
    await waitFor(() => expect(storedDraft().title.en).toBe('Trial run'), { timeout: 6000 });
  });

  it('asks for the cover’s alternative text in both languages before publishing', async () => {
    const { editor } = signInAsEditor();
    const cover = {
      src: '/media/img/essai-480.webp',
      sources: [],
      width: 480,
      height: 320,
      alt: { fr: '', en: '' },
      color: '#808080',
    };
    makeDraft(editor, {
      ...draftDocument(),
      summary: { fr: 'Résumé', en: 'Summary' },
      cover,
      themes: ['design'],
    });
    const { user } = renderApp(`/studio/${SLUG}`, { locale: 'en' });
    const checklist = await screen.findByRole('list', { name: 'Before publishing' });
    expect(checklist).toHaveTextContent('✓ A cover image');
    expect(checklist).toHaveTextContent('○ The cover’s alternative text, in French and English');
    expect(screen.getByRole('button', { name: 'Publish' })).toBeDisabled();

    const field = screen.getByRole('group', { name: 'Cover' });
    await user.type(within(field).getByLabelText('Alternative text (FR)'), 'Une rue plantée');
    await user.type(within(field).getByLabelText('Alternative text (EN)'), 'A street with trees');
    expect(checklist).toHaveTextContent('✓ The cover’s alternative text, in French and English');
    expect(screen.getByRole('button', { name: 'Publish' })).toBeEnabled();
  });

  it('lists what publishing still needs, and keeps Publish off until it is all there', async () => {
    const { editor } = signInAsEditor();
    const doc = draftDocument();
    makeDraft(editor, { ...doc, summary: { fr: 'Résumé', en: '' } });
    renderApp(`/studio/${SLUG}`, { locale: 'en' });
    const checklist = await screen.findByRole('list', { name: 'Before publishing' });
    expect(within(checklist).getByText('Every text written in English')).toBeVisible();
    expect(checklist).toHaveTextContent('○ Every text written in English');
    expect(checklist).toHaveTextContent('○ A cover image');
    expect(checklist).toHaveTextContent('✓ At least one card');
    expect(screen.getByRole('button', { name: 'Publish' })).toBeDisabled();
  });
});
