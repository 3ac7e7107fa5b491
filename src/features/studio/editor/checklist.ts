/**
 * What publishing still needs, as a list (decision 035). The API's `publishable`
 * (contract/studio-rules.ts) stops at the first problem; the editor shows them all,
 * checked on the live draft, with the same rules: both languages, a cover with its
 * alternative text in both, a theme, a card, and every card as the viewer needs it.
 */
import { cardSchema } from '#contract/schemas.ts';
import type { StoryDocument } from '#contract/studio.ts';
import { completeness, publishable } from '#contract/studio-rules.ts';
import type { MessageKey } from '#src/lib/messages-fr.ts';

export interface CheckItem {
  key: string;
  done: boolean;
  label: MessageKey;
  /** 1-based, for a card's item. */
  card?: number;
}

export function publishChecklist(doc: StoryDocument): CheckItem[] {
  const { fr, en } = completeness(doc);
  const items: CheckItem[] = [
    { key: 'fr', done: fr, label: 'studio.check.textsFr' },
    { key: 'en', done: en, label: 'studio.check.textsEn' },
    { key: 'cover', done: doc.cover !== null, label: 'studio.check.cover' },
    // Uploads arrive without any (contract/media.ts `missingAltText`, which publishing checks).
    {
      key: 'coverAlt',
      done: doc.cover !== null && doc.cover.alt.fr.trim() !== '' && doc.cover.alt.en.trim() !== '',
      label: 'studio.check.coverAlt',
    },
    { key: 'theme', done: doc.themes.length > 0, label: 'studio.check.theme' },
    { key: 'cards', done: doc.cards.length > 0, label: 'studio.check.cards' },
  ];
  doc.cards.forEach((card, index) => {
    if (card.kind === 'quote' && !doc.people.includes(card.person)) {
      items.push({ key: card.id, done: false, label: 'studio.check.quotePerson', card: index + 1 });
    } else if (!cardSchema.safeParse(card).success) {
      items.push({
        key: card.id,
        done: false,
        label: card.kind === 'video' ? 'studio.check.cardFilm' : 'studio.check.cardImage',
        card: index + 1,
      });
    }
  });
  return items;
}

/** The API's own verdict on the live draft (the button follows it, never the list alone). */
export function canPublish(slug: string, doc: StoryDocument): boolean {
  return publishable(slug, doc, new Date().toISOString().slice(0, 10)).ok;
}
