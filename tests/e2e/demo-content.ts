/**
 * What the seeded server holds, read from its API once per worker: tests ask for "a
 * slideshow" or "a quote card" instead of naming a demo slug, and keep working when
 * the demo content changes. Every answer is parsed by the contract.
 */
import {
  type Card,
  type Story,
  storyListSchema,
  storySchema,
  type Theme,
  themeListSchema,
} from '#contract/schemas.ts';

import { baseURL } from './server.ts';

async function get<T>(path: string, parse: (value: unknown) => T): Promise<T> {
  const response = await fetch(`${baseURL}${path}`);
  if (!response.ok) throw new Error(`GET ${path}: HTTP ${response.status}`);
  return parse(await response.json());
}

export interface DemoContent {
  /** Every story, newest first (the springboard's order). */
  stories: Story[];
  themes: Theme[];
  /** The newest slideshow with a regular tile: picture cards to swipe, a quote among them. */
  slideshow: Story;
  /** The newest film. */
  film: Story;
  /**
   * The first card of this kind that is not a story's first (its URL carries the
   * number), from a story that is not a film when there is one.
   */
  cardOf: (kind: Card['kind']) => { story: Story; n: number; path: string };
  /** Stories that are not films (nothing plays while a test swipes), with ≥ `cards` cards. */
  stillStories: (cards: number) => Story[];
}

export async function loadDemoContent(): Promise<DemoContent> {
  const summaries = [];
  let cursor: string | null = null;
  do {
    const query: string = cursor ? `&cursor=${cursor}` : '';
    const page = await get(`/api/stories?limit=100${query}`, (v) => storyListSchema.parse(v));
    summaries.push(...page.items);
    cursor = page.nextCursor;
  } while (cursor);
  const stories = await Promise.all(
    summaries.map((s) => get(`/api/stories/${s.slug}`, (v) => storySchema.parse(v))),
  );
  const { items: themes } = await get('/api/themes', (v) => themeListSchema.parse(v));
  const find = (what: string, predicate: (story: Story) => boolean) => {
    const story = stories.find(predicate);
    if (!story) throw new Error(`the demo content has no ${what}`);
    return story;
  };
  return {
    stories,
    themes,
    slideshow: find(
      'regular slideshow',
      (s) => s.kind === 'slideshow' && s.tile === 'regular' && s.cards.length >= 5,
    ),
    film: find('film', (s) => s.kind === 'film'),
    cardOf: (kind) => {
      const has = (s: Story) => s.cards.slice(1).some((c) => c.kind === kind);
      const story = stories.find((s) => s.kind !== 'film' && has(s)) ?? find(`${kind} card`, has);
      const n = story.cards.findIndex((c, i) => i > 0 && c.kind === kind) + 1;
      return { story, n, path: `/stories/${story.slug}/${n}` };
    },
    stillStories: (cards) => stories.filter((s) => s.kind !== 'film' && s.cards.length >= cards),
  };
}
