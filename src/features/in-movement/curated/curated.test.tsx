import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { signInMockAs } from '#mocks/in-movement-session.ts';
import { type CuratedRow, imState } from '#mocks/in-movement-store.ts';
import { renderPage } from '#tests/utils/render-page.tsx';

import { CuratedPage } from './curated-page.tsx';

/** A signal the test knows, first in the list (pinned, newest). */
function knownSignal(): CuratedRow {
  const state = imState();
  const debate = state.debates[0]!;
  const theme = state.themes[0]!;
  const row: CuratedRow = {
    id: '9001',
    url: 'https://www.example.com/rapport',
    title: 'Un rapport sur les rues partagées',
    commentary: 'Pourquoi il compte, en deux lignes.',
    theme: theme.slug,
    signal: 'weak-signal',
    debates: [debate.slug],
    curatorId: state.people.find((p) => p.role === 'curator')!.id,
    publishedAt: '2030-01-01T10:00:00.000Z',
    pinned: true,
    featured: false,
    archived: false,
  };
  state.curated.push(row);
  return row;
}

async function findSignal(title: string) {
  const heading = await screen.findByRole('heading', { level: 2, name: new RegExp(title) });
  return heading.closest('article')!;
}

describe('curated signals', () => {
  it('shows each signal with its preview, kind, commentary, theme and debates', async () => {
    const row = knownSignal();
    renderPage(<CuratedPage />);
    expect(screen.getByRole('heading', { level: 1, name: 'Signaux' })).toBeVisible();
    const item = await findSignal(row.title);
    const link = within(item).getByRole('link', {
      name: `${row.title} (s’ouvre dans un nouvel onglet)`,
    });
    expect(link).toHaveAttribute('href', row.url);
    expect(link).toHaveAttribute('target', '_blank');
    expect(link).toHaveAttribute('rel', 'noopener');
    expect(within(item).getByText('Signal faible')).toBeVisible();
    expect(within(item).getByText(row.commentary)).toBeVisible();
    expect(within(item).getByText(/Source : example\.com/)).toBeVisible();
    const theme = imState().themes[0]!;
    expect(within(item).getByText(new RegExp(`Thème : ${theme.name.fr}`))).toBeVisible();
    // The host's initial on the theme's colour; no image from the source.
    expect(within(item).getByText('E')).toBeInTheDocument();
    expect(within(item).queryByRole('img')).toBeNull();
    const debate = imState().debates[0]!;
    expect(within(item).getByRole('link', { name: debate.question })).toHaveAttribute(
      'href',
      `/in-movement/debates/${debate.slug}`,
    );
  });

  it('shows no curation to a visitor or a participant', async () => {
    const row = knownSignal();
    signInMockAs('participant');
    renderPage(<CuratedPage />);
    await findSignal(row.title);
    expect(screen.queryByRole('heading', { name: 'Publier un signal' })).toBeNull();
    expect(screen.queryByRole('button', { name: /Épingler|Désépingler|Archiver/ })).toBeNull();
  });

  it('lets a curator publish a signal, after saying what the form lacks', async () => {
    signInMockAs('curator');
    const { user } = renderPage(<CuratedPage />);
    await screen.findByRole('heading', { name: 'Publier un signal' });
    await user.click(screen.getByRole('button', { name: 'Publier le signal' }));
    const url = screen.getByRole('textbox', { name: 'Adresse du lien' });
    expect(url).toHaveFocus();
    expect(url).toHaveAttribute('aria-invalid', 'true');
    expect(url).toHaveAccessibleDescription(/Indiquez l’adresse du lien/);
    expect(screen.getByText('4 champs sont à corriger.')).toBeVisible();

    await user.type(url, 'ftp://example.org/x');
    await user.type(screen.getByRole('textbox', { name: 'Titre' }), 'Des vélos partout');
    await user.type(screen.getByRole('textbox', { name: 'Votre commentaire' }), 'À suivre.');
    const theme = imState().themes[0]!;
    await user.selectOptions(screen.getByRole('combobox', { name: 'Thème' }), theme.name.fr);
    await user.selectOptions(screen.getByRole('combobox', { name: 'Type de signal' }), 'Donnée');
    const debate = imState().debates[0]!;
    await user.click(screen.getByRole('checkbox', { name: debate.question }));
    await user.click(screen.getByRole('button', { name: 'Publier le signal' }));
    expect(url).toHaveAccessibleDescription(/doit commencer par https:\/\//);

    await user.clear(url);
    await user.type(url, 'https://example.org/velos');
    await user.click(screen.getByRole('button', { name: 'Publier le signal' }));
    const status = await screen.findByText('Signal publié : « Des vélos partout ».');
    await waitFor(() => expect(status).toHaveFocus());
    const item = await findSignal('Des vélos partout');
    expect(within(item).getByText('Donnée')).toBeVisible();
    expect(imState().curated.at(-1)).toMatchObject({
      url: 'https://example.org/velos',
      signal: 'data',
      theme: theme.slug,
      debates: [debate.slug],
    });
    expect(url).toHaveValue('');
  });

  it('lets a curator pin and, once confirmed, archive a signal', async () => {
    const row = knownSignal();
    row.pinned = false;
    row.featured = true;
    signInMockAs('curator');
    const { user } = renderPage(<CuratedPage />);
    let item = await findSignal(row.title);
    await user.click(within(item).getByRole('button', { name: 'Épingler' }));
    expect(await screen.findByText('Signal épinglé.')).toBeVisible();
    expect(row.pinned).toBe(true);
    item = await findSignal(row.title);
    expect(within(item).getByRole('button', { name: 'Désépingler' })).toBeVisible();

    await user.click(within(item).getByRole('button', { name: 'Archiver…' }));
    const confirm = within(item).getByRole('button', { name: 'Archiver' });
    await waitFor(() => expect(confirm).toHaveFocus());
    expect(row.archived).toBe(false);
    await user.click(confirm);
    expect(await screen.findByText('Signal archivé.')).toBeVisible();
    await waitFor(() =>
      expect(screen.queryByRole('heading', { name: new RegExp(row.title) })).toBeNull(),
    );
    expect(row.archived).toBe(true);
  });

  it('says when the server refuses a curator’s change', async () => {
    const row = knownSignal();
    signInMockAs('curator');
    const { user } = renderPage(<CuratedPage />);
    const item = await findSignal(row.title);
    // Someone archived it meanwhile: the server answers 409 and the list refreshes.
    row.archived = true;
    await user.click(within(item).getByRole('button', { name: 'Désépingler' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Quelqu’un a déjà traité cet élément entre-temps',
    );
    await waitFor(() =>
      expect(screen.queryByRole('heading', { name: new RegExp(row.title) })).toBeNull(),
    );
  });

  it('speaks English', async () => {
    const row = knownSignal();
    signInMockAs('curator');
    renderPage(<CuratedPage />, { locale: 'en' });
    const item = await findSignal(row.title);
    expect(screen.getByRole('heading', { level: 1, name: 'Signals' })).toBeVisible();
    expect(screen.getByRole('heading', { name: 'Publish a signal' })).toBeVisible();
    expect(within(item).getByText('Weak signal')).toBeVisible();
    expect(within(item).getByRole('button', { name: 'Unpin' })).toBeVisible();
  });
});
