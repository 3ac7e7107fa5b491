import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';

import { BOOT_ELEMENT_ID, jsonForScript } from '#contract/boot.ts';
import { server } from '#mocks/node.ts';
import { setApiTimeoutForTests } from '#src/lib/api-client.ts';
import { buildStory, buildTheme, summaryOf } from '#tests/factories.ts';
import { renderApp } from '#tests/utils/render-app.tsx';
import { serveContent } from '#tests/utils/serve-content.ts';

// The springboard starts loading the viewer's code on intent (hover, touch): let that
// import finish before the file's environment is torn down, or a slow machine reports
// it as an unhandled error after the tests.
afterAll(async () => {
  await import('#src/features/story-viewer/story-viewer.tsx');
});

const design = buildTheme({ slug: 'design', name: { fr: 'Design', en: 'Design' } });
const other = buildTheme();
// Newest first, as the API lists them; two of the five in the design theme.
const stories = [
  buildStory({ themes: [design.slug] }),
  buildStory({ themes: [other.slug], tile: 'wide' }),
  buildStory({ themes: [other.slug, design.slug], kind: 'visual' }),
  buildStory({ themes: [other.slug], tile: 'large' }),
  buildStory({ themes: [other.slug], kind: 'portrait' }),
];
const designStories = stories.filter((s) => s.themes.includes(design.slug));

beforeEach(() => serveContent({ stories, themes: [design, other] }));

describe('springboard', () => {
  it('shows every story from the API as a link named by its title', async () => {
    renderApp('/');
    const grid = await screen.findByRole('list', { name: 'Histoires' });
    const links = within(grid).getAllByRole('link');
    expect(links).toHaveLength(stories.length);
    for (const story of stories) {
      const link = within(grid).getByRole('link', { name: new RegExp(escape(story.title.fr)) });
      expect(link).toHaveAttribute('href', `/stories/${story.slug}/1`);
    }
    expect(screen.getByText(`${stories.length} histoires`)).toBeInTheDocument();
  });

  it('draws the grid from the answers the page carried, without asking the API', async () => {
    // What the real server writes into the page (decision 008), here a two-story list.
    const carried = {
      items: stories.slice(0, 2).map(summaryOf),
      nextCursor: null,
    };
    const element = document.createElement('script');
    element.type = 'application/json';
    element.id = BOOT_ELEMENT_ID;
    element.textContent = jsonForScript({ '/api/stories': carried });
    document.head.append(element);
    const asked: string[] = [];
    server.events.on('request:start', ({ request }) => asked.push(new URL(request.url).pathname));

    renderApp('/');
    // The very first render shows the grid: no loading state to wait through.
    const grid = screen.getByRole('list', { name: 'Histoires' });
    expect(within(grid).getAllByRole('link')).toHaveLength(2);
    expect(asked).not.toContain('/api/stories');
    server.events.removeAllListeners();
  });

  it('filters by theme through the URL', async () => {
    const { user, location } = renderApp('/');
    await screen.findByRole('list', { name: 'Histoires' });
    const filters = screen.getByRole('navigation', { name: 'Filtrer par thème' });
    await user.click(within(filters).getByRole('link', { name: 'Design' }));

    await waitFor(() =>
      expect(
        within(screen.getByRole('list', { name: 'Histoires' })).getAllByRole('link'),
      ).toHaveLength(designStories.length),
    );
    expect(location()).toBe('/?theme=design');
    expect(within(filters).getByRole('link', { name: 'Design' })).toHaveAttribute(
      'aria-current',
      'page',
    );
    const outside = stories.find((s) => !s.themes.includes('design'));
    expect(
      screen.queryByRole('link', { name: new RegExp(escape(outside!.title.fr)) }),
    ).not.toBeInTheDocument();
  });

  it('says so when a theme in the URL does not exist', async () => {
    renderApp('/?theme=astrologie');
    expect(await screen.findByText('Ce thème n’existe pas.')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Voir toutes les histoires' })).toHaveAttribute(
      'href',
      '/',
    );
  });

  it('shows a clear error with a retry when the API fails, then recovers', async () => {
    let fail = true;
    server.use(
      http.get('*/api/stories', () =>
        fail
          ? HttpResponse.json({ error: { code: 'internal', message: 'boom' } }, { status: 500 })
          : undefined,
      ),
    );
    const { user } = renderApp('/');
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Le service n’a pas répondu correctement');
    expect(alert).not.toHaveTextContent('boom');
    fail = false;
    await user.click(within(alert).getByRole('button', { name: 'Réessayer' }));
    expect(await screen.findByRole('list', { name: 'Histoires' })).toBeInTheDocument();
  });

  it('offers a retry when the API never answers, and recovers', async () => {
    setApiTimeoutForTests(200);
    let hang = true;
    server.use(http.get('*/api/stories', () => (hang ? new Promise<never>(() => {}) : undefined)));
    const { user } = renderApp('/');
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('La connexion semble interrompue');
    hang = false;
    await user.click(within(alert).getByRole('button', { name: 'Réessayer' }));
    expect(await screen.findByRole('list', { name: 'Histoires' })).toBeInTheDocument();
  });

  it('treats a payload that breaks the contract as an error, not a crash', async () => {
    server.use(
      http.get('*/api/stories', () =>
        HttpResponse.json({ items: [{ slug: 'x' }], nextCursor: null }),
      ),
    );
    renderApp('/');
    expect(await screen.findByRole('alert')).toHaveTextContent('réponse inattendue');
  });

  it('shows the network failure message when the API is unreachable', async () => {
    server.use(http.get('*/api/stories', () => HttpResponse.error()));
    renderApp('/');
    expect(await screen.findByRole('alert')).toHaveTextContent('La connexion semble interrompue');
  });

  it('has an empty state', async () => {
    server.use(http.get('*/api/stories', () => HttpResponse.json({ items: [], nextCursor: null })));
    renderApp('/');
    expect(
      await screen.findByText('Aucune histoire à afficher pour le moment.'),
    ).toBeInTheDocument();
  });

  it('keeps one tile in the tab order and moves focus with the arrow keys', async () => {
    const { user } = renderApp('/');
    const grid = await screen.findByRole('list', { name: 'Histoires' });
    const links = within(grid).getAllByRole('link');
    expect(links.filter((l) => l.tabIndex === 0)).toHaveLength(1);
    links[0]!.focus();
    await user.keyboard('{ArrowRight}');
    expect(links[1]).toHaveFocus();
    expect(links[1]).toHaveAttribute('tabindex', '0');
    expect(links[0]).toHaveAttribute('tabindex', '-1');
    await user.keyboard('{End}');
    expect(links.at(-1)).toHaveFocus();
    await user.keyboard('{Home}');
    expect(links[0]).toHaveFocus();
  });

  it('speaks English when asked', async () => {
    const { user } = renderApp('/');
    await screen.findByRole('list', { name: 'Histoires' });
    await user.click(screen.getByRole('button', { name: 'Switch to English' }));
    const grid = screen.getByRole('list', { name: 'Stories' });
    expect(
      within(grid).getByRole('link', { name: new RegExp(escape(stories[0]!.title.en)) }),
    ).toBeInTheDocument();
    expect(document.documentElement.lang).toBe('en');
  });
});

function escape(text: string) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
