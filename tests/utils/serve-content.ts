/**
 * Lets a component test serve its own content (built with tests/factories.ts) in
 * place of the demo fixtures: `serveContent({ stories, themes, people })` answers the
 * read endpoints from it for the rest of the test, through the mocks' own read model
 * (mocks/data.ts, mocks/search.ts, mocks/paths.ts), so lists, pages, 404s, search
 * and shared paths behave as usual. Request bodies are the default handlers' concern:
 * a test of their checks uses those.
 */
import { http, HttpResponse } from 'msw';

import { routes } from '#contract/routes.ts';
import type { Person, Story, Theme } from '#contract/schemas.ts';
import { type Dataset, getPerson, getStory, listStories } from '#mocks/data.ts';
import { imState } from '#mocks/in-movement-store.ts';
import { server } from '#mocks/node.ts';
import { checkPathSteps, getPath, savePath } from '#mocks/paths.ts';
import { search } from '#mocks/search.ts';

export interface Content {
  stories?: Story[];
  themes?: Theme[];
  people?: Person[];
}

function datasetOf({ stories = [], themes = [], people = [] }: Content): Dataset {
  const persons = new Map(
    people.map(({ stories: _stories, ...person }) => [person.slug, person] as const),
  );
  // Someone a story names but the test did not build in full: their summary will do.
  for (const story of stories) {
    for (const person of story.people) {
      if (!persons.has(person.slug)) {
        persons.set(person.slug, { ...person, bio: { fr: person.name, en: person.name } });
      }
    }
  }
  return {
    themes,
    people: [...persons.values()],
    stories: stories.map(({ cardCount: _count, people: named, related, ...story }) => ({
      ...story,
      people: named.map((p) => p.slug),
      related: related.map((r) => r.slug),
    })),
  };
}

const notFound = (what: string) =>
  HttpResponse.json({ error: { code: 'not_found', message: `No ${what}` } }, { status: 404 });

const queryOf = (request: Request) => Object.fromEntries(new URL(request.url).searchParams);

export function serveContent(content: Content): void {
  const data = datasetOf(content);
  server.use(
    http.get(`*${routes.listStories.path}`, ({ request }) => {
      const query = routes.listStories.query.parse(queryOf(request));
      return HttpResponse.json(routes.listStories.response.parse(listStories(data, query)));
    }),
    http.get(`*${routes.getStory.path}`, ({ params }) => {
      const story = getStory(data, String(params.slug));
      return story
        ? HttpResponse.json(routes.getStory.response.parse(story))
        : notFound(`story "${String(params.slug)}"`);
    }),
    http.get(`*${routes.listThemes.path}`, () =>
      HttpResponse.json(routes.listThemes.response.parse({ items: data.themes })),
    ),
    http.get(`*${routes.getPerson.path}`, ({ params }) => {
      const person = getPerson(data, String(params.slug));
      return person
        ? HttpResponse.json(routes.getPerson.response.parse(person))
        : notFound(`person "${String(params.slug)}"`);
    }),
    http.get(`*${routes.search.path}`, ({ request }) => {
      const query = routes.search.query.parse(queryOf(request));
      return HttpResponse.json(routes.search.response.parse(search(data, query)));
    }),
    http.post(`*${routes.createPath.path}`, async ({ request }) => {
      const body = routes.createPath.body.parse(await request.json());
      const checked = checkPathSteps(data, imState(), body.steps);
      if (!checked.ok) {
        return HttpResponse.json(
          { error: { code: 'bad_request', message: checked.message, field: checked.field } },
          { status: 400 },
        );
      }
      return HttpResponse.json({ id: savePath(checked.steps) }, { status: 201 });
    }),
    http.get(`*${routes.getPath.path}`, ({ params }) => {
      const path = getPath(data, imState(), String(params.id));
      return path
        ? HttpResponse.json(routes.getPath.response.parse(path))
        : notFound(`path "${String(params.id)}"`);
    }),
  );
}
