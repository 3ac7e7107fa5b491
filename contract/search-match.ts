/**
 * When a query term matches a folded word, and how well. The stems come from the
 * caller: the server asks PostgreSQL's Snowball stemmers, the mocks a light stand-in.
 */
import { withinOneEdit } from './search-one-edit.ts';

/** A term matches words it starts (while typing) from this length on. */
export const PREFIX_MIN = 2;
/** A term forgives one typo (insert, delete, substitute, transpose) from this length on. */
export const TYPO_MIN = 5;

export type MatchKind = 'exact' | 'prefix' | 'typo';

/** The stem of a folded word, or null when the word is a stop word (never matched). */
export type Stemmer = (word: string) => string | null;

/**
 * How a query term matches a folded word, best first: the same word or the same
 * stem; the word starts with the term; the word is one edit away. Stop words
 * (stem null) never match.
 */
export function matchTerm(
  word: string,
  wordStem: string | null,
  term: string,
  termStem: string | null,
): MatchKind | null {
  if (wordStem === null) return null;
  if (word === term || (termStem !== null && wordStem === termStem)) return 'exact';
  if (term.length >= PREFIX_MIN && word.startsWith(term)) return 'prefix';
  if (term.length >= TYPO_MIN && withinOneEdit(word, term)) return 'typo';
  return null;
}

export interface Matcher {
  /** The best way any term matches this folded word, or null. */
  match(word: string): MatchKind | null;
  /** The best way the given term matches this word, or null. */
  matchOne(word: string, termIndex: number): MatchKind | null;
  readonly terms: readonly string[];
}

const RANK: Readonly<Record<MatchKind, number>> = { exact: 3, prefix: 2, typo: 1 };

/** Matches words against a query's terms, each word's stem and kinds computed once. */
export function createMatcher(terms: readonly string[], stem: Stemmer): Matcher {
  const termStems = terms.map(stem);
  const perWord = new Map<string, (MatchKind | null)[]>();
  const kinds = (word: string) => {
    let found = perWord.get(word);
    if (!found) {
      const wordStem = stem(word);
      found = terms.map((term, i) => matchTerm(word, wordStem, term, termStems[i] ?? null));
      perWord.set(word, found);
    }
    return found;
  };
  return {
    terms,
    matchOne: (word, termIndex) => kinds(word)[termIndex] ?? null,
    match(word) {
      let best: MatchKind | null = null;
      for (const kind of kinds(word)) if (kind && (!best || RANK[kind] > RANK[best])) best = kind;
      return best;
    },
  };
}
