/**
 * A draft as the viewer takes a story (decision 035), for the preview only. A ready
 * draft goes through the API's own `publishable` (contract/studio-rules.ts), so the
 * preview shows exactly what publishing would make public; an unfinished one is
 * filled in for show (a missing language borrows the other, cards without their
 * media are left out), and says so.
 */
import {
  type Card,
  cardSchema,
  type Localized,
  type PersonSummary,
  type Story,
} from '#contract/schemas.ts';
import type { StoryDocument } from '#contract/studio.ts';
import { publishable, storyOf } from '#contract/studio-rules.ts';

const fill = (text: { fr: string; en: string }): Localized => ({
  fr: text.fr.trim() || text.en.trim() || '…',
  en: text.en.trim() || text.fr.trim() || '…',
});

export type DraftPreview =
  | { ok: true; story: Story; complete: boolean; skipped: number }
  /** Nothing to show yet: the viewer needs a cover and one card. */
  | { ok: false; missing: 'cover' | 'cards' };

export function draftStory(
  slug: string,
  doc: StoryDocument,
  people: readonly PersonSummary[],
  today: string,
): DraftPreview {
  const byPeople = (slugs: readonly string[]) =>
    slugs.flatMap((s) => people.filter((person) => person.slug === s));
  const ready = publishable(slug, doc, today);
  if (ready.ok) {
    return {
      ok: true,
      complete: true,
      skipped: 0,
      story: { ...ready.story, people: byPeople(ready.story.people), related: [] },
    };
  }
  if (!doc.cover) return { ok: false, missing: 'cover' };
  const cards: Card[] = [];
  for (const card of doc.cards) {
    const filled =
      card.kind === 'video'
        ? { ...card, title: fill(card.title) }
        : card.kind === 'image'
          ? { ...card, caption: fill(card.caption), credit: card.credit || '…' }
          : card.kind === 'quote'
            ? { ...card, text: fill(card.text) }
            : { ...card, title: fill(card.title), body: fill(card.body) };
    const parsed = cardSchema.safeParse(filled);
    if (parsed.success) cards.push(parsed.data);
  }
  if (cards.length === 0) return { ok: false, missing: 'cards' };
  return {
    ok: true,
    complete: false,
    skipped: doc.cards.length - cards.length,
    story: {
      ...storyOf(slug, doc, {
        title: fill(doc.title),
        summary: fill(doc.summary),
        cover: doc.cover,
        cards,
        today,
      }),
      people: byPeople(doc.people),
      related: [],
    },
  };
}
