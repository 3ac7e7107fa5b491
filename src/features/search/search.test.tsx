import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Locale, SearchHit, SearchResult } from '#contract/schemas.ts';
import { demoDataset, toSummary } from '#mocks/data.ts';
import { server } from '#mocks/node.ts';
import { renderApp } from '#tests/utils/render-app.tsx';

const NONE_FR = "Oups ! votre recherche n'a donné aucun résultat !";
const NONE_EN = 'Oops! Your search returned no results.';

const robots = demoDataset.stories.find((s) => s.slug === 'robots-soudeurs')!;
const keravec = demoDataset.people.find((p) => p.slug === 'paul-keravec')!;
const environment = demoDataset.themes.find((t) => t.slug === 'environment')!;

/** Every search request the app sends, as `q|locale`. */
let searches: string[] = [];
const record = ({ request }: { request: Request }) => {
  const url = new URL(request.url);
  if (url.pathname === '/api/search') {
    searches.push(`${url.searchParams.get('q')}|${url.searchParams.get('locale')}`);
  }
};
beforeEach(() => {
  searches = [];
  server.events.on('request:start', record);
});
afterEach(() => {
  server.events.removeListener('request:start', record);
});

function respondWith(build: (q: string, locale: Locale) => SearchResult) {
  server.use(
    http.get('*/api/search', ({ request }) => {
      const url = new URL(request.url);
      const locale = (url.searchParams.get('locale') ?? 'fr') as Locale;
      return HttpResponse.json(build(url.searchParams.get('q') ?? '', locale));
    }),
  );
}

const storyHit = (story = robots, title = story.title.fr): SearchHit => ({
  kind: 'story',
  slug: story.slug,
  score: 1,
  title: [{ text: title, match: false }],
  excerpt: [{ text: story.summary.fr, match: false }],
  story: toSummary(story),
});

// The page's code loads on demand: the field shows up after a tick.
const searchbox = (name: string | RegExp = 'Rechercher une histoire, une personne ou un thème') =>
  screen.findByRole('searchbox', { name });

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
    await screen.findByRole('link', { name: /Cent ans de calandres/ });
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

  it('counts results in French and English, singular and plural', async () => {
    respondWith((q, locale) => ({
      q,
      locale,
      total: q === 'un' ? 1 : 12,
      items: q === 'un' ? [storyHit()] : demoDataset.stories.slice(0, 12).map((s) => storyHit(s)),
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
    await screen.findByRole('link', { name: /Cent ans de calandres/ });
    await user.clear(await searchbox());
    await user.type(await searchbox(), 'soudeurs');
    await waitFor(() => expect(searches).toContain('soudeurs|fr'));
    expect(screen.getByRole('link', { name: /Cent ans de calandres/ })).toBeInTheDocument();
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
    expect(screen.getByRole('heading', { level: 1, name: 'Recherche' })).toBeInTheDocument();
    expect(
      await screen.findByText('Cherchez parmi les histoires, les personnes et les thèmes.'),
    ).toBeInTheDocument();
    const suggestions = await screen.findByRole('region', { name: 'Quelques pistes' });
    expect(await within(suggestions).findByText('À découvrir')).toBeInTheDocument();
    expect(searches).toEqual([]);
  });

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
