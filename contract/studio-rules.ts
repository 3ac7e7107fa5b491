// Over 300 lines: one set of rules both implementations must apply alike, kept in one file so neither can miss one.
/**
 * The studio's rules both implementations apply (decision 020): completeness, what
 * changed between two documents, whether a draft may go public, and the studio's
 * refusals, worded once. The schemas are in studio.ts.
 */
import { missingAltText } from './media.ts';
import {
  type Card,
  cardSchema,
  type Locale,
  type Localized,
  localizedSchema,
  type Story,
} from './schemas.ts';
import {
  type Completeness,
  type Revision,
  STORY_FIELDS,
  type StoryDocument,
  type StoryField,
  type StoryState,
  type StudioStorySummary,
} from './studio.ts';

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

/** A story as the studio's list shows it, from what either store keeps of it. */
export function studioSummary(story: {
  slug: string;
  state: StoryState;
  version: number;
  draft: StoryDocument;
  published: StoryDocument | null;
  scheduledAt: string | null;
  updatedAt: string;
  updatedByName: string | null;
}): StudioStorySummary {
  return {
    slug: story.slug,
    state: story.state,
    version: story.version,
    title: story.draft.title,
    kind: story.draft.kind,
    complete: completeness(story.draft),
    unpublishedChanges:
      story.state === 'published' &&
      JSON.stringify(story.draft) !== JSON.stringify(story.published),
    scheduledAt: story.scheduledAt,
    updatedAt: story.updatedAt,
    updatedBy: story.updatedByName === null ? null : { name: story.updatedByName },
  };
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
  const altMissing = missingAltText(doc);
  if (altMissing) return { ok: false, problem: altMissing };
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
  return {
    ok: true,
    story: storyOf(slug, doc, {
      title: localizedSchema.parse(doc.title),
      summary: localizedSchema.parse(doc.summary),
      cover: doc.cover,
      cards,
      today,
    }),
  };
}

/**
 * A draft's fields laid out as the viewer's story, with the texts and cards given
 * (checked ones to publish, filled-in ones for the studio's preview of a draft).
 */
export function storyOf(
  slug: string,
  doc: StoryDocument,
  shown: {
    title: Localized;
    summary: Localized;
    cover: Story['cover'];
    cards: Card[];
    today: string;
  },
): Omit<Story, 'people' | 'related'> & { people: string[]; related: string[] } {
  return {
    slug,
    title: shown.title,
    summary: shown.summary,
    kind: doc.kind,
    themes: doc.themes,
    cover: shown.cover,
    tile: doc.tile,
    cardCount: shown.cards.length,
    publishedAt: doc.publishedAt ?? shown.today,
    cards: shown.cards,
    people: doc.people,
    related: doc.related,
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
