/**
 * What a match is worth. The server adds these up in SQL, the mocks in JS
 * (mocks/search-score.ts): integers, so both reach exactly the same scores.
 */
import type { MatchKind } from './search-match.ts';

/** Fields by weight: A title or name, B summary or role, C card text, bio or intro. */
export type FieldWeight = 'A' | 'B' | 'C';

/** Where a term matched outweighs how: a title typo beats a summary match, which beats any body match. */
export const FIELD_POINTS: Readonly<Record<FieldWeight, number>> = { A: 30, B: 20, C: 10 };
export const MATCH_POINTS: Readonly<Record<MatchKind, number>> = { exact: 3, prefix: 2, typo: 1 };
