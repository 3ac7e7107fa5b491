import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { renderApp } from '#tests/utils/render-app.tsx';
import {
  environment,
  grilles,
  keravec,
  robots,
  searchbox,
  serveSearchCatalogue,
} from '#tests/utils/search-page.ts';

const searches = serveSearchCatalogue();

describe('search', () => {
  it('searches as the visitor types: debounced, highlighted, URL kept in sync', async () => {
    const { user, location } = renderApp('/search');
    const field = await searchbox();
    expect(screen.getByRole('search', { name: 'Recherche' })).toContainElement(field);
    await user.click(field);
    await user.type(field, 'soudeurs');

    // Typing did not send a request per keystroke, nor touch the URL yet.
    expect(location()).toBe('/search');
    const list = await screen.findByRole('list');
    expect(location()).toBe('/search?q=soudeurs');
    expect(searches).toEqual(['soudeurs|fr']);

    const link = within(list).getByRole('link', { name: robots.title.fr });
    expect(link).toHaveAttribute('href', `/stories/${robots.slug}/1`);
    expect(within(link).getByText(/^soudeurs$/i, { selector: 'mark' })).toBeInTheDocument();
    expect(field).toHaveFocus();
    expect(screen.getByRole('status')).toHaveTextContent(/^1 résultat$/);
  });

  it('keeps Back for real pages: typing replaces the history entry', async () => {
    const { user, location, router } = renderApp('/search', { before: ['/'] });
    await user.type(await searchbox(), 'calandres');
    await screen.findByRole('link', { name: grilles.title.fr });
    await user.clear(await searchbox());
    await user.type(await searchbox(), 'soudeurs');
    await screen.findByRole('link', { name: robots.title.fr });
    expect(location()).toBe('/search?q=soudeurs');
    await router.navigate(-1);
    await waitFor(() => expect(location()).toBe('/'));
  });

  it('searches at once on Enter', async () => {
    const { user, location } = renderApp('/search');
    await user.type(await searchbox(), 'soudeurs{Enter}');
    expect(location()).toBe('/search?q=soudeurs');
    expect(await screen.findByRole('link', { name: robots.title.fr })).toBeInTheDocument();
  });

  it('clears the query at once with a finger-sized button, focus back in the field', async () => {
    const { user, location } = renderApp('/search?q=soudeurs');
    await screen.findByRole('link', { name: robots.title.fr });
    await user.click(screen.getByRole('button', { name: 'Effacer la recherche' }));
    expect(await searchbox()).toHaveValue('');
    expect(await searchbox()).toHaveFocus();
    expect(location()).toBe('/search');
    expect(
      screen.getByText('Cherchez parmi les histoires, les personnes et les thèmes.'),
    ).toBeInTheDocument();
  });

  it('opens a deep link with its query, and a story hit comes back to the search', async () => {
    const { user, location } = renderApp('/search?q=soudeurs', { before: ['/'] });
    expect(await searchbox()).toHaveValue('soudeurs');
    const link = await screen.findByRole('link', { name: robots.title.fr });
    await user.click(link);
    expect(location()).toBe(`/stories/${robots.slug}/1`);
    const dialog = await screen.findByRole('dialog', { name: robots.title.fr });
    await user.click(within(dialog).getByRole('button', { name: 'Fermer l’histoire' }));
    await waitFor(() => expect(location()).toBe('/search?q=soudeurs'));
    // Focus is back on the very result the visitor followed.
    await waitFor(() => expect(screen.getByRole('link', { name: robots.title.fr })).toHaveFocus());
    expect(await searchbox()).toHaveValue('soudeurs');
  });

  it('finds people and themes regardless of accents, and links them to their pages', async () => {
    const { user } = renderApp('/search?q=keravec');
    const person = await screen.findByRole('link', { name: keravec.name });
    expect(person).toHaveAttribute('href', `/people/${keravec.slug}`);
    expect(within(person).getByText('Kéravec', { selector: 'mark' })).toBeInTheDocument();
    expect(screen.getByText(keravec.role.fr)).toBeInTheDocument();

    await user.clear(await searchbox());
    await user.type(await searchbox(), 'environnement');
    const theme = await screen.findByRole('link', { name: environment.name.fr });
    expect(theme).toHaveAttribute('href', `/themes/${environment.slug}`);
    expect(within(theme).getByText('Environnement', { selector: 'mark' })).toBeInTheDocument();
  });

  it('searches again in the other language when the visitor switches', async () => {
    const { user } = renderApp('/search?q=robots');
    await screen.findByRole('link', { name: robots.title.fr });
    await user.click(screen.getByRole('button', { name: 'Switch to English' }));
    expect(await screen.findByRole('link', { name: robots.title.en })).toBeInTheDocument();
    expect(searches).toEqual(['robots|fr', 'robots|en']);
    expect(await searchbox(/Search for a story/)).toHaveValue('robots');
    expect(screen.getByRole('status')).toHaveTextContent(/^\d+ results?$/);
  });

  it('is one tap away from every page, in the header', async () => {
    const { user, location } = renderApp('/');
    await user.click(screen.getByRole('link', { name: 'Rechercher' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Recherche' })).toBeInTheDocument();
    expect(location()).toBe('/search');
    expect(screen.getByRole('link', { name: 'Rechercher' })).toHaveAttribute(
      'aria-current',
      'page',
    );
  });
});
