// A second visitor needs the page torn down mid-test.
// eslint-disable-next-line testing-library/no-manual-cleanup -- see above
import { cleanup, screen, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';

import { errorBody } from '#contract/schemas.ts';
import { server } from '#mocks/node.ts';
import {
  first,
  reload,
  second,
  serveCatalogue,
  trailSteps,
  visit,
} from '#tests/utils/path-page.ts';
import { renderApp } from '#tests/utils/render-app.tsx';

serveCatalogue();

describe('sharing the visitor’s path', () => {
  it('shares the path through the API and shows it to anyone at its link', async () => {
    await visit(first.slug, 2, first.cards.length);
    await visit(second.slug, 1, second.cards.length);
    const { user } = renderApp('/parcours');
    await trailSteps();
    await user.click(screen.getByRole('button', { name: 'Partager mon parcours' }));
    const field = await screen.findByRole('textbox', { name: 'Lien à partager' });
    const url = new URL((field as HTMLInputElement).value);
    expect(url.pathname).toMatch(/^\/parcours\/[A-Za-z0-9_-]{8,32}$/);
    expect(screen.getByRole('link', { name: 'Sur LinkedIn' })).toHaveAttribute(
      'href',
      `https://www.linkedin.com/sharing/share-offsite/?url=${encodeURIComponent(url.href)}`,
    );

    // Someone else, with nothing stored, opens the link.
    reload();
    localStorage.clear();
    const view = renderApp(url.pathname);
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Un parcours partagé' }),
    ).toBeVisible();
    const steps = await trailSteps();
    expect(steps.map((s) => s.getAttribute('href'))).toEqual([
      `/stories/${first.slug}/1`,
      `/stories/${second.slug}/1`,
    ]);
    await view.user.click(screen.getByRole('button', { name: 'Suivre ce parcours pas à pas' }));
    expect(view.location()).toBe(`${url.pathname}?step=1`);
    expect(screen.getByText('Étape 1 sur 2')).toBeInTheDocument();
    const step = screen.getByRole('region', { name: first.title.fr });
    expect(within(step).getByRole('link')).toHaveAttribute('href', `/stories/${first.slug}/1`);
    await view.user.click(screen.getByRole('button', { name: 'Étape suivante' }));
    expect(screen.getByText('Étape 2 sur 2')).toBeInTheDocument();
  });

  it('keeps the path and explains when sharing fails', async () => {
    server.use(
      http.post('*/api/paths', () =>
        HttpResponse.json(errorBody('internal', 'boom'), { status: 500 }),
      ),
    );
    await visit(first.slug, 1, first.cards.length);
    const { user } = renderApp('/parcours');
    await trailSteps();
    await user.click(screen.getByRole('button', { name: 'Partager mon parcours' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Le service n’a pas répondu correctement',
    );
    expect(await trailSteps()).toHaveLength(1);
  });

  it('asks to wait when this client shared too many paths', async () => {
    server.use(
      http.post('*/api/paths', () =>
        HttpResponse.json(errorBody('rate_limited', 'Too many'), {
          status: 429,
          headers: { 'Retry-After': '120' },
        }),
      ),
    );
    await visit(first.slug, 1, first.cards.length);
    const { user } = renderApp('/parcours');
    await trailSteps();
    await user.click(screen.getByRole('button', { name: 'Partager mon parcours' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Trop de demandes sont venues de cet appareil ou de ce réseau',
    );
    expect(await trailSteps()).toHaveLength(1);
  });

  it('says so when a shared link leads nowhere', async () => {
    renderApp('/parcours/abcdefgh1234');
    expect(await screen.findByRole('heading', { name: 'Parcours introuvable' })).toBeVisible();
    cleanup();
    renderApp('/parcours/not*an*id');
    expect(await screen.findByRole('heading', { name: 'Parcours introuvable' })).toBeVisible();
  });
});
