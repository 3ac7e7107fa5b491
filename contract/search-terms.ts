/** What a query is searched for. */
import type { Locale } from './schemas.ts';
import { STOP_WORDS } from './search-stop-words.ts';
import { tokenize } from './search-tokens.ts';

/**
 * Terms a query is searched for; words beyond are ignored. Each term costs the
 * database a pass over the matching documents, so this bounds what one search costs.
 */
export const SEARCH_TERMS_MAX = 8;

/**
 * The terms of a query: folded words, stop words dropped (they would match
 * everything), each once, in typing order, the first SEARCH_TERMS_MAX of them.
 * Empty when nothing searchable is left.
 */
export function queryTerms(q: string, locale: Locale): string[] {
  const stop = STOP_WORDS[locale];
  return [...new Set(tokenize(q).map((t) => t.word))]
    .filter((word) => !stop.has(word))
    .slice(0, SEARCH_TERMS_MAX);
}
