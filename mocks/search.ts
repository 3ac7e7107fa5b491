/**
 * Search over a dataset, the way the server searches its database: the same terms,
 * matching rule, points and highlighting (contract/search-text.ts); only the stemmer
 * is a light stand-in for PostgreSQL's Snowball stemmers.
 */
import type { Locale, SearchHit, SearchResult } from '../contract/schemas.ts';
import {
  cardTexts,
  createMatcher,
  highlightHit,
  lightStemmer,
  queryTerms,
  scoreFields,
  type FieldWeight,
} from '../contract/search-text.ts';
import { toSummary, type Dataset } from './data.ts';

/** A hit without score and highlights, kind by kind. */
type HitBody = SearchHit extends infer H
  ? H extends SearchHit
    ? Omit<H, 'score' | 'title' | 'excerpt'>
    : never
  : never;

interface Candidate {
  /** Highlights are computed only for the hits returned. */
  hit: HitBody;
  fields: Record<FieldWeight, string[]>;
  /** Where an excerpt may come from, best first. */
  bodies: string[];
  title: string;
  publishedAt: string;
}

const KIND_ORDER = { story: 0, person: 1, theme: 2 } as const;

function candidates(data: Dataset, locale: Locale): Candidate[] {
  return [
    ...data.stories.map((story): Candidate => {
      const cards = story.cards.flatMap((card) => cardTexts(card, locale));
      return {
        hit: { kind: 'story', slug: story.slug, story: toSummary(story) },
        title: story.title[locale],
        fields: { A: [story.title[locale]], B: [story.summary[locale]], C: cards },
        bodies: [story.summary[locale], ...cards],
        publishedAt: story.publishedAt,
      };
    }),
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
      title: person.name,
      fields: { A: [person.name], B: [person.role[locale]], C: [person.bio[locale]] },
      bodies: [person.role[locale], person.bio[locale]],
      publishedAt: '',
    })),
    ...data.themes.map((theme): Candidate => ({
      hit: { kind: 'theme', slug: theme.slug, theme },
      title: theme.name[locale],
      fields: { A: [theme.name[locale]], B: [], C: [theme.intro[locale]] },
      bodies: [theme.intro[locale]],
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

  const items = scored.slice(0, limit).map(({ candidate, score }): SearchHit => {
    const { title, excerpt } = highlightHit(candidate.title, candidate.bodies, matcher);
    return { ...candidate.hit, score, title, excerpt };
  });
  return { q, locale, total: scored.length, items };
}
