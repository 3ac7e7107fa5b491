/**
 * The studio's names for the contract's values (states, kinds, fields, revision
 * actions), as message keys: one table each, so every screen words them alike.
 */
import type { StoryKind } from '#contract/schemas.ts';
import type { Revision, StoryField, StoryState } from '#contract/studio.ts';
import type { MessageKey } from '#src/lib/messages-fr.ts';

export const STATE_WORDS: Record<StoryState, MessageKey> = {
  draft: 'studio.state.draft',
  scheduled: 'studio.state.scheduled',
  published: 'studio.state.published',
  unpublished: 'studio.state.unpublished',
};

export const KIND_WORDS: Record<StoryKind, MessageKey> = {
  film: 'studio.kind.film',
  slideshow: 'studio.kind.slideshow',
  visual: 'studio.kind.visual',
  portrait: 'studio.kind.portrait',
};

export const FIELD_WORDS: Record<StoryField, MessageKey> = {
  'title.fr': 'studio.field.titleFr',
  'title.en': 'studio.field.titleEn',
  'summary.fr': 'studio.field.summaryFr',
  'summary.en': 'studio.field.summaryEn',
  kind: 'studio.field.kind',
  themes: 'studio.field.themes',
  people: 'studio.field.people',
  cover: 'studio.field.cover',
  tile: 'studio.field.tile',
  related: 'studio.field.related',
  publishedAt: 'studio.field.publishedAt',
  cards: 'studio.field.cards',
};

export const ACTION_WORDS: Record<Revision['action'], MessageKey> = {
  create: 'studio.action.create',
  save: 'studio.action.save',
  publish: 'studio.action.publish',
  schedule: 'studio.action.schedule',
  unpublish: 'studio.action.unpublish',
  restore: 'studio.action.restore',
};

/** A date and time in the interface's language. */
export function formatWhen(iso: string, locale: string): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(
    new Date(iso),
  );
}
