/** Search text cut into folded words, each with its place in the original text. */
import { foldChar } from './search-fold.ts';

export interface Token {
  /** Offsets in the original text (UTF-16 code units), end exclusive. */
  start: number;
  end: number;
  /** The folded word: only [0-9a-z]. */
  word: string;
}

const WORD_PART = /^[0-9a-z]+$/;
const MARK = /^\p{M}$/u;

/**
 * Words of a text with their places in it. A character whose folded form is not all
 * [0-9a-z] (spaces, punctuation, apostrophes, other scripts) separates words, so
 * "l’atelier" is "l" and "atelier"; a combining mark stays with its letter.
 */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let current: Token | null = null;
  let offset = 0;
  for (const char of text) {
    const folded = foldChar(char);
    const next = offset + char.length;
    if (folded !== '' && WORD_PART.test(folded)) {
      if (current) {
        current.word += folded;
        current.end = next;
      } else {
        current = { start: offset, end: next, word: folded };
        tokens.push(current);
      }
    } else if (current && MARK.test(char)) {
      current.end = next;
    } else {
      current = null;
    }
    offset = next;
  }
  return tokens;
}
