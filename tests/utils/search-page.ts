/**
 * What the search page's tests share (src/features/search/*.test.tsx): a small
 * catalogue served in place of the demo content, a record of the searches the app
 * sends, canned answers, and the field.
 */
import { screen } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { afterEach, beforeEach } from 'vitest';

import type { Locale, SearchHit, SearchResult, Story } from '#contract/schemas.ts';
import { server } from '#mocks/node.ts';
import { buildPerson, buildStory, buildTheme, summaryOf } from '#tests/factories.ts';

import { serveContent } from './serve-content.ts';

export const NONE_FR = "Oups ! votre recherche n'a donné aucun résultat !";
export const NONE_EN = 'Oops! Your search returned no results.';

export const design = buildTheme({ slug: 'design', name: { fr: 'Design', en: 'Design' } });
export const environment = buildTheme({ name: { fr: 'Environnement', en: 'Environment' } });
/** The one story about welders, in both languages. */
export const robots = buildStory({
  title: { fr: 'Le ballet des robots soudeurs', en: 'The welding robots’ ballet' },
  themes: [design.slug],
});
export const grilles = buildStory({
  title: { fr: 'Cent ans de calandres', en: 'A hundred years of grilles' },
  themes: [design.slug],
});
/** A name with an accent the visitor leaves out. */
export const keravec = buildPerson({ name: 'Paul Kéravec' });
const others = [1, 2, 3].map(() => buildStory({ themes: [environment.slug] }));

/**
 * Serves the catalogue, and records every search request the app sends, as
 * `q|locale`, into the returned array (emptied before each test).
 */
export function serveSearchCatalogue(): string[] {
  const searches: string[] = [];
  const record = ({ request }: { request: Request }) => {
    const url = new URL(request.url);
    if (url.pathname === '/api/search') {
      searches.push(`${url.searchParams.get('q')}|${url.searchParams.get('locale')}`);
    }
  };
  beforeEach(() => {
    searches.length = 0;
    serveContent({
      stories: [robots, grilles, ...others],
      themes: [design, environment],
      people: [keravec],
    });
    server.events.on('request:start', record);
  });
  afterEach(() => {
    server.events.removeListener('request:start', record);
  });
  return searches;
}

export function respondWith(build: (q: string, locale: Locale) => SearchResult) {
  server.use(
    http.get('*/api/search', ({ request }) => {
      const url = new URL(request.url);
      const locale = (url.searchParams.get('locale') ?? 'fr') as Locale;
      return HttpResponse.json(build(url.searchParams.get('q') ?? '', locale));
    }),
  );
}

export const storyHit = (story: Story = robots, title = story.title.fr): SearchHit => ({
  kind: 'story',
  slug: story.slug,
  score: 1,
  title: [{ text: title, match: false }],
  excerpt: [{ text: story.summary.fr, match: false }],
  story: summaryOf(story),
});

/** Twelve hits of stories built for the occasion. */
export const twelveHits = () => Array.from({ length: 12 }, () => storyHit(buildStory()));

// The page's code loads on demand: the field shows up after a tick.
export const searchbox = (
  name: string | RegExp = 'Rechercher une histoire, une personne ou un thème',
) => screen.findByRole('searchbox', { name });
