import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { beforeEach, describe, expect, it } from 'vitest';

import { errorBody } from '#contract/schemas.ts';
import { server } from '#mocks/node.ts';
import { readPath } from '#src/lib/visitor-path.ts';
import {
  buildCard,
  buildPerson,
  buildPersonSummary,
  buildStory,
  buildTheme,
} from '#tests/factories.ts';
import { renderApp } from '#tests/utils/render-app.tsx';
import { serveContent } from '#tests/utils/serve-content.ts';

const theme = buildTheme();
const person = buildPerson({ name: 'Aline Vernet' });
const { stories: _none, bio: _bio, ...named } = person;
// Not a film: jsdom cannot play video, and the viewer's film card asks it to.
const story = buildStory({ kind: 'slideshow', themes: [theme.slug], people: [named] });
const film = buildStory({
  kind: 'film',
  themes: [theme.slug],
  people: [named],
  cards: [buildCard({ kind: 'video' }), buildCard({ kind: 'text' })],
});
// Their stories, newest first; and one without them.
const personStories = [story, film];
const elsewhere = buildStory({ themes: [theme.slug], people: [buildPersonSummary()] });

beforeEach(() => {
  serveContent({ stories: [story, film, elsewhere], themes: [theme], people: [person] });
});

describe('person page', () => {
  it('shows the portrait, the role, their words and the stories they appear in', async () => {
    renderApp(`/people/${person.slug}`);
    expect(await screen.findByRole('heading', { level: 1, name: person.name })).toBeInTheDocument();
    expect(screen.getAllByRole('heading', { level: 1 })).toHaveLength(1);
    expect(screen.getByRole('img', { name: person.portrait.alt.fr })).toBeInTheDocument();
    expect(screen.getByText(person.role.fr)).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'En quelques mots' })).toBeInTheDocument();
    expect(screen.getByText(collapse(person.bio.fr))).toBeInTheDocument();

    const list = screen.getByRole('list', { name: `Les histoires de ${person.name}` });
    const links = within(list).getAllByRole('link');
    expect(links).toHaveLength(personStories.length);
    for (const s of personStories) {
      expect(
        within(list).getByRole('link', { name: new RegExp(escape(s.title.fr)) }),
      ).toHaveAttribute('href', `/stories/${s.slug}/1`);
    }
    // The tab's name is set in an effect, after the page has drawn.
    await waitFor(() => expect(document.title).toBe(`${person.name} — Parcours`));
  });

  it('speaks English', async () => {
    renderApp(`/people/${person.slug}`, { locale: 'en' });
    await screen.findByRole('heading', { level: 1, name: person.name });
    expect(screen.getByRole('img', { name: person.portrait.alt.en })).toBeInTheDocument();
    expect(screen.getByText(person.role.en)).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'In a few words' })).toBeInTheDocument();
    expect(screen.getByText(person.bio.en)).toBeInTheDocument();
    const list = screen.getByRole('list', { name: `Stories with ${person.name}` });
    expect(
      within(list).getByRole('link', { name: new RegExp(escape(story.title.en)) }),
    ).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Back to the stories' })).toHaveAttribute('href', '/');
  });

  it('adds the person to the visitor’s path', async () => {
    renderApp(`/people/${person.slug}`);
    await screen.findByRole('heading', { level: 1, name: person.name });
    await waitFor(() =>
      expect(readPath().steps).toEqual([
        expect.objectContaining({
          kind: 'person',
          slug: person.slug,
          snapshot: expect.objectContaining({
            title: { fr: person.name, en: person.name },
            image: expect.objectContaining({ src: person.portrait.src }),
          }),
        }),
      ]),
    );
  });

  it('opens a story over the springboard, and closing it comes back here', async () => {
    const { user, location, router } = renderApp(`/people/${person.slug}`);
    const list = await screen.findByRole('list', { name: `Les histoires de ${person.name}` });
    await user.click(within(list).getByRole('link', { name: new RegExp(escape(story.title.fr)) }));
    const dialog = await screen.findByRole('dialog', { name: story.title.fr });
    expect(location()).toBe(`/stories/${story.slug}/1`);
    // What tells the viewer it was opened from a page it should return to.
    expect(router.state.location.state).toEqual({ from: 'person' });
    await user.click(within(dialog).getByRole('button', { name: 'Fermer l’histoire' }));
    expect(await screen.findByRole('heading', { level: 1, name: person.name })).toBeInTheDocument();
    expect(location()).toBe(`/people/${person.slug}`);
  });

  it('says so when the person does not exist, with a way back, and records nothing', async () => {
    renderApp('/people/personne-inconnue');
    const alert = await screen.findByRole('alert');
    expect(
      within(alert).getByRole('heading', { level: 1, name: 'Cette personne n’existe pas' }),
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
      http.get('*/api/people/:slug', () =>
        fail ? HttpResponse.json(errorBody('internal', 'boom'), { status: 500 }) : undefined,
      ),
    );
    const { user } = renderApp(`/people/${person.slug}`);
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Le service n’a pas répondu correctement');
    expect(alert).not.toHaveTextContent('boom');
    expect(readPath().steps).toEqual([]);
    fail = false;
    await user.click(within(alert).getByRole('button', { name: 'Réessayer' }));
    expect(await screen.findByRole('heading', { level: 1, name: person.name })).toBeInTheDocument();
  });

  it('says the page is on its way while a deep link waits for its answer', async () => {
    let release = () => {};
    const answered = new Promise<void>((resolve) => (release = resolve));
    // Held, then handed to the catalogue's own handler.
    server.use(http.get('*/api/people/:slug', () => answered.then(() => undefined)));
    renderApp(`/people/${person.slug}`);
    expect(await screen.findByText('Chargement…')).toHaveAttribute('role', 'status');
    release();
    expect(await screen.findByRole('heading', { level: 1, name: person.name })).toBeInTheDocument();
    expect(screen.queryByText('Chargement…')).not.toBeInTheDocument();
  });

  it('marks the page busy while an in-app move waits for the next page', async () => {
    let release = () => {};
    const answered = new Promise<void>((resolve) => (release = resolve));
    server.use(http.get('*/api/people/:slug', () => answered.then(() => undefined)));
    const { user } = renderApp(`/stories/${story.slug}`);
    const dialog = await screen.findByRole('dialog', { name: story.title.fr });
    const links = within(dialog).getByRole('navigation', { name: 'Dans cette histoire' });
    await user.click(within(links).getByRole('link', { name: `Portrait de ${person.name}` }));
    await waitFor(() =>
      expect(screen.getByRole('main', { hidden: true })).toHaveAttribute('aria-busy', 'true'),
    );
    release();
    await screen.findByRole('heading', { level: 1, name: person.name });
    expect(screen.getByRole('main')).not.toHaveAttribute('aria-busy');
  });

  it('offers to go back to the story the visitor branched from', async () => {
    const featured = story;
    const { user, location } = renderApp(`/stories/${featured.slug}`);
    const dialog = await screen.findByRole('dialog', { name: featured.title.fr });
    const links = within(dialog).getByRole('navigation', { name: 'Dans cette histoire' });
    await user.click(within(links).getByRole('link', { name: `Portrait de ${person.name}` }));

    await screen.findByRole('heading', { level: 1, name: person.name });
    expect(screen.queryByRole('link', { name: 'Retour aux histoires' })).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Retour à l’histoire' }));
    expect(await screen.findByRole('dialog', { name: featured.title.fr })).toBeInTheDocument();
    expect(location()).toBe(`/stories/${featured.slug}/1`);
  });

  it('links to all the stories when reached any other way', async () => {
    renderApp(`/people/${person.slug}`);
    await screen.findByRole('heading', { level: 1, name: person.name });
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
