// Reloads need the page torn down mid-test.
// eslint-disable-next-line testing-library/no-manual-cleanup -- see above
import { cleanup, screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';

import { server } from '#mocks/node.ts';
import { recordStoryVisit } from '#src/lib/visitor-path.ts';
import { summaryOf } from '#tests/factories.ts';
import {
  allStories,
  first,
  person,
  reload,
  second,
  serveCatalogue,
  theme,
  third,
  trailSteps,
  visit,
} from '#tests/utils/path-page.ts';
import { renderApp } from '#tests/utils/render-app.tsx';

serveCatalogue();

describe('the visitor’s path', () => {
  it('keeps every story opened, in order, with how far the visitor went, across a reload', async () => {
    await visit(first.slug, 2, first.cards.length);
    await visit(second.slug, 1, second.cards.length);
    await visit(third.slug, third.cards.length, third.cards.length);
    // Going back to the first story moves its progress, not its place.
    await visit(first.slug, 3, first.cards.length);
    reload();

    renderApp('/parcours');
    expect(await screen.findByRole('heading', { level: 1, name: 'Mon parcours' })).toBeVisible();
    const steps = await trailSteps();
    const n = (count: number) => `${count} cartes vues sur`;
    expect(steps).toHaveLength(3);
    expect(steps[0]).toHaveAccessibleName(
      `Étape 1 · Histoire ${first.title.fr} ${n(3)} ${first.cards.length} Reprendre`,
    );
    expect(steps[1]).toHaveAccessibleName(
      `Étape 2 · Histoire ${second.title.fr} 1 carte vue sur ${second.cards.length} Reprendre`,
    );
    expect(steps[2]).toHaveAccessibleName(`Étape 3 · Histoire ${third.title.fr} Terminée Revoir`);
    // Resuming reopens the story at the card the visitor left.
    expect(steps[0]).toHaveAttribute('href', `/stories/${first.slug}/3`);
    expect(steps[2]).toHaveAttribute('href', `/stories/${third.slug}/1`);
    expect(screen.getByText(`3 cartes vues sur ${first.cards.length}`)).toBeInTheDocument();
    expect(screen.getByText('Terminée')).toBeInTheDocument();
  });

  it('draws the path on the map: visited stops by step, the rest still to discover', async () => {
    await visit(second.slug, 2, second.cards.length);
    await visit(first.slug, 1, first.cards.length);
    renderApp('/parcours', { locale: 'en' });
    const map = await screen.findByRole('group', {
      name: 'Map of the stories by theme, with your path',
    });
    expect(
      within(map).getByRole('link', {
        name: `${second.title.en} — step 1, 2 of ${second.cards.length} cards seen`,
      }),
    ).toHaveAttribute('href', `/stories/${second.slug}/2`);
    expect(
      within(map).getByRole('link', {
        name: `${first.title.en} — step 2, 1 of ${first.cards.length} cards seen`,
      }),
    ).toBeInTheDocument();
    const unseen = within(map).getAllByRole('link', { name: / — not seen yet$/ });
    expect(unseen).toHaveLength(allStories.length - 2);
    expect(
      screen.getByText(`${allStories.length - 2} more stories to discover: the hollow dots.`),
    ).toBeInTheDocument();
    // The line through the stops is drawn.
    // eslint-disable-next-line testing-library/no-node-access -- a drawn line has no role
    expect(map.querySelector('.path-map__line')?.getAttribute('d')).toMatch(/^M\d+ \d+ C/);
  });

  it('counts the stories there are, not those of the first page', async () => {
    recordStoryVisit(summaryOf(first), 1);
    // A catalogue bigger than one page: the first page holds 2 of its 130 stories.
    server.use(
      http.get('*/api/stories', () =>
        HttpResponse.json({
          items: [first, second].map(summaryOf),
          nextCursor: 'bW9yZQ',
          total: 130,
        }),
      ),
    );
    renderApp('/parcours');
    expect(await screen.findByText('1 étape · 1 histoire sur 130')).toBeInTheDocument();
  });

  it('removes a step, and puts it back on undo', async () => {
    await visit(first.slug, 1, first.cards.length);
    await visit(second.slug, 1, second.cards.length);
    const { user } = renderApp('/parcours');
    await trailSteps();
    await user.click(
      screen.getByRole('button', { name: `Retirer « ${first.title.fr} » du parcours` }),
    );
    expect(await trailSteps()).toHaveLength(1);
    const status = screen.getByRole('status', { name: '' });
    expect(status).toHaveTextContent(`« ${first.title.fr} » retiré du parcours.`);
    await user.click(within(status).getByRole('button', { name: 'Annuler' }));
    expect(await trailSteps()).toHaveLength(2);
  });

  it('starts afresh only after a confirmation, and can undo it', async () => {
    await visit(first.slug, 1, first.cards.length);
    const { user } = renderApp('/parcours');
    await trailSteps();
    await user.click(screen.getByRole('button', { name: 'Recommencer' }));
    await user.click(screen.getByRole('button', { name: 'Garder' }));
    expect(await trailSteps()).toHaveLength(1);

    await user.click(screen.getByRole('button', { name: 'Recommencer' }));
    await user.click(screen.getByRole('button', { name: 'Effacer' }));
    expect(screen.queryByRole('list', { name: 'Le fil du parcours' })).not.toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Découvrir les histoires' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Annuler' }));
    expect(await trailSteps()).toHaveLength(1);
  });

  it.each([
    ['not JSON', '{"v":2,"steps":['],
    ['an older version', JSON.stringify({ v: 1, slugs: ['a'] })],
    ['a hostile value', JSON.stringify({ v: 2, steps: [{ kind: 'story', slug: '<img src=x>' }] })],
    [
      'a step of a kind this version does not know',
      JSON.stringify({ v: 2, steps: [{ kind: 'video', slug: 'a', firstAt: 'x', lastAt: 'x' }] }),
    ],
    [
      'a debate step with a hostile slug',
      JSON.stringify({
        v: 2,
        steps: [
          {
            kind: 'debate',
            slug: 'javascript:alert(1)',
            firstAt: '2026-12-01T10:00:00.000Z',
            lastAt: '2026-12-01T10:00:00.000Z',
            snapshot: { title: { fr: 'Q', en: 'Q' } },
          },
        ],
      }),
    ],
  ])('resets a stored path that is %s, says so once, and carries on', async (_, raw) => {
    localStorage.setItem('parcours.path', raw);
    const { user } = renderApp('/parcours');
    const notice = await screen.findByRole('alert');
    expect(notice).toHaveTextContent('était illisible : il a été remis à zéro');
    expect(localStorage.getItem('parcours.path')).toBeNull();
    await user.click(within(notice).getByRole('button', { name: 'Compris' }));
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    // The path works again from here.
    cleanup();
    await visit(first.slug, 1, first.cards.length);
    renderApp('/parcours');
    expect(await trailSteps()).toHaveLength(1);
  });

  it('offers to continue the last unfinished story on the springboard', async () => {
    await visit(first.slug, 2, first.cards.length);
    await visit(third.slug, third.cards.length, third.cards.length);
    renderApp('/');
    const resume = await screen.findByRole('link', { name: /Reprendre là où vous étiez/ });
    expect(resume).toHaveTextContent(first.title.fr);
    expect(resume).toHaveTextContent(`Carte 2 sur ${first.cards.length}`);
    expect(resume).toHaveAttribute('href', `/stories/${first.slug}/2`);
  });

  it('lets the visitor branch from a card to its themes and people', async () => {
    renderApp(`/stories/${first.slug}/1`);
    const dialog = await screen.findByRole('dialog');
    const links = await within(dialog).findByRole('navigation', { name: 'Dans cette histoire' });
    await waitFor(() =>
      expect(within(links).getByRole('link', { name: `Thème : ${theme.name.fr}` })).toHaveAttribute(
        'href',
        `/themes/${theme.slug}`,
      ),
    );
    expect(within(links).getByRole('link', { name: `Portrait de ${person.name}` })).toHaveAttribute(
      'href',
      `/people/${person.slug}`,
    );
  });
});
