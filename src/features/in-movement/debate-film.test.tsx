import { act, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';

import { renderApp } from '#tests/utils/render-app.tsx';
import { buildDebate, serveInMovement } from '#tests/utils/serve-in-movement.ts';

const debate = buildDebate({
  question: 'Où dorment les données d’un hôpital ?',
  film: {
    kind: 'embed',
    provider: 'youtube-nocookie',
    videoId: 'dEm0Cl0uD01',
    title: 'Le film du débat',
  },
});
const PLAYER = 'https://www.youtube-nocookie.com/embed/dEm0Cl0uD01';
const PLAY = 'Lire « Le film du débat » (lecteur YouTube)';

/** Every address the page would fetch by itself: sources of images, frames, media. */
const fetchedAddresses = () =>
  // What would load is in attributes no role or name exposes: read them from the DOM.
  // eslint-disable-next-line testing-library/no-node-access
  [...document.querySelectorAll('[src], [srcset], [poster]')].flatMap((element) =>
    ['src', 'srcset', 'poster'].map((name) => element.getAttribute(name) ?? ''),
  );

async function openDebate() {
  serveInMovement({ debates: [debate] });
  const view = renderApp(`/in-movement/debates/${debate.slug}`);
  await screen.findByRole('heading', { level: 1, name: debate.question });
  return view;
}

afterEach(() => vi.restoreAllMocks());

describe('a debate’s hosted film', () => {
  it('loads nothing from the host before the tap, then plays in its privacy-enhanced player', async () => {
    const { user } = await openDebate();
    const section = screen.getByRole('region', { name: 'Le film' });
    expect(within(section).queryByTitle(/lecteur YouTube/)).not.toBeInTheDocument();
    expect(fetchedAddresses().filter((address) => /youtube|vimeo/.test(address))).toEqual([]);
    // Our own poster, and a button that names the film, the host and what playing does.
    expect(fetchedAddresses()).toContain(debate.cover.src);
    const play = within(section).getByRole('button', { name: PLAY });
    expect(play).toHaveAccessibleDescription(
      'Lancer le film charge le lecteur de YouTube, qui peut alors suivre votre visite ; rien n’en est chargé avant.',
    );
    expect(
      within(section).getByRole('link', { name: 'Regarder « Le film du débat » sur YouTube' }),
    ).toHaveAttribute('href', PLAYER);

    await user.click(play);
    const frame = within(section).getByTitle('« Le film du débat », lecteur YouTube');
    expect(frame.tagName).toBe('IFRAME');
    expect(frame).toHaveAttribute('src', `${PLAYER}?autoplay=1`);
    expect(frame).toHaveAttribute('referrerpolicy', 'strict-origin-when-cross-origin');
    expect(frame).toHaveAttribute(
      'allow',
      'autoplay; encrypted-media; fullscreen; picture-in-picture',
    );
    expect(frame).toHaveFocus();
    expect(within(section).queryByRole('button')).not.toBeInTheDocument();
    // The plain link to the host stays.
    expect(within(section).getByRole('link', { name: /sur YouTube/ })).toHaveAttribute(
      'href',
      PLAYER,
    );
  });

  it.each(['{Enter}', ' '])('plays from the keyboard (%s)', async (key) => {
    const { user } = await openDebate();
    const play = screen.getByRole('button', { name: PLAY });
    play.focus();
    await user.keyboard(key);
    const frame = screen.getByTitle('« Le film du débat », lecteur YouTube');
    expect(frame).toHaveFocus();
  });

  it('says it needs a connection when offline, instead of a broken frame', async () => {
    const onLine = vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(false);
    await openDebate();
    const section = screen.getByRole('region', { name: 'Le film' });
    expect(within(section).getByRole('status')).toHaveTextContent(
      'Ce film se regarde en ligne, chez YouTube : vous pourrez le lancer ici dès que la connexion reviendra.',
    );
    expect(within(section).queryByRole('button')).not.toBeInTheDocument();

    // Back online: the play button comes back.
    onLine.mockReturnValue(true);
    act(() => {
      window.dispatchEvent(new Event('online'));
    });
    expect(within(section).getByRole('button', { name: PLAY })).toBeInTheDocument();
  });
});
