import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { beforeEach, describe, expect, it } from 'vitest';

import { errorBody } from '#contract/schemas.ts';
import { server } from '#mocks/node.ts';
import { readPath } from '#src/lib/visitor-path.ts';
import { buildStory, buildTheme } from '#tests/factories.ts';
import { renderApp } from '#tests/utils/render-app.tsx';
import { serveContent } from '#tests/utils/serve-content.ts';

import { contrastRatio } from './contrast.ts';

// A light, warm colour: the band's ink must be chosen for contrast, not assumed white.
const theme = buildTheme({ name: { fr: 'Couleurs', en: 'Colours' }, color: '#e8b04a' });
const research = buildTheme({ name: { fr: 'Essais', en: 'Trials' } });
// Not a film: jsdom cannot play video, and the viewer's film card asks it to.
const story = buildStory({ kind: 'slideshow', themes: [theme.slug, research.slug] });
const themeStories = [story, buildStory({ kind: 'visual', themes: [theme.slug] })];
const researchStories = [story, ...[1, 2].map(() => buildStory({ themes: [research.slug] }))];

beforeEach(() => {
  serveContent({
    stories: [...themeStories, ...researchStories.slice(1)],
    themes: [theme, research],
  });
});

describe('theme page', () => {
  it('shows the theme in its colour, its introduction and its stories', async () => {
    renderApp(`/themes/${theme.slug}`);
    const title = await screen.findByRole('heading', { level: 1, name: theme.name.fr });
    expect(screen.getAllByRole('heading', { level: 1 })).toHaveLength(1);
    expect(screen.getByText(collapse(theme.intro.fr))).toBeInTheDocument();

    // The band's text stays readable on the theme's colour (WCAG AA).
    // The colours are inline custom properties on the page: no role or name exposes them.
    // eslint-disable-next-line testing-library/no-node-access
    const page = title.closest<HTMLElement>('.theme-page')!;
    expect(page.style.getPropertyValue('--theme-color')).toBe(theme.color);
    const ink = page.style.getPropertyValue('--theme-ink');
    expect(contrastRatio(theme.color, ink)).toBeGreaterThanOrEqual(4.5);

    const grid = await screen.findByRole('list', { name: `Histoires du thème ${theme.name.fr}` });
    expect(within(grid).getAllByRole('link')).toHaveLength(themeStories.length);
    for (const s of themeStories) {
      expect(
        within(grid).getByRole('link', { name: new RegExp(escape(s.title.fr)) }),
      ).toHaveAttribute('href', `/stories/${s.slug}/1`);
    }
    expect(screen.getByText(`${themeStories.length} histoires`)).toBeInTheDocument();
    expect(document.title).toBe(`${theme.name.fr} — Parcours`);
  });

  it('speaks English', async () => {
    renderApp(`/themes/${research.slug}`, { locale: 'en' });
    await screen.findByRole('heading', { level: 1, name: research.name.en });
    expect(screen.getByText(collapse(research.intro.en))).toBeInTheDocument();
    expect(
      await screen.findByRole('list', { name: `Stories in ${research.name.en}` }),
    ).toBeInTheDocument();
    expect(screen.getByRole('navigation', { name: 'Themes' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Back to the stories' })).toHaveAttribute('href', '/');
  });

  it('adds the theme to the visitor’s path', async () => {
    renderApp(`/themes/${theme.slug}`);
    await screen.findByRole('heading', { level: 1, name: theme.name.fr });
    await waitFor(() =>
      expect(readPath().steps).toEqual([
        expect.objectContaining({
          kind: 'theme',
          slug: theme.slug,
          snapshot: { title: theme.name, color: theme.color },
        }),
      ]),
    );
  });

  it('opens a story over the springboard, and closing it comes back here', async () => {
    const { user, location, router } = renderApp(`/themes/${theme.slug}`);
    const grid = await screen.findByRole('list', { name: `Histoires du thème ${theme.name.fr}` });
    await user.click(within(grid).getByRole('link', { name: new RegExp(escape(story.title.fr)) }));
    const dialog = await screen.findByRole('dialog', { name: story.title.fr });
    expect(location()).toBe(`/stories/${story.slug}/1`);
    // What tells the viewer it was opened from a page it should return to.
    expect(router.state.location.state).toEqual({ from: 'theme' });
    await user.click(within(dialog).getByRole('button', { name: 'Fermer l’histoire' }));
    expect(
      await screen.findByRole('heading', { level: 1, name: theme.name.fr }),
    ).toBeInTheDocument();
    expect(location()).toBe(`/themes/${theme.slug}`);
  });

  it('goes from theme to theme with the chips', async () => {
    const { user, location } = renderApp(`/themes/${theme.slug}`);
    await screen.findByRole('heading', { level: 1, name: theme.name.fr });
    const chips = screen.getByRole('navigation', { name: 'Les thèmes' });
    expect(within(chips).getByRole('link', { name: theme.name.fr })).toHaveAttribute(
      'aria-current',
      'page',
    );
    await user.click(within(chips).getByRole('link', { name: research.name.fr }));

    expect(
      await screen.findByRole('heading', { level: 1, name: research.name.fr }),
    ).toBeInTheDocument();
    expect(location()).toBe(`/themes/${research.slug}`);
    const grid = await screen.findByRole('list', {
      name: `Histoires du thème ${research.name.fr}`,
    });
    expect(within(grid).getAllByRole('link')).toHaveLength(researchStories.length);
    await waitFor(() =>
      expect(readPath().steps.map((s) => s.slug)).toEqual([theme.slug, research.slug]),
    );
  });

  it('says so when the theme does not exist, with a way back, and records nothing', async () => {
    renderApp('/themes/astrologie');
    const alert = await screen.findByRole('alert');
    expect(
      within(alert).getByRole('heading', { level: 1, name: 'Ce thème n’existe pas' }),
    ).toBeInTheDocument();
    expect(within(alert).getByRole('link', { name: 'Retour aux histoires' })).toHaveAttribute(
      'href',
      '/',
    );
    expect(readPath().steps).toEqual([]);
  });

  it('shows a clear error with a retry when the API fails, then recovers', async () => {
    let fail = true;
    server.use(
      http.get('*/api/themes', () =>
        fail ? HttpResponse.json(errorBody('internal', 'boom'), { status: 500 }) : undefined,
      ),
    );
    const { user } = renderApp(`/themes/${theme.slug}`);
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Le service n’a pas répondu correctement');
    expect(alert).not.toHaveTextContent('boom');
    expect(readPath().steps).toEqual([]);
    fail = false;
    await user.click(within(alert).getByRole('button', { name: 'Réessayer' }));
    expect(
      await screen.findByRole('heading', { level: 1, name: theme.name.fr }),
    ).toBeInTheDocument();
  });

  it('offers to go back to the story the visitor branched from, even after another theme', async () => {
    const { user, location } = renderApp(`/stories/${story.slug}`);
    const dialog = await screen.findByRole('dialog', { name: story.title.fr });
    const links = within(dialog).getByRole('navigation', { name: 'Dans cette histoire' });
    await user.click(
      await within(links).findByRole('link', { name: new RegExp(`${escape(theme.name.fr)}$`) }),
    );

    await screen.findByRole('heading', { level: 1, name: theme.name.fr });
    expect(screen.queryByRole('link', { name: 'Retour aux histoires' })).not.toBeInTheDocument();
    const chips = screen.getByRole('navigation', { name: 'Les thèmes' });
    await user.click(within(chips).getByRole('link', { name: research.name.fr }));
    await screen.findByRole('heading', { level: 1, name: research.name.fr });

    await user.click(screen.getByRole('button', { name: 'Retour à l’histoire' }));
    expect(await screen.findByRole('dialog', { name: story.title.fr })).toBeInTheDocument();
    expect(location()).toBe(`/stories/${story.slug}/1`);
  });

  it('links to all the stories when reached any other way', async () => {
    renderApp(`/themes/${theme.slug}`);
    await screen.findByRole('heading', { level: 1, name: theme.name.fr });
    expect(screen.getByRole('link', { name: 'Retour aux histoires' })).toHaveAttribute('href', '/');
    expect(screen.queryByRole('button', { name: 'Retour à l’histoire' })).not.toBeInTheDocument();
  });
});

/** Testing Library collapses the page's whitespace (French no-break spaces too), not ours. */
function collapse(text: string) {
  return text.replace(/\s+/g, ' ');
}

function escape(text: string) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
