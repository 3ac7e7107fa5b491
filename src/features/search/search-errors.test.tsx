import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';

import { server } from '#mocks/node.ts';
import { renderApp } from '#tests/utils/render-app.tsx';
import { robots, searchbox, serveSearchCatalogue } from '#tests/utils/search-page.ts';

const searches = serveSearchCatalogue();

describe('search limits and errors', () => {
  it('refuses an over-long query with a clear message, without asking the API', async () => {
    const { user, location } = renderApp('/search');
    const field = await searchbox();
    await user.click(field);
    await user.paste('a'.repeat(201));
    const message = await screen.findByText(/limitée à 200/);
    expect(field).toHaveAttribute('aria-invalid', 'true');
    expect(field).toHaveAccessibleDescription(message.textContent!);
    // Past the debounce: still nothing sent, and the URL did not take the query.
    await new Promise((r) => setTimeout(r, 400));
    expect(searches).toEqual([]);
    expect(location()).toBe('/search');
    await user.keyboard('{Backspace}');
    expect(field).not.toHaveAttribute('aria-invalid');
    await waitFor(() => expect(searches).toEqual([`${'a'.repeat(200)}|fr`]));
  });

  it('refuses an over-long query that comes from a link', async () => {
    renderApp(`/search?q=${'b'.repeat(250)}`, { locale: 'en' });
    expect(await searchbox(/Search for a story/)).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByText(/the limit is 200/)).toBeInTheDocument();
    await new Promise((r) => setTimeout(r, 400));
    expect(searches).toEqual([]);
  });

  it('shows a clear error with a retry that keeps the query', async () => {
    let fail = true;
    server.use(
      http.get('*/api/search', () =>
        fail
          ? HttpResponse.json({ error: { code: 'internal', message: 'boom' } }, { status: 500 })
          : undefined,
      ),
    );
    const { user } = renderApp('/search?q=soudeurs');
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Le service n’a pas répondu correctement');
    expect(await searchbox()).toHaveValue('soudeurs');
    fail = false;
    await user.click(within(alert).getByRole('button', { name: 'Réessayer' }));
    expect(await screen.findByRole('link', { name: robots.title.fr })).toBeInTheDocument();
    expect(await searchbox()).toHaveValue('soudeurs');
  });

  it('tells a network failure and a broken payload apart', async () => {
    server.use(http.get('*/api/search', () => HttpResponse.error()));
    const view = renderApp('/search?q=soudeurs');
    expect(await screen.findByRole('alert')).toHaveTextContent('La connexion semble interrompue');
    view.unmount();
    server.use(http.get('*/api/search', () => HttpResponse.json({ q: 'soudeurs', items: 3 })));
    renderApp('/search?q=soudeurs');
    expect(await screen.findByRole('alert')).toHaveTextContent('réponse inattendue');
  });
});
