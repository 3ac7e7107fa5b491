/**
 * THE API contract. Every payload that crosses the wire is described here once;
 * the client parses responses with these schemas, the MSW handlers and the real
 * server build and validate with them. Imports only zod — its tree-shakable "mini"
 * flavour, because the client ships these schemas in its first load.
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

export const videoCardSchema = z.object({
  ...cardBase,
  kind: z.literal('video'),
  title: localizedSchema,
  video: z.object({
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
  }),
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
export type CardKind = Card['kind'];

/** Tile size on the springboard: 1×1 by default, 2×1 wide or 2×2 large. */
export const tileSizeSchema = z.enum(['regular', 'wide', 'large']);
export type TileSize = z.infer<typeof tileSizeSchema>;

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

export const storyListSchema = listOf(storySummarySchema);
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

export const ERROR_CODES = [
  'bad_request',
  'not_found',
  'method_not_allowed',
  'payload_too_large',
  'unsupported_media_type',
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
