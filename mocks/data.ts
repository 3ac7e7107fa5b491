/**
 * Read model over the demo fixtures: the same queries the real server answers from
 * its database, written over arrays. Everything it returns is typed by the contract.
 */
import { cursorPosition, encodeCursor } from '../contract/cursor.ts';
import type { Person, Story, StoryList, StorySummary, Theme } from '../contract/schemas.ts';
import { STORY_PAGE_DEFAULT } from '../contract/schemas.ts';
import { people, stories, type StoryRecord, themes } from './fixtures/content.ts';

export interface Dataset {
  themes: Theme[];
  stories: StoryRecord[];
  people: typeof people;
}

export const demoDataset: Dataset = { themes, stories, people };

export function toSummary(record: StoryRecord): StorySummary {
  return {
    slug: record.slug,
    title: record.title,
    summary: record.summary,
    kind: record.kind,
    themes: record.themes,
    cover: record.cover,
    tile: record.tile,
    cardCount: record.cards.length,
    publishedAt: record.publishedAt,
  };
}

/** Newest first, then by slug: a total order, so cursors are stable. */
function compareStories(a: StoryRecord, b: StoryRecord): number {
  if (a.publishedAt !== b.publishedAt) return a.publishedAt < b.publishedAt ? 1 : -1;
  return a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0;
}

export function listStories(
  data: Dataset,
  query: { theme?: string; cursor?: string; limit?: number },
): StoryList {
  const limit = query.limit ?? STORY_PAGE_DEFAULT;
  let ordered = [...data.stories].sort(compareStories);
  if (query.theme) {
    const theme = query.theme;
    ordered = ordered.filter((s) => s.themes.includes(theme));
  }
  const total = ordered.length;
  const after = cursorPosition(query.cursor);
  if (after) {
    ordered = ordered.filter((s) => compareStories(s, { ...s, ...after }) > 0);
  }
  const page = ordered.slice(0, limit);
  const last = page.at(-1);
  return {
    items: page.map(toSummary),
    nextCursor: ordered.length > limit && last ? encodeCursor(last) : null,
    total,
  };
}

export function getStory(data: Dataset, slug: string): Story | null {
  const record = data.stories.find((s) => s.slug === slug);
  if (!record) return null;
  const bySlug = new Map(data.stories.map((s) => [s.slug, s]));
  return {
    ...toSummary(record),
    people: record.people.flatMap((personSlug) => {
      const person = data.people.find((p) => p.slug === personSlug);
      return person
        ? [{ slug: person.slug, name: person.name, role: person.role, portrait: person.portrait }]
        : [];
    }),
    cards: record.cards,
    related: record.related.flatMap((relatedSlug) => {
      const related = bySlug.get(relatedSlug);
      return related ? [toSummary(related)] : [];
    }),
  };
}

export function getPerson(data: Dataset, slug: string): Person | null {
  const person = data.people.find((p) => p.slug === slug);
  if (!person) return null;
  return {
    ...person,
    stories: [...data.stories]
      .sort(compareStories)
      .filter((s) => s.people.includes(slug))
      .map(toSummary),
  };
}
