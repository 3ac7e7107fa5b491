/**
 * Search over a dataset, the way the server searches its database: the same terms,
 * matching rule, fields, points and highlighting (contract/search-*.ts); only the
 * stemmer is a light stand-in for PostgreSQL's Snowball stemmers.
 */
import type { Locale, SearchHit, SearchResult } from '../contract/schemas.ts';
import { highlightHit, type SearchFields, searchFields } from '../contract/search-hit-text.ts';
import { createMatcher } from '../contract/search-match.ts';
import { queryTerms } from '../contract/search-terms.ts';
import { type Dataset, toSummary } from './data.ts';
import { scoreFields } from './search-score.ts';
import { lightStemmer } from './search-stemmer.ts';

/** A hit without score and highlights, kind by kind. */
type HitBody = SearchHit extends infer H
  ? H extends SearchHit
    ? Omit<H, 'score' | 'title' | 'excerpt'>
    : never
  : never;

interface Candidate {
  /** Highlights are computed only for the hits returned. */
  hit: HitBody;
  fields: SearchFields;
  publishedAt: string;
}

const KIND_ORDER = { story: 0, person: 1, theme: 2 } as const;

function candidates(data: Dataset, locale: Locale): Candidate[] {
  return [
    ...data.stories.map((story): Candidate => ({
      hit: { kind: 'story', slug: story.slug, story: toSummary(story) },
      fields: searchFields({ ...story, kind: 'story' }, locale),
      publishedAt: story.publishedAt,
    })),
    ...data.people.map((person): Candidate => ({
      hit: {
        kind: 'person',
        slug: person.slug,
        person: {
          slug: person.slug,
          name: person.name,
          role: person.role,
          portrait: person.portrait,
        },
      },
      fields: searchFields({ ...person, kind: 'person' }, locale),
      publishedAt: '',
    })),
    ...data.themes.map((theme): Candidate => ({
      hit: { kind: 'theme', slug: theme.slug, theme },
      fields: searchFields({ ...theme, kind: 'theme' }, locale),
      publishedAt: '',
    })),
  ];
}

export function search(
  data: Dataset,
  query: { q: string; locale: Locale; limit: number },
): SearchResult {
  const { q, locale, limit } = query;
  const terms = queryTerms(q, locale);
  if (terms.length === 0) return { q, locale, total: 0, items: [] };
  const matcher = createMatcher(terms, lightStemmer(locale));

  const scored = candidates(data, locale).flatMap((candidate) => {
    const score = scoreFields(candidate.fields, matcher);
    return score === null ? [] : [{ candidate, score }];
  });
  // Best first; ties: stories before people before themes, newest, then by slug.
  scored.sort(
    (a, b) =>
      b.score - a.score ||
      KIND_ORDER[a.candidate.hit.kind] - KIND_ORDER[b.candidate.hit.kind] ||
      (a.candidate.publishedAt < b.candidate.publishedAt ? 1 : 0) -
        (a.candidate.publishedAt > b.candidate.publishedAt ? 1 : 0) ||
      (a.candidate.hit.slug < b.candidate.hit.slug ? -1 : 1),
  );

  const items = scored.slice(0, limit).map(({ candidate, score }): SearchHit => ({
    ...candidate.hit,
    score,
    ...highlightHit(candidate.fields, matcher),
  }));
  return { q, locale, total: scored.length, items };
}
