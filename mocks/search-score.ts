/**
 * A document's score in the mocks. The server computes the same sum in SQL from the
 * same points (server/queries/search.ts), over the database's weighted documents.
 */
import type { SearchFields } from '../contract/search-hit-text.ts';
import type { Matcher } from '../contract/search-match.ts';
import { FIELD_POINTS, type FieldWeight, MATCH_POINTS } from '../contract/search-points.ts';
import { tokenize } from '../contract/search-tokens.ts';

/**
 * For each term, the points of its best match over the fields (where, then how);
 * null unless every term matched somewhere.
 */
export function scoreFields(fields: SearchFields, matcher: Matcher): number | null {
  const words = (Object.keys(FIELD_POINTS) as FieldWeight[]).map(
    (weight) => [weight, fields[weight].flatMap((text) => tokenize(text))] as const,
  );
  let score = 0;
  for (let i = 0; i < matcher.terms.length; i += 1) {
    let best = 0;
    for (const [weight, tokens] of words) {
      for (const { word } of tokens) {
        const kind = matcher.matchOne(word, i);
        if (kind) best = Math.max(best, FIELD_POINTS[weight] + MATCH_POINTS[kind]);
      }
    }
    if (best === 0) return null;
    score += best;
  }
  return score;
}
