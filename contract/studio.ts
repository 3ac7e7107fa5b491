/**
 * The studio's schemas (decision 032): a story as editors write it (the document),
 * its state from draft to published, its revisions. Apart from schemas.ts so that
 * visitors never download them (decision 026); the routes are in routes-studio.ts.
 *
 * A draft may be incomplete (a text not yet translated, no cover yet): the document
 * allows empty texts, and `publishProblem` says what publishing still needs.
 */
import { z } from 'zod/mini';

import {
  cardSchema,
  imageSchema,
  type Locale,
  type Localized,
  localizedSchema,
  slugSchema,
  type Story,
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
    image: z.nullable(imageSchema),
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
  cover: z.nullable(imageSchema),
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

/** What every field of the document says about completeness and publishing, once. */
function texts(doc: StoryDocument): Localized[] {
  const cardTexts = doc.cards.flatMap((card): Localized[] => {
    switch (card.kind) {
      case 'video':
        return [card.title];
      case 'image':
        return [card.caption];
      case 'quote':
        return [card.text];
      case 'text':
        return [card.title, card.body];
    }
  });
  return [doc.title, doc.summary, ...cardTexts];
}

/** Whether every text of the document is written in each language. */
export function completeness(doc: StoryDocument): Completeness {
  const all = texts(doc);
  const done = (locale: Locale) => all.every((text) => text[locale].trim() !== '');
  return { fr: done('fr'), en: done('en') };
}

/**
 * The fields that differ between two documents (both implementations word a 409's
 * "what changed" and a revision's changes with it).
 */
export function changedFields(before: StoryDocument, after: StoryDocument): StoryField[] {
  const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
  return STORY_FIELDS.filter((field) => {
    const [key, locale] = field.split('.') as [keyof StoryDocument, Locale | undefined];
    if (locale) return (before[key] as Localized)[locale] !== (after[key] as Localized)[locale];
    return !same(before[key], after[key]);
  });
}

/**
 * The story visitors would see, without the people's and related stories' details
 * (the implementations add those), or why the draft is not ready yet.
 */
export function publishable(
  slug: string,
  doc: StoryDocument,
  today: string,
):
  | { ok: true; story: Omit<Story, 'people' | 'related'> & { people: string[]; related: string[] } }
  | { ok: false; problem: string } {
  const { fr, en } = completeness(doc);
  if (!fr || !en)
    return { ok: false, problem: `Texts are missing in ${!fr ? 'French' : 'English'}.` };
  if (!doc.cover) return { ok: false, problem: 'The story needs a cover image.' };
  if (doc.themes.length === 0) return { ok: false, problem: 'The story needs at least one theme.' };
  if (doc.cards.length === 0) return { ok: false, problem: 'The story needs at least one card.' };
  const cards = [];
  for (const [index, card] of doc.cards.entries()) {
    if (card.kind === 'quote' && !doc.people.includes(card.person)) {
      return { ok: false, problem: `Card ${index + 1}: the quote needs a person of the story.` };
    }
    const parsed = cardSchema.safeParse(card);
    if (!parsed.success) {
      return {
        ok: false,
        problem: `Card ${index + 1}: its ${card.kind === 'video' ? 'film' : 'image'} is missing.`,
      };
    }
    cards.push(parsed.data);
  }
  const title = localizedSchema.parse(doc.title);
  const summary = localizedSchema.parse(doc.summary);
  return {
    ok: true,
    story: {
      slug,
      title,
      summary,
      kind: doc.kind,
      themes: doc.themes,
      cover: doc.cover,
      tile: doc.tile,
      cardCount: cards.length,
      publishedAt: doc.publishedAt ?? today,
      cards,
      people: doc.people,
      related: doc.related,
    },
  };
}

/** A new story's first draft. */
export function emptyDocument(
  kind: StoryDocument['kind'],
  title: StoryDocument['title'],
): StoryDocument {
  return {
    title,
    summary: { fr: '', en: '' },
    kind,
    themes: [],
    people: [],
    cover: null,
    tile: 'regular',
    related: [],
    publishedAt: null,
    cards: [],
  };
}

/** The English line a revision carries (the 409's message reuses it). */
export function revisionSummary(
  action: Revision['action'],
  changes: readonly StoryField[],
  detail?: string,
): string {
  switch (action) {
    case 'create':
      return 'Created the story.';
    case 'save':
      return changes.length > 0 ? `Changed ${changes.join(', ')}.` : 'Saved without changes.';
    case 'publish':
      return 'Published the story.';
    case 'schedule':
      return `Scheduled the story for ${detail ?? 'later'}.`;
    case 'unpublish':
      return 'Unpublished the story.';
    case 'restore':
      return `Restored revision ${detail ?? '?'}${changes.length > 0 ? `: ${changes.join(', ')}` : ''}.`;
  }
}

/** A refusal of the studio's, shaped as contract/failures.ts's are. */
interface StudioFailure {
  readonly ok: false;
  readonly status: 400 | 404 | 409;
  readonly code: 'bad_request' | 'not_found' | 'conflict';
  readonly message: string;
  readonly field?: string;
}

/**
 * 409: someone saved since the version the editor started from; says who, and what
 * they changed (null when the editor's version is not one the story had).
 */
export function staleVersion(
  current: { version: number; by: string | null },
  changes: readonly StoryField[] | null,
): StudioFailure {
  const who = current.by ? ` by ${current.by}` : '';
  const what =
    changes === null
      ? ''
      : changes.length > 0
        ? ` They changed: ${changes.join(', ')}.`
        : ' The content is the same.';
  return {
    ok: false,
    status: 409,
    code: 'conflict',
    message: `Someone else saved this story since you opened it (now version ${current.version}${who}).${what} Reload it to see their changes before saving yours.`,
    field: 'version',
  };
}

export function noRevision(version: number): StudioFailure {
  return {
    ok: false,
    status: 404,
    code: 'not_found',
    message: `No revision ${version}`,
    field: 'revision',
  };
}

export function slugTaken(slug: string): StudioFailure {
  return {
    ok: false,
    status: 409,
    code: 'conflict',
    message: `A story "${slug}" already exists.`,
    field: 'slug',
  };
}

/** 409: the draft is not ready to go public; the message says what it lacks. */
export function notPublishable(problem: string): StudioFailure {
  return { ok: false, status: 409, code: 'conflict', message: `Not ready to publish: ${problem}` };
}

/** 409: unpublishing a story that is not public nor scheduled. */
export const NOT_PUBLIC: StudioFailure = {
  ok: false,
  status: 409,
  code: 'conflict',
  message: 'This story is neither published nor scheduled.',
};

/** 409: scheduling a published story (publish its changes, or unpublish it first). */
export const ALREADY_PUBLISHED: StudioFailure = {
  ok: false,
  status: 409,
  code: 'conflict',
  message: 'This story is already published: publish its changes now, or unpublish it first.',
};

/**
 * What a draft's content may not hold, whatever its state: two cards with one id, the
 * story as its own related story, a quote by someone not in the story. Themes and
 * people that do not exist are each implementation's own lookup (`unknownSlug`).
 */
export function draftProblem(slug: string, doc: StoryDocument): StudioFailure | null {
  const ids = new Set<string>();
  for (const [index, card] of doc.cards.entries()) {
    if (ids.has(card.id))
      return badDraft(`cards.${index}.id`, `card id "${card.id}" is used twice`);
    ids.add(card.id);
    if (card.kind === 'quote' && card.person !== '' && !doc.people.includes(card.person)) {
      return badDraft(`cards.${index}.person`, 'the quote’s person must be one of the story’s');
    }
  }
  if (doc.related.includes(slug)) return badDraft('related', 'a story is not related to itself');
  return null;
}

export function unknownSlug(field: 'themes' | 'people', slug: string): StudioFailure {
  return badDraft(field, `no ${field === 'themes' ? 'theme' : 'person'} "${slug}"`);
}

/** 400 for a field of the draft, worded as zod's refusals are. */
function badDraft(field: string, message: string): StudioFailure {
  const path = `draft.${field}`;
  return {
    ok: false,
    status: 400,
    code: 'bad_request',
    message: `Invalid ${path}: ${message}`,
    field: path,
  };
}

/** 400: a schedule's time is not ahead of now. */
export const SCHEDULE_IN_PAST: StudioFailure = {
  ok: false,
  status: 400,
  code: 'bad_request',
  message: 'Invalid at: a time ahead',
  field: 'at',
};
