/**
 * Test data built through the contract: each builder fills a valid default, applies
 * the test's overrides and parses the result with the contract's schema, so a test
 * says only what it cares about and its data can never drift from the API's shape.
 * Slugs and titles are numbered per call; nothing here is demo content.
 */
import {
  type Card,
  cardSchema,
  type Image,
  imageSchema,
  type Localized,
  type Person,
  personSchema,
  type PersonSummary,
  type Story,
  storySchema,
  type StorySummary,
  storySummarySchema,
  type Theme,
  themeSchema,
} from '#contract/schemas.ts';

let sequence = 0;
const next = () => ++sequence;
/** Same width for every number, so no name is the start of another ("7" and "71"). */
const nth = (n: number) => String(n).padStart(4, '0');

/** The same words in both languages, marked so a test can tell which one shows. */
export const both = (text: string): Localized => ({ fr: text, en: `${text} (en)` });

export function buildImage(overrides: Partial<Image> = {}): Image {
  const n = next();
  return imageSchema.parse({
    src: `/media/img/test-${n}-960.jpg`,
    sources: [{ type: 'image/webp', srcset: `/media/img/test-${n}-480.webp 480w` }],
    width: 960,
    height: 640,
    alt: both(`Image ${nth(n)}`),
    color: '#556677',
    ...overrides,
  });
}

export function buildTheme(overrides: Partial<Theme> = {}): Theme {
  const n = next();
  return themeSchema.parse({
    slug: `theme-${n}`,
    name: { fr: `Thème ${nth(n)}`, en: `Theme ${nth(n)}` },
    color: '#3b6fd9',
    intro: both(`Ce que raconte le thème ${n}.`),
    ...overrides,
  });
}

type CardOverrides = Partial<Card> & { kind?: Card['kind'] };

/** An image card unless `kind` says otherwise; `id` numbered. */
export function buildCard(overrides: CardOverrides = {}): Card {
  const n = next();
  const id = `c${n}`;
  const base = {
    image: {
      id,
      kind: 'image',
      image: buildImage(),
      caption: both(`Légende ${nth(n)}`),
      credit: 'Test',
    },
    quote: { id, kind: 'quote', text: both(`Citation ${nth(n)}`), person: 'quelqu-un' },
    text: { id, kind: 'text', title: both(`Texte ${nth(n)}`), body: both(`Corps du texte ${n}.`) },
    video: {
      id,
      kind: 'video',
      title: both(`Film ${nth(n)}`),
      video: {
        sources: [{ src: `/media/video/test-${n}.mp4`, type: 'video/mp4' }],
        poster: buildImage(),
        captions: [],
        duration: 30,
      },
    },
  }[overrides.kind ?? 'image'];
  return cardSchema.parse({ ...base, ...overrides });
}

export function buildPersonSummary(overrides: Partial<PersonSummary> = {}): PersonSummary {
  const { stories: _stories, bio: _bio, ...summary } = buildPerson(overrides);
  return summary;
}

export function buildPerson(overrides: Partial<Person> = {}): Person {
  const n = next();
  return personSchema.parse({
    slug: `personne-${n}`,
    name: `Personne ${nth(n)}`,
    role: both(`Métier ${n}`),
    portrait: buildImage(),
    bio: both(`La vie de la personne ${n}.`),
    stories: [],
    ...overrides,
  });
}

/**
 * A whole story (what GET /api/stories/:slug answers): three image cards, one theme,
 * nobody and nothing related unless the overrides say so. `cardCount` follows the cards.
 */
export function buildStory(overrides: Partial<Story> = {}): Story {
  const n = next();
  const cards = overrides.cards ?? [buildCard(), buildCard(), buildCard()];
  return storySchema.parse({
    slug: `histoire-${n}`,
    title: { fr: `Histoire ${nth(n)}`, en: `Story ${nth(n)}` },
    summary: both(`Le résumé de l’histoire ${n}.`),
    kind: 'slideshow',
    themes: ['theme-test'],
    cover: buildImage(),
    tile: 'regular',
    // Newest first in lists: later builds are older, so a list keeps the build order.
    publishedAt: new Date(Date.UTC(2026, 0, 1) - n * 86_400_000).toISOString().slice(0, 10),
    people: [],
    related: [],
    ...overrides,
    cards,
    cardCount: cards.length,
  });
}

/** What a list or a search hit carries of a story. */
export function summaryOf(story: Story): StorySummary {
  const { people: _people, cards: _cards, related: _related, ...summary } = story;
  return storySummarySchema.parse(summary);
}
