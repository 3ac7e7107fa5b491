/**
 * Which texts of a story, person or theme search reads, by weight, and which of them
 * become a hit's title and excerpt. The weights are those of the database's documents
 * (`search_refresh_*` in migration 002, which names this rule's former home,
 * contract/search-text.ts: applied migrations are checksummed, so never reworded).
 */
import type { Highlighted, Locale, Localized } from './schemas.ts';
import { excerpt, highlight } from './search-highlight.ts';
import type { Matcher } from './search-match.ts';
import type { FieldWeight } from './search-points.ts';
import { tokenize } from './search-tokens.ts';

/** The fields of a card that search may read; which ones it reads depends on the kind. */
export interface SearchCard {
  kind: string;
  title?: Localized;
  body?: Localized;
  caption?: Localized;
  text?: Localized;
}

/** A searchable document, as the mocks' fixtures and the server's rows both hold it. */
export type SearchSource =
  | { kind: 'story'; title: Localized; summary: Localized; cards: readonly SearchCard[] }
  | { kind: 'person'; name: string; role: Localized; bio: Localized }
  | { kind: 'theme'; name: Localized; intro: Localized };

export type SearchFields = Readonly<Record<FieldWeight, readonly string[]>>;

/** Texts of a card that search reads, in display order (text cards: title, then body). */
export function cardTexts(card: SearchCard, locale: Locale): string[] {
  switch (card.kind) {
    case 'text':
      return [card.title?.[locale] ?? '', card.body?.[locale] ?? ''];
    case 'video':
      return [card.title?.[locale] ?? ''];
    case 'image':
      return [card.caption?.[locale] ?? ''];
    case 'quote':
      return [card.text?.[locale] ?? ''];
    default:
      return [];
  }
}

/**
 * A document's texts by weight: A its title or name (one text, the hit's title),
 * B its summary or role, C its card texts, bio or intro.
 */
export function searchFields(source: SearchSource, locale: Locale): SearchFields {
  switch (source.kind) {
    case 'story':
      return {
        A: [source.title[locale]],
        B: [source.summary[locale]],
        C: source.cards.flatMap((card) => cardTexts(card, locale)),
      };
    case 'person':
      return { A: [source.name], B: [source.role[locale]], C: [source.bio[locale]] };
    case 'theme':
      return { A: [source.name[locale]], B: [], C: [source.intro[locale]] };
  }
}

/** Every text of a document's fields, for collecting its words. */
export function allTexts(fields: SearchFields): string[] {
  return [...fields.A, ...fields.B, ...fields.C];
}

/**
 * Title and excerpt of a hit: the title highlighted, and a passage of the first body
 * text (in weight order: summary, card texts / role, bio / intro) that holds a match,
 * or the start of the first body text when only the title matched.
 */
export function highlightHit(
  fields: SearchFields,
  matcher: Matcher,
): { title: Highlighted; excerpt: Highlighted } {
  const isMatch = (word: string) => matcher.match(word) !== null;
  const bodies = [...fields.B, ...fields.C];
  const matched = bodies.find((body) => tokenize(body).some((t) => isMatch(t.word)));
  const shown = matched ?? bodies.find((body) => body.trim() !== '') ?? '';
  return { title: highlight(fields.A[0] ?? '', isMatch), excerpt: excerpt(shown, isMatch) };
}
