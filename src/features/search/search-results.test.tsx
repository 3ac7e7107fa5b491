import { screen, waitFor, within } from '@testing-library/react';
import { http } from 'msw';
import { describe, expect, it } from 'vitest';

import { server } from '#mocks/node.ts';
import { renderApp } from '#tests/utils/render-app.tsx';
import {
  grilles,
  NONE_EN,
  NONE_FR,
  respondWith,
  robots,
  searchbox,
  serveSearchCatalogue,
  storyHit,
  twelveHits,
} from '#tests/utils/search-page.ts';

const searches = serveSearchCatalogue();

describe('search results', () => {
  it('counts results in French and English, singular and plural', async () => {
    respondWith((q, locale) => ({
      q,
      locale,
      total: q === 'un' ? 1 : 12,
      items: q === 'un' ? [storyHit()] : twelveHits(),
    }));
    const view = renderApp('/search?q=un');
    expect(await screen.findByText('1 résultat')).toHaveAttribute('role', 'status');
    await view.user.clear(await searchbox());
    await view.user.type(await searchbox(), 'douze');
    expect(await screen.findByText('12 résultats')).toHaveAttribute('role', 'status');
    expect(within(screen.getByRole('list')).getAllByRole('listitem')).toHaveLength(12);
    view.unmount();

    const { user } = renderApp('/search?q=un', { locale: 'en' });
    expect(await screen.findByText('1 result')).toHaveAttribute('role', 'status');
    await user.clear(await searchbox(/Search for a story/));
    await user.type(await searchbox(/Search for a story/), 'douze');
    expect(await screen.findByText('12 results')).toHaveAttribute('role', 'status');
  });

  it('keeps the previous results on screen while the next ones load', async () => {
    let release: () => void = () => {};
    const gate = new Promise<void>((resolve) => (release = resolve));
    server.use(
      http.get('*/api/search', async ({ request }) => {
        if (new URL(request.url).searchParams.get('q') === 'soudeurs') await gate;
      }),
    );
    const { user } = renderApp('/search?q=calandres');
    await screen.findByRole('link', { name: grilles.title.fr });
    await user.clear(await searchbox());
    await user.type(await searchbox(), 'soudeurs');
    await waitFor(() => expect(searches).toContain('soudeurs|fr'));
    expect(screen.getByRole('link', { name: grilles.title.fr })).toBeInTheDocument();
    release();
    expect(await screen.findByRole('link', { name: robots.title.fr })).toBeInTheDocument();
  });

  it('says exactly so when nothing matches, and suggests themes and stories', async () => {
    renderApp('/search?q=xqzwv');
    // Exactly this sentence, spoken by the polite live region.
    expect(await screen.findByText(NONE_FR)).toHaveAttribute('role', 'status');
    expect(screen.getByRole('status').textContent).toBe(NONE_FR);
    const suggestions = await screen.findByRole('region', { name: 'Quelques pistes' });
    expect(await within(suggestions).findByRole('link', { name: 'Design' })).toHaveAttribute(
      'href',
      '/themes/design',
    );
    const stories = await within(suggestions).findAllByRole('link', { name: /.+/ });
    expect(stories.some((l) => l.getAttribute('href')?.startsWith('/stories/'))).toBe(true);
  });

  it('says so in English too', async () => {
    renderApp('/search?q=xqzwv', { locale: 'en' });
    expect(await screen.findByText(NONE_EN)).toHaveAttribute('role', 'status');
    expect(await screen.findByRole('region', { name: 'Some ideas' })).toBeInTheDocument();
  });

  it('prompts with suggestions and sends nothing while the query is empty', async () => {
    renderApp('/search');
    // Its own chunk (a lazy route): drawn once the code has come.
    expect(await screen.findByRole('heading', { level: 1, name: 'Recherche' })).toBeInTheDocument();
    expect(
      await screen.findByText('Cherchez parmi les histoires, les personnes et les thèmes.'),
    ).toBeInTheDocument();
    const suggestions = await screen.findByRole('region', { name: 'Quelques pistes' });
    expect(await within(suggestions).findByText('À découvrir')).toBeInTheDocument();
    expect(searches).toEqual([]);
  });
});
