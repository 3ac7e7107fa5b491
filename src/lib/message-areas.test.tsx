import { screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';

import { renderApp } from '#tests/utils/render-app.tsx';
import { buildDebate, serveInMovement, urbanism } from '#tests/utils/serve-in-movement.ts';

import { messageAreas } from './message-areas.ts';
import { en } from './messages-en.ts';
import { fr } from './messages-fr.ts';

/** An area's key, as `t()` would show it if its catalogue were missing ("im.nav.debates"). */
const RAW_KEY = /\b(im|imModeration|imCurated|signIn|verify|account|search|shared)\.[a-z]/;

const debate = buildDebate({ theme: urbanism.slug, question: 'Faut-il planter les toits ?' });

/*
 * In Movement's and the account pages' strings are not in the core catalogue (the
 * first load): each area's route brings them (message-areas.ts, decision 026). Each
 * test starts from the core alone (tests/setup/vitest.ts resets the catalogues).
 */
describe('an area’s strings', () => {
  it('are not in the core catalogue', () => {
    expect('im.name' in fr || 'im.name' in en).toBe(false);
    expect('signIn.title' in fr || 'signIn.title' in en).toBe(false);
    expect('search.title' in fr || 'search.title' in en).toBe(false);
    expect('shared.title' in fr || 'shared.title' in en).toBe(false);
  });

  it('show the search page in words, visited directly, then in the other language', async () => {
    const { user } = renderApp('/search');
    expect(await screen.findByRole('searchbox', { name: /Rechercher une histoire/ })).toBeVisible();
    expect(document.body).not.toHaveTextContent(RAW_KEY);

    await user.click(screen.getByRole('button', { name: 'Switch to English' }));
    expect(await screen.findByRole('searchbox', { name: /Search for a story/ })).toBeVisible();
    expect(document.body).not.toHaveTextContent(RAW_KEY);
  });

  it('show In Movement in words, visited directly, then in the other language', async () => {
    serveInMovement({ debates: [debate] });
    const { user } = renderApp('/in-movement');
    expect(await screen.findByRole('list', { name: 'Débats' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Retour aux histoires du groupe' })).toBeVisible();
    expect(document.body).not.toHaveTextContent(RAW_KEY);

    await user.click(screen.getByRole('button', { name: 'Switch to English' }));
    expect(await screen.findByRole('list', { name: 'Debates' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Back to the group’s stories' })).toBeVisible();
    expect(document.body).not.toHaveTextContent(RAW_KEY);
  });

  it('show a debate visited directly in words, its loader in its own chunk', async () => {
    serveInMovement({ debates: [debate] });
    renderApp(`/in-movement/debates/${debate.slug}`, { locale: 'en' });
    expect(
      await screen.findByRole('heading', { level: 1, name: debate.question }),
    ).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Back to the group’s stories' })).toBeVisible();
    expect(document.body).not.toHaveTextContent(RAW_KEY);
  });

  it('show the sign-in page in words, visited directly, then in the other language', async () => {
    const { user } = renderApp('/sign-in');
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Se connecter' }),
    ).toBeInTheDocument();
    expect(document.body).not.toHaveTextContent(RAW_KEY);

    await user.click(screen.getByRole('button', { name: 'Switch to English' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Sign in' })).toBeInTheDocument();
    expect(screen.getByLabelText('E-mail address')).toBeInTheDocument();
    expect(document.body).not.toHaveTextContent(RAW_KEY);
  });
});

describe('an area whose strings do not arrive', () => {
  const lost = () => Promise.reject(new TypeError('Failed to fetch dynamically imported module'));

  it('shows the route’s error state for the search page, never raw keys', async () => {
    vi.spyOn(messageAreas, 'pages').mockImplementation(lost);
    renderApp('/search');
    const alert = await screen.findByRole('alert');
    expect(within(alert).getByText('Une erreur inattendue est survenue.')).toBeInTheDocument();
    expect(document.body).not.toHaveTextContent(RAW_KEY);
  });

  it('shows the route’s error state for In Movement, never raw keys', async () => {
    vi.spyOn(messageAreas, 'inMovement').mockImplementation(lost);
    serveInMovement({ debates: [debate] });
    renderApp(`/in-movement/debates/${debate.slug}`);
    const alert = await screen.findByRole('alert');
    expect(within(alert).getByText('Une erreur inattendue est survenue.')).toBeInTheDocument();
    expect(within(alert).getByRole('link', { name: 'Recharger la page' })).toBeInTheDocument();
    expect(document.body).not.toHaveTextContent(RAW_KEY);
  });

  it('shows the route’s error state for the account pages, never raw keys', async () => {
    vi.spyOn(messageAreas, 'account').mockImplementation(lost);
    renderApp('/sign-in', { locale: 'en' });
    const alert = await screen.findByRole('alert');
    expect(within(alert).getByText('Something unexpected went wrong.')).toBeInTheDocument();
    expect(document.body).not.toHaveTextContent(RAW_KEY);
  });
});
