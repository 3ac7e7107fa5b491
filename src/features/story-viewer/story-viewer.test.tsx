import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';

import { demoDataset } from '#mocks/data.ts';
import { server } from '#mocks/node.ts';
import { setApiTimeoutForTests } from '#src/lib/api-client.ts';
import { renderApp } from '#tests/utils/render-app.tsx';

const slideshow = demoDataset.stories.find((s) => s.kind === 'slideshow')!;
const total = slideshow.cards.length;

describe('story viewer', () => {
  it('opens from its tile as a labelled modal dialog on card 1', async () => {
    const { user, location } = renderApp('/');
    const grid = await screen.findByRole('list', { name: 'Histoires' });
    await user.click(within(grid).getByRole('link', { name: new RegExp(slideshow.title.fr) }));

    const dialog = await screen.findByRole('dialog', { name: slideshow.title.fr });
    expect(dialog).toHaveAttribute('aria-modal', 'true');
    expect(location()).toBe(`/stories/${slideshow.slug}/1`);
    expect(
      await within(dialog).findByRole('group', { name: `1 sur ${total}` }),
    ).toBeInTheDocument();
    await waitFor(() => expect(dialog).toHaveFocus());
    // Everything behind the dialog is out of reach; the dialog, drawn in place, is not.
    /* eslint-disable testing-library/no-node-access -- `inert` is an attribute of an
       ancestor, which no query by role reaches */
    expect(grid.closest('[inert]')).not.toBeNull();
    expect(document.querySelector('header')).toHaveAttribute('inert');
    expect(dialog.closest('[inert]')).toBeNull();
    /* eslint-enable testing-library/no-node-access */
  });

  it('gives the first card one address, whichever way the story is opened', async () => {
    const { user, location, router } = renderApp('/');
    const grid = await screen.findByRole('list', { name: 'Histoires' });
    const tile = within(grid).getByRole('link', { name: new RegExp(slideshow.title.fr) });
    expect(tile).toHaveAttribute('href', `/stories/${slideshow.slug}/1`);

    // An address without its card (an older link) becomes the first card's in place,
    // keeping the query and the way back: one Back still closes the story.
    await act(() =>
      router.navigate(`/stories/${slideshow.slug}?theme=design`, {
        state: { from: 'springboard', depth: 1 },
      }),
    );
    const dialog = await screen.findByRole('dialog', { name: slideshow.title.fr });
    await waitFor(() => expect(location()).toBe(`/stories/${slideshow.slug}/1?theme=design`));
    expect(router.state.historyAction).toBe('REPLACE');
    await within(dialog).findByRole('group', { name: `1 sur ${total}` });

    await user.click(within(dialog).getByRole('button', { name: 'Fermer l’histoire' }));
    await waitFor(() => expect(location()).toBe('/'));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
  });

  it('moves between cards with the buttons and the arrow keys, naming each card in the URL', async () => {
    const { user, location } = renderApp(`/stories/${slideshow.slug}`);
    const dialog = await screen.findByRole('dialog', { name: slideshow.title.fr });
    await within(dialog).findByRole('group', { name: `1 sur ${total}` });

    await user.click(within(dialog).getByRole('button', { name: 'Carte suivante' }));
    await waitFor(() => expect(location()).toBe(`/stories/${slideshow.slug}/2`));
    expect(
      await within(dialog).findByRole('group', { name: `2 sur ${total}` }),
    ).toBeInTheDocument();

    dialog.focus();
    await user.keyboard('{ArrowRight}');
    await waitFor(() => expect(location()).toBe(`/stories/${slideshow.slug}/3`));
    await within(dialog).findByRole('group', { name: `3 sur ${total}` });
    await user.keyboard('{ArrowLeft}');
    await waitFor(() => expect(location()).toBe(`/stories/${slideshow.slug}/2`));
    await within(dialog).findByRole('group', { name: `2 sur ${total}` });
    await user.click(within(dialog).getByRole('button', { name: 'Carte précédente' }));
    await waitFor(() => expect(location()).toBe(`/stories/${slideshow.slug}/1`));
    await within(dialog).findByRole('group', { name: `1 sur ${total}` });
    // Nothing before the first card.
    await user.click(within(dialog).getByRole('button', { name: 'Carte précédente' }));
    expect(location()).toBe(`/stories/${slideshow.slug}/1`);
  });

  it('only the current card is reachable; its neighbours are inert', async () => {
    renderApp(`/stories/${slideshow.slug}/2`);
    const dialog = await screen.findByRole('dialog', { name: slideshow.title.fr });
    await within(dialog).findByRole('group', { name: `2 sur ${total}` });
    // Neighbours are hidden from assistive technology, so only `hidden: true` finds them.
    const slides = within(dialog)
      .getAllByRole('group', { hidden: true })
      .filter((group) => /sur/.test(group.getAttribute('aria-label') ?? ''));
    expect(slides.map((group) => group.getAttribute('aria-label'))).toEqual([
      `1 sur ${total}`,
      `2 sur ${total}`,
      `3 sur ${total}`,
    ]);
    expect(slides[0]).toHaveAttribute('inert');
    expect(slides[1]).not.toHaveAttribute('inert');
    expect(slides[2]).toHaveAttribute('inert');
    expect(within(dialog).getAllByRole('group', { name: /sur/ })).toEqual([slides[1]]);
    // Once the deck rests, the card two away joins the track (drawn before the next
    // landing, not in its wake), inert and hidden as well.
    await waitFor(() =>
      expect(
        within(dialog)
          .getAllByRole('group', { hidden: true })
          .map((group) => group.getAttribute('aria-label'))
          .filter((label) => /sur/.test(label ?? '')),
      ).toContain(`4 sur ${total}`),
    );
    const far = within(dialog)
      .getAllByRole('group', { hidden: true })
      .find((group) => group.getAttribute('aria-label') === `4 sur ${total}`);
    expect(far).toHaveAttribute('inert');
    expect(within(dialog).getAllByRole('group', { name: /sur/ })).toEqual([slides[1]]);
  });

  it('closes with Escape and gives focus back to the tile it came from', async () => {
    const { user, location } = renderApp('/');
    const grid = await screen.findByRole('list', { name: 'Histoires' });
    const tile = within(grid).getByRole('link', { name: new RegExp(slideshow.title.fr) });
    await user.click(tile);
    await screen.findByRole('group', { name: `1 sur ${total}` });
    await user.keyboard('{ArrowRight}');
    await waitFor(() => expect(location()).toBe(`/stories/${slideshow.slug}/2`));

    await user.keyboard('{Escape}');
    await waitFor(() => expect(location()).toBe('/'));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    await waitFor(() => expect(tile).toHaveFocus());
    // The page is reachable again (the dock's closed sheet is inert by its own rule).
    // eslint-disable-next-line testing-library/no-node-access -- an ancestor's attribute
    expect(tile.closest('[inert]')).toBeNull();
    expect(screen.getByRole('banner')).not.toHaveAttribute('inert');
  });

  it('closes with Escape even when focus has left the dialog for the page', async () => {
    const { user, location } = renderApp(`/stories/${slideshow.slug}/2`);
    await screen.findByRole('group', { name: `2 sur ${total}` });
    // Tabbing past the dialog's last control leaves focus on the (inert) page; jsdom
    // knows no `inert`, so user-event's Tab would wander into the page instead.
    // eslint-disable-next-line testing-library/no-node-access -- see above
    (document.activeElement as HTMLElement | null)?.blur();
    // eslint-disable-next-line testing-library/no-node-access -- see above
    const focused = document.activeElement as HTMLElement | null;
    expect(screen.getByRole('dialog')).not.toContainElement(focused);
    await user.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(location()).toBe('/');
  });

  it('closes only once when Escape is pressed again before the grid is back', async () => {
    const { user, location } = renderApp('/', { before: ['/nulle-part'] });
    const grid = await screen.findByRole('list', { name: 'Histoires' });
    await user.click(within(grid).getByRole('link', { name: new RegExp(slideshow.title.fr) }));
    await screen.findByRole('group', { name: `1 sur ${total}` });
    // A held key: repeats land before React has rendered the first close.
    const dialog = screen.getByRole('dialog');
    fireEvent.keyDown(dialog, { key: 'Escape' });
    fireEvent.keyDown(dialog, { key: 'Escape' });
    fireEvent.keyDown(dialog, { key: 'Escape' });
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(location()).toBe('/');
  });

  it('ends with a choice of at least three next stories, related ones first', async () => {
    const { user, location } = renderApp(`/stories/${slideshow.slug}/${total + 1}`);
    const choices = await screen.findByRole('list', { name: 'Histoires suivantes' });
    const links = within(choices).getAllByRole('link');
    expect(links.length).toBeGreaterThanOrEqual(3);
    const firstRelated = demoDataset.stories.find((s) => s.slug === slideshow.related[0])!;
    expect(links[0]).toHaveAccessibleName(new RegExp(firstRelated.title.fr));

    await user.click(links[0]!);
    await waitFor(() => expect(location()).toBe(`/stories/${firstRelated.slug}/1`));
    expect(await screen.findByRole('dialog', { name: firstRelated.title.fr })).toBeInTheDocument();
  });

  it('shows a friendly not-found card for an unknown story', async () => {
    const { user, location } = renderApp('/stories/histoire-inconnue');
    const dialog = await screen.findByRole('dialog');
    expect(
      await within(dialog).findByText(
        'Cette histoire est introuvable. Elle a peut-être été déplacée.',
      ),
    ).toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: 'Retour aux histoires' }));
    await waitFor(() => expect(location()).toBe('/'));
  });

  it('shows a not-found card for a card number the story does not have', async () => {
    renderApp(`/stories/${slideshow.slug}/99`);
    const dialog = await screen.findByRole('dialog', { name: slideshow.title.fr });
    expect(
      await within(dialog).findByText('Cette histoire n’a pas de carte 99.'),
    ).toBeInTheDocument();
    expect(within(dialog).getByRole('link', { name: 'Commencer l’histoire' })).toHaveAttribute(
      'href',
      `/stories/${slideshow.slug}/1`,
    );
  });

  it('offers a retry when the story fails to load', async () => {
    let fail = true;
    server.use(
      http.get('*/api/stories/:slug', () =>
        fail
          ? HttpResponse.json({ error: { code: 'internal', message: 'x' } }, { status: 503 })
          : undefined,
      ),
    );
    const { user } = renderApp(`/stories/${slideshow.slug}`);
    const alert = await screen.findByRole('alert');
    fail = false;
    await user.click(within(alert).getByRole('button', { name: 'Réessayer' }));
    expect(await screen.findByRole('group', { name: `1 sur ${total}` })).toBeInTheDocument();
  });

  it('offers a retry, not an endless spinner, when the story never answers', async () => {
    setApiTimeoutForTests(200);
    let hang = true;
    server.use(
      http.get('*/api/stories/:slug', () => (hang ? new Promise<never>(() => {}) : undefined)),
    );
    const { user } = renderApp(`/stories/${slideshow.slug}/1`);
    expect(await screen.findByText('Chargement de l’histoire…')).toBeInTheDocument();
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('La connexion semble interrompue');
    expect(screen.queryByText('Chargement de l’histoire…')).not.toBeInTheDocument();
    hang = false;
    await user.click(within(alert).getByRole('button', { name: 'Réessayer' }));
    expect(await screen.findByRole('group', { name: `1 sur ${total}` })).toBeInTheDocument();
  });
});
