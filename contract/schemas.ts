/**
 * THE API contract. Every payload that crosses the wire is described here once;
 * the client parses responses with these schemas, the MSW handlers and the real
 * server build and validate with them. Imports only zod — its tree-shakable "mini"
 * flavour, because the client ships these schemas in its first load.
 *
 * Over 300 lines on purpose: it holds one concern, the shape of every payload, and
 * the schemas build on each other (images in cards, cards in stories, summaries in
 * lists), so one file keeps each type next to what it uses. The account's schemas
 * are in account.ts, so that the first load does not carry them (decision 026).
 */
import { z } from 'zod/mini';

export const LOCALES = ['fr', 'en'] as const;
export const localeSchema = z.enum(LOCALES);
export type Locale = z.infer<typeof localeSchema>;

/** Text that exists in both languages. */
export const localizedSchema = z.object({
  fr: z.string().check(z.minLength(1)),
  en: z.string().check(z.minLength(1)),
});
export type Localized = z.infer<typeof localizedSchema>;

export const slugSchema = z
  .string()
  .check(
    z.minLength(1),
    z.maxLength(80),
    z.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'lowercase words separated by hyphens'),
  );

const hexColorSchema = z.string().check(z.regex(/^#[0-9a-f]{6}$/i, 'a #rrggbb colour'));

/** A same-origin path or absolute http(s) URL; never javascript: or data: except images. */
const mediaUrlSchema = z.string().check(z.regex(/^(\/[^\s]*|https?:\/\/[^\s]+)$/, 'a URL path'));

export const imageSourceSchema = z.object({
  type: z.enum(['image/avif', 'image/webp', 'image/jpeg']),
  /** A `srcset` attribute value: "url 480w, url 960w". */
  srcset: z.string().check(z.minLength(1)),
});

export const imageSchema = z.object({
  /** Fallback URL for browsers that understand none of `sources`. */
  src: mediaUrlSchema,
  sources: z.array(imageSourceSchema),
  width: z.int().check(z.positive()),
  height: z.int().check(z.positive()),
  alt: localizedSchema,
  /** Dominant colour, painted while the image loads. */
  color: hexColorSchema,
  /** Tiny blurred preview as a data: URL (a few hundred bytes). */
  placeholder: z.optional(
    z
      .string()
      .check(z.regex(/^data:image\/(webp|jpeg|png);base64,[A-Za-z0-9+/=]+$/), z.maxLength(2000)),
  ),
});
export type Image = z.infer<typeof imageSchema>;

export const themeSchema = z.object({
  slug: slugSchema,
  name: localizedSchema,
  color: hexColorSchema,
  intro: localizedSchema,
});
export type Theme = z.infer<typeof themeSchema>;

export const personSummarySchema = z.object({
  slug: slugSchema,
  name: z.string().check(z.minLength(1), z.maxLength(120)),
  role: localizedSchema,
  portrait: imageSchema,
});
export type PersonSummary = z.infer<typeof personSummarySchema>;

export const STORY_KINDS = ['film', 'slideshow', 'visual', 'portrait'] as const;
export const storyKindSchema = z.enum(STORY_KINDS);
export type StoryKind = z.infer<typeof storyKindSchema>;

const cardBase = {
  /** Stable within a story; cards are addressed by position in URLs. */
  id: z.string().check(z.minLength(1), z.maxLength(80)),
};

/** A self-hosted film: its encodings, poster and captions in both languages. */
export const videoSchema = z.object({
  sources: z
    .array(z.object({ src: mediaUrlSchema, type: z.enum(['video/mp4', 'video/webm']) }))
    .check(z.minLength(1)),
  poster: imageSchema,
  captions: z.array(
    z.object({
      lang: localeSchema,
      src: mediaUrlSchema,
      label: z.string().check(z.minLength(1)),
    }),
  ),
  /** Seconds. */
  duration: z.number().check(z.positive()),
});
export type Video = z.infer<typeof videoSchema>;

export const videoCardSchema = z.object({
  ...cardBase,
  kind: z.literal('video'),
  title: localizedSchema,
  video: videoSchema,
});

export const imageCardSchema = z.object({
  ...cardBase,
  kind: z.literal('image'),
  image: imageSchema,
  caption: localizedSchema,
  credit: z.string().check(z.minLength(1), z.maxLength(200)),
});

export const quoteCardSchema = z.object({
  ...cardBase,
  kind: z.literal('quote'),
  text: localizedSchema,
  /** Slug of a person featured in the story. */
  person: slugSchema,
});

export const textCardSchema = z.object({
  ...cardBase,
  kind: z.literal('text'),
  title: localizedSchema,
  body: localizedSchema,
});

export const cardSchema = z.discriminatedUnion('kind', [
  videoCardSchema,
  imageCardSchema,
  quoteCardSchema,
  textCardSchema,
]);
export type Card = z.infer<typeof cardSchema>;

/** Tile size on the springboard: 1×1 by default, 2×1 wide or 2×2 large. */
export const tileSizeSchema = z.enum(['regular', 'wide', 'large']);

export const storySummarySchema = z.object({
  slug: slugSchema,
  title: localizedSchema,
  summary: localizedSchema,
  kind: storyKindSchema,
  /** Theme slugs, most relevant first. */
  themes: z.array(slugSchema).check(z.minLength(1)),
  cover: imageSchema,
  tile: tileSizeSchema,
  cardCount: z.int().check(z.positive()),
  /** ISO date the story was published. */
  publishedAt: z.iso.date(),
});
export type StorySummary = z.infer<typeof storySummarySchema>;

export const storySchema = z.extend(storySummarySchema, {
  people: z.array(personSummarySchema),
  cards: z.array(cardSchema).check(z.minLength(1)),
  /** Stories the editors chose as natural next steps, most related first. */
  related: z.array(storySummarySchema),
});
export type Story = z.infer<typeof storySchema>;

export const personSchema = z.extend(personSummarySchema, {
  bio: localizedSchema,
  stories: z.array(storySummarySchema),
});
export type Person = z.infer<typeof personSchema>;

export const listOf = <T extends z.ZodMiniType>(item: T) =>
  z.object({
    items: z.array(item),
    /** Opaque cursor for the next page, or null on the last page. */
    nextCursor: z.nullable(z.string()),
  });

export const storyListSchema = z.extend(listOf(storySummarySchema), {
  /**
   * How many stories the whole list holds (with its theme filter), on every page.
   * Optional only for answers an older version cached (the service worker keeps API
   * answers for offline reading): both implementations always send it.
   */
  total: z.optional(z.int().check(z.minimum(0))),
});
export type StoryList = z.infer<typeof storyListSchema>;

export const themeListSchema = z.object({ items: z.array(themeSchema) });
export type ThemeList = z.infer<typeof themeListSchema>;

export const STORY_PAGE_MAX = 100;
export const STORY_PAGE_DEFAULT = 60;

export const storyListQuerySchema = z.object({
  theme: z.optional(slugSchema),
  cursor: z.optional(
    z
      .string()
      .check(
        z.maxLength(200),
        z.regex(/^[A-Za-z0-9_-]+$/, 'an opaque cursor from a previous page'),
      ),
  ),
  limit: z._default(
    z.coerce.number().check(z.int(), z.minimum(1), z.maximum(STORY_PAGE_MAX)),
    STORY_PAGE_DEFAULT,
  ),
});
export type StoryListQuery = z.input<typeof storyListQuerySchema>;

// ——— Paths: a visitor's trail through stories, people and themes ———

export const PATH_MAX_STEPS = 200;
/** Cards a story step may record as seen; far above any real story. */
export const PATH_MAX_CARDS = 500;

/** Unguessable enough to share, short enough to read aloud: 8–32 base64url characters. */
export const pathIdSchema = z
  .string()
  .check(z.regex(/^[A-Za-z0-9_-]{8,32}$/, 'a path id from a previous share'));

export const pathCreatedSchema = z.object({ id: pathIdSchema });

// The steps and shared paths are in path-schemas.ts: a debate step reads In Movement's
// summary, and in-movement.ts builds on this file, so they cannot live here.

// ——— Search ———

export const SEARCH_QUERY_MAX = 200;
export const SEARCH_LIMIT_MAX = 50;
export const SEARCH_LIMIT_DEFAULT = 20;

export const searchQuerySchema = z.object({
  /** What the visitor typed; matched without regard to case or accents. */
  q: z
    .string()
    .check(
      z.trim(),
      z.minLength(1, 'type at least one character'),
      z.maxLength(SEARCH_QUERY_MAX, `at most ${SEARCH_QUERY_MAX} characters`),
    ),
  /** The language whose text is searched and highlighted. */
  locale: z._default(localeSchema, 'fr'),
  limit: z._default(
    z.coerce.number().check(z.int(), z.minimum(1), z.maximum(SEARCH_LIMIT_MAX)),
    SEARCH_LIMIT_DEFAULT,
  ),
});
export type SearchQuery = z.input<typeof searchQuerySchema>;

/**
 * Text cut into runs, the matched ones marked: the client draws `<mark>` around
 * them without ever parsing HTML from the API.
 */
export const highlightedSchema = z.array(z.object({ text: z.string(), match: z.boolean() }));
export type Highlighted = z.infer<typeof highlightedSchema>;

const searchHitBase = {
  slug: slugSchema,
  /** Higher is better; comparable only within one answer. */
  score: z.number(),
  /** The title or name, highlighted. */
  title: highlightedSchema,
  /** A short passage around the best match (summary, card text, bio, intro). */
  excerpt: highlightedSchema,
};

export const searchHitSchema = z.discriminatedUnion('kind', [
  z.object({ ...searchHitBase, kind: z.literal('story'), story: storySummarySchema }),
  z.object({ ...searchHitBase, kind: z.literal('person'), person: personSummarySchema }),
  z.object({ ...searchHitBase, kind: z.literal('theme'), theme: themeSchema }),
]);
export type SearchHit = z.infer<typeof searchHitSchema>;

export const searchResultSchema = z.object({
  /** The query as understood (trimmed). */
  q: z.string(),
  locale: localeSchema,
  /** Every match, of which `items` holds the best `limit`, best first. */
  total: z.int().check(z.minimum(0)),
  items: z.array(searchHitSchema),
});
export type SearchResult = z.infer<typeof searchResultSchema>;

/**
 * Who may do what; every new account starts as a participant. Editors (and admins)
 * write the stories in the studio (contract/studio.ts).
 */
export const ROLES = ['participant', 'expert', 'curator', 'committee', 'admin', 'editor'] as const;
export const roleSchema = z.enum(ROLES);
export type Role = z.infer<typeof roleSchema>;

/** Experts (and anyone who says so) are internal to the group or external to it. */
export const AFFILIATIONS = ['internal', 'external'] as const;
export const affiliationSchema = z.enum(AFFILIATIONS);
export type Affiliation = z.infer<typeof affiliationSchema>;

export const DISPLAY_NAME_MAX = 80;
export const BIO_MAX = 500;

/**
 * The answers of sign-in, sign-out and deletion, which the server and the mocks send.
 * Their schemas and the account's are in account.ts (decision 026); its types are
 * re-exported here.
 */
export const SIGN_IN_ACCEPTED = { status: 'link_sent' } as const;
export const ACCOUNT_DELETED = { status: 'deleted' } as const;
export const SIGNED_OUT = { status: 'signed_out' } as const;
export type { Account, AccountExport, ProfileInput, SignInInput } from './account.ts';

export const ERROR_CODES = [
  'bad_request',
  'not_found',
  'method_not_allowed',
  'payload_too_large',
  'unsupported_media_type',
  /** 429: the client spent its allowance; `Retry-After` says in how many seconds to retry. */
  'rate_limited',
  /** 401: the request needs a signed-in session and carries none (or a dead one). */
  'unauthorized',
  /** 403: a write from another site (the Origin check), or one the account's role or ownership does not allow. */
  'forbidden',
  /** 409: the change is illegal in the resource's current state (a closed debate, a second report). */
  'conflict',
  'internal',
  'unavailable',
] as const;

export const apiErrorSchema = z.object({
  error: z.object({
    code: z.enum(ERROR_CODES),
    message: z.string(),
    /** The offending field, for 400s. */
    field: z.optional(z.string()),
  }),
});
export type ApiErrorBody = z.infer<typeof apiErrorSchema>;

/** Builds the one error body shape every implementation answers with. */
export function errorBody(
  code: ApiErrorBody['error']['code'],
  message: string,
  field?: string,
): ApiErrorBody {
  return { error: field === undefined ? { code, message } : { code, message, field } };
}
