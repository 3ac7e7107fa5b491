import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';

import { server } from '#mocks/node.ts';
import { renderApp } from '#tests/utils/render-app.tsx';
import {
  buildDebate,
  robotics,
  serveInMovement,
  urbanism,
} from '#tests/utils/serve-in-movement.ts';

const streets = buildDebate({
  theme: urbanism.slug,
  question: 'Faut-il fermer les centres aux voitures ?',
});
const robots = buildDebate({
  theme: robotics.slug,
  question: 'Les robots prennent-ils des emplois ?',
  state: 'closed',
  conclusion: 'Les emplois changent.',
  balance: { for: 3, neutral: 1, against: 2 },
});
const pinned = buildDebate({ theme: urbanism.slug, question: 'Question épinglée ?', pinned: true });

describe('the In Movement springboard', () => {
  it('shows the platform’s own face, with no trace of the group’s brand', async () => {
    serveInMovement({ debates: [streets] });
    renderApp('/in-movement');
    const grid = await screen.findByRole('list', { name: 'Débats' });
    expect(within(grid).getByRole('link', { name: streets.question })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'In Movement' })).toHaveAttribute(
      'href',
      '/in-movement',
    );
    expect(screen.getByRole('link', { name: 'Retour aux histoires du groupe' })).toHaveAttribute(
      'href',
      '/',
    );
    expect(screen.queryByText(/Parcours/)).not.toBeInTheDocument();
    // The group's logo is a drawn mark without a role: its class names it.
    // eslint-disable-next-line testing-library/no-node-access -- see above
    expect(document.querySelector('.app-header__logo')).toBeNull();
    await waitFor(() => expect(document.title).toBe('Débats — In Movement'));
  });

  it('lists pinned debates first, each with its theme, state, expert and badge', async () => {
    serveInMovement({ debates: [streets, robots, pinned] });
    renderApp('/in-movement');
    const grid = await screen.findByRole('list', { name: 'Débats' });
    const tiles = within(grid).getAllByRole('listitem');
    expect(within(tiles[0]!).getByRole('link')).toHaveAccessibleName(pinned.question);
    expect(within(tiles[0]!).getByText('Épinglé')).toBeInTheDocument();
    const closed = tiles.find((tile) => within(tile).queryByText(robots.question))!;
    expect(within(closed).getByText('Clos')).toBeInTheDocument();
    expect(within(closed).getByText('Robotique')).toBeInTheDocument();
    expect(within(closed).getByText(robots.expert!.displayName)).toBeInTheDocument();
    expect(within(closed).getByText('Expertise externe')).toBeInTheDocument();
    expect(within(closed).getByText('Pour : 3 · Neutre : 1 · Contre : 2')).toBeInTheDocument();
  });

  it('filters by theme through the URL', async () => {
    serveInMovement({ debates: [streets, robots] });
    const { user, location } = renderApp('/in-movement');
    await screen.findByRole('list', { name: 'Débats' });
    const filters = screen.getByRole('navigation', { name: 'Filtrer les débats par thème' });
    await user.click(within(filters).getByRole('link', { name: 'Robotique' }));
    await waitFor(() => expect(location()).toBe('/in-movement?theme=robotique'));
    await waitFor(() =>
      expect(screen.queryByRole('link', { name: streets.question })).not.toBeInTheDocument(),
    );
    expect(screen.getByRole('link', { name: robots.question })).toBeInTheDocument();
    expect(within(filters).getByRole('link', { name: 'Robotique' })).toHaveAttribute(
      'aria-current',
      'page',
    );
  });

  it('says so when a theme has no debate, and when the list fails offers a retry', async () => {
    serveInMovement({ debates: [streets] });
    renderApp('/in-movement?theme=robotique');
    expect(
      await screen.findByText('Aucun débat dans ce thème pour le moment.'),
    ).toBeInTheDocument();
  });

  it('offers a retry when the list fails', async () => {
    serveInMovement({ debates: [streets] });
    server.use(
      http.get('*/api/in-movement/debates', () =>
        HttpResponse.json({ error: { code: 'internal', message: 'down' } }, { status: 500 }),
      ),
    );
    renderApp('/in-movement');
    const alert = await screen.findByRole('alert');
    expect(within(alert).getByRole('button', { name: 'Réessayer' })).toBeInTheDocument();
  });

  it('asks a signed-out visitor to sign in, coming back here', async () => {
    serveInMovement({ debates: [streets] });
    renderApp('/in-movement?theme=urbanisme');
    expect(await screen.findByRole('link', { name: 'Se connecter' })).toHaveAttribute(
      'href',
      `/sign-in?returnTo=${encodeURIComponent('/in-movement?theme=urbanisme')}`,
    );
  });

  it('answers an unknown address under the platform in its own shell', async () => {
    serveInMovement({});
    renderApp('/in-movement/nowhere');
    expect(await screen.findByRole('heading', { name: 'Page introuvable' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'In Movement' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Voir tous les débats' })).toHaveAttribute(
      'href',
      '/in-movement',
    );
  });
});
