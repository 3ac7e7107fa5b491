/**
 * The studio's schemas (decision 032): a story as editors write it (the document),
 * its state from draft to published, its revisions. Apart from schemas.ts so that
 * visitors never download them (decision 026); the routes are in routes-studio.ts.
 *
 * A draft may be incomplete (a text not yet translated, no cover yet): the document
 * allows empty texts, and `publishProblem` says what publishing still needs. The rules
 * both implementations apply to these documents are in studio-rules.ts.
 */
import { z } from 'zod/mini';

import { draftImageSchema } from './media.ts';
import {
  personSummarySchema,
  slugSchema,
  storyKindSchema,
  tileSizeSchema,
  videoSchema,
} from './schemas.ts';

export const STUDIO_TITLE_MAX = 200;
export const STUDIO_TEXT_MAX = 4000;
export const STUDIO_CARDS_MAX = 100;
export const STUDIO_LIST_MAX = 12;
export const STUDIO_PAGE_MAX = 200;
export const STUDIO_PAGE_DEFAULT = 50;
export const STUDIO_REVISIONS_MAX = 100;

/** Text in both languages, either of which may still be empty in a draft. */
const draftText = (max: number) =>
  z.object({
    fr: z.string().check(z.maxLength(max, `at most ${max} characters`)),
    en: z.string().check(z.maxLength(max, `at most ${max} characters`)),
  });

const cardId = z.string().check(z.minLength(1), z.maxLength(80));

/** Cards as a draft holds them: the viewer's cards, with texts and media still to come. */
export const draftCardSchema = z.discriminatedUnion('kind', [
  z.object({
    id: cardId,
    kind: z.literal('video'),
    title: draftText(STUDIO_TITLE_MAX),
    video: z.nullable(videoSchema),
  }),
  z.object({
    id: cardId,
    kind: z.literal('image'),
    image: z.nullable(draftImageSchema),
    caption: draftText(STUDIO_TEXT_MAX),
    credit: z.string().check(z.maxLength(200)),
  }),
  z.object({
    id: cardId,
    kind: z.literal('quote'),
    text: draftText(STUDIO_TEXT_MAX),
    /** A person of the story; '' until chosen. */
    person: z.union([slugSchema, z.literal('')]),
  }),
  z.object({
    id: cardId,
    kind: z.literal('text'),
    title: draftText(STUDIO_TITLE_MAX),
    body: draftText(STUDIO_TEXT_MAX),
  }),
]);
export type DraftCard = z.infer<typeof draftCardSchema>;

/**
 * A story as the studio edits it: the content of the contract's story, with the
 * themes, people and related stories named by slug. The slug is the story's, fixed
 * at creation (it is in every shared link once published).
 */
export const storyDocumentSchema = z.object({
  title: draftText(STUDIO_TITLE_MAX),
  summary: draftText(STUDIO_TEXT_MAX),
  kind: storyKindSchema,
  themes: z.array(slugSchema).check(z.maxLength(STUDIO_LIST_MAX)),
  people: z.array(slugSchema).check(z.maxLength(STUDIO_LIST_MAX)),
  /** Uploaded images arrive without alternative text; publishing asks for it (studio-rules.ts). */
  cover: z.nullable(draftImageSchema),
  tile: tileSizeSchema,
  /** Stories the editors chose as next steps; only the published ones are shown. */
  related: z.array(slugSchema).check(z.maxLength(STUDIO_LIST_MAX)),
  /** The date shown as published; the day of publishing when null. */
  publishedAt: z.nullable(z.iso.date()),
  cards: z.array(draftCardSchema).check(z.maxLength(STUDIO_CARDS_MAX)),
});
export type StoryDocument = z.infer<typeof storyDocumentSchema>;

export const STORY_STATES = ['draft', 'scheduled', 'published', 'unpublished'] as const;
export const storyStateSchema = z.enum(STORY_STATES);
export type StoryState = z.infer<typeof storyStateSchema>;

const dateTime = z.iso.datetime({ offset: true });

/** Who last changed something, as their name was then (null: nobody yet, or a seed). */
const editorSchema = z.nullable(z.object({ name: z.string() }));

export const completenessSchema = z.object({ fr: z.boolean(), en: z.boolean() });
export type Completeness = z.infer<typeof completenessSchema>;

export const studioStorySummarySchema = z.object({
  slug: slugSchema,
  state: storyStateSchema,
  /** Bumped by every change; sent back with each write (409 when another came first). */
  version: z.int().check(z.positive()),
  title: draftText(STUDIO_TITLE_MAX),
  kind: storyKindSchema,
  /** Whether every text of the draft is written in that language. */
  complete: completenessSchema,
  /** A published story whose draft differs from what visitors see. */
  unpublishedChanges: z.boolean(),
  scheduledAt: z.nullable(dateTime),
  updatedAt: dateTime,
  updatedBy: editorSchema,
});
export type StudioStorySummary = z.infer<typeof studioStorySummarySchema>;

export const studioStoryListSchema = z.object({
  items: z.array(studioStorySummarySchema),
  /** How many stories match the filters (of which `items` holds the first `limit`). */
  total: z.int().check(z.minimum(0)),
});
export type StudioStoryList = z.infer<typeof studioStoryListSchema>;

export const studioListQuerySchema = z.object({
  /** Words of the slug or of a title, in either language, without regard to case or accents. */
  q: z.optional(z.string().check(z.trim(), z.maxLength(200))),
  state: z.optional(storyStateSchema),
  /** Only stories missing text in this language. */
  incomplete: z.optional(z.enum(['fr', 'en'])),
  limit: z._default(
    z.coerce.number().check(z.int(), z.minimum(1), z.maximum(STUDIO_PAGE_MAX)),
    STUDIO_PAGE_DEFAULT,
  ),
});
export type StudioListQuery = z.input<typeof studioListQuerySchema>;

export const studioStorySchema = z.extend(studioStorySummarySchema, {
  /** What the editors are writing. */
  draft: storyDocumentSchema,
  /** What visitors see (or saw, once unpublished); null if never published. */
  published: z.nullable(storyDocumentSchema),
  /** Why the draft cannot be published yet, or null when it can. */
  publishProblem: z.nullable(z.string()),
});
export type StudioStory = z.infer<typeof studioStorySchema>;

export const studioCreateSchema = z.object({
  slug: slugSchema,
  kind: storyKindSchema,
  title: draftText(STUDIO_TITLE_MAX),
});
export type StudioCreateInput = z.input<typeof studioCreateSchema>;

const versionField = z.int().check(z.positive());

export const studioSaveSchema = z.object({
  /** The version the editor's draft started from. */
  version: versionField,
  draft: storyDocumentSchema,
});
export type StudioSaveInput = z.input<typeof studioSaveSchema>;

/** Publish, unpublish: the version the editor saw, so nobody publishes what they did not see. */
export const studioVersionSchema = z.object({ version: versionField });

export const studioScheduleSchema = z.object({
  version: versionField,
  /** When the story goes public; must be ahead. */
  at: dateTime,
});

export const REVISION_ACTIONS = [
  'create',
  'save',
  'publish',
  'schedule',
  'unpublish',
  'restore',
] as const;

/**
 * What a change touched, by name: the studio words them in each language. Cards are
 * `cards` (added, removed, reordered or edited) as a whole.
 */
export const STORY_FIELDS = [
  'title.fr',
  'title.en',
  'summary.fr',
  'summary.en',
  'kind',
  'themes',
  'people',
  'cover',
  'tile',
  'related',
  'publishedAt',
  'cards',
] as const;
export type StoryField = (typeof STORY_FIELDS)[number];

export const revisionSchema = z.object({
  /** The story's version this revision made. */
  version: z.int().check(z.positive()),
  action: z.enum(REVISION_ACTIONS),
  at: dateTime,
  by: editorSchema,
  changes: z.array(z.enum(STORY_FIELDS)),
  /** One line: what happened, in English (the studio words `action` and `changes` itself). */
  summary: z.string(),
});
export type Revision = z.infer<typeof revisionSchema>;

export const revisionListSchema = z.object({ items: z.array(revisionSchema) });

/**
 * Everyone a story may name, by slug (byte order, the same on every implementation):
 * the people field suggests them by name, including people no story names yet.
 */
export const studioPeopleSchema = z.object({ items: z.array(personSummarySchema) });
export type StudioPeople = z.infer<typeof studioPeopleSchema>;
