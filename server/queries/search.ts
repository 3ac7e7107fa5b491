/**
 * Search with PostgreSQL full-text search (documents and configurations: migration
 * 002). The database finds and ranks the matches; contract/search-*.ts supply the
 * query terms, the one-typo rule, the texts of a hit and their highlighting, with
 * the database's own stems, so the words marked are the words that matched.
 *
 * User text never reaches SQL as syntax: terms are folded to [0-9a-z]+ words in JS,
 * passed as parameters, and quoted into tsqueries with quote_literal() in SQL.
 */
import type { Locale, Localized, SearchHit, SearchResult } from '../../contract/schemas.ts';
import {
  allTexts,
  highlightHit,
  type SearchCard,
  searchFields,
} from '../../contract/search-hit-text.ts';
import {
  createMatcher,
  type MatchKind,
  PREFIX_MIN,
  TYPO_MIN,
} from '../../contract/search-match.ts';
import { withinOneEdit } from '../../contract/search-one-edit.ts';
import { FIELD_POINTS, type FieldWeight, MATCH_POINTS } from '../../contract/search-points.ts';
import { queryTerms } from '../../contract/search-terms.ts';
import { tokenize } from '../../contract/search-tokens.ts';
import type { Queryable } from '../db/adapter.ts';
import { storySummaryJson } from './summary-sql.ts';

export interface SearchQuery {
  q: string;
  locale: Locale;
  limit: number;
}

/**
 * Words of the locale's documents one typo away from each long term. A word one
 * edit (insert, delete, substitute, transpose) from a term of n ≥ TYPO_MIN letters
 * keeps the term's first k or its last k letters intact, k = ⌊(n − 1) / 2⌋: an edit
 * touches at most two adjacent letters, and at least one letter lies between those
 * k-letter ends. So the candidates come from two index range scans of the lexicon
 * (migration 005), by prefix and by reversed suffix, whatever the size of the
 * content; fuzzystrmatch's Levenshtein (≤ 2, as a transposition counts 2 there)
 * narrows them in the database and the shared Damerau rule decides. Terms are at
 * most 200 characters, within levenshtein's 255.
 */
async function typoVariants(
  db: Queryable,
  locale: Locale,
  terms: readonly string[],
): Promise<Map<string, string[]>> {
  const long = terms.filter((term) => term.length >= TYPO_MIN);
  const variants = new Map<string, string[]>();
  if (long.length === 0) return variants;
  const ends = long.map((term) => {
    const k = Math.floor((term.length - 1) / 2);
    return { head: term.slice(0, k), tail: [...term.slice(-k)].reverse().join('') };
  });
  // Words are [0-9a-z]+: every word starting with p sorts in [p, p || '{') in "C" order.
  const rows = await db.query<{ term: string; word: string }>(
    `SELECT t.term, c.word
     FROM unnest($2::text[], $3::text[], $4::text[]) AS t(term, head, tail)
     CROSS JOIN LATERAL (
       SELECT w.word FROM search_words w
       WHERE w.locale = $1 AND w.word >= t.head COLLATE "C" AND w.word < (t.head || '{') COLLATE "C"
       UNION
       SELECT w.word FROM search_words w
       WHERE w.locale = $1 AND reverse(w.word) >= t.tail COLLATE "C"
         AND reverse(w.word) < (t.tail || '{') COLLATE "C"
     ) c
     WHERE abs(length(c.word) - length(t.term)) <= 1
       AND levenshtein_less_equal(c.word, t.term, 2) <= 2
     ORDER BY t.term, c.word`,
    [locale, long, ends.map((e) => e.head), ends.map((e) => e.tail)],
  );
  for (const { term, word } of rows) {
    if (word === term || !withinOneEdit(word, term)) continue;
    variants.set(term, [...(variants.get(term) ?? []), word]);
  }
  return variants;
}

const WEIGHTS = Object.keys(FIELD_POINTS) as FieldWeight[];
const CLASSES: { kind: MatchKind; vector: 's' | 'w'; query: 'exact' | 'prefix' | 'typo' }[] = [
  { kind: 'exact', vector: 's', query: 'exact' },
  { kind: 'prefix', vector: 'w', query: 'prefix' },
  { kind: 'typo', vector: 'w', query: 'typo' },
];

/** Per term, the points of its best match over the weighted fields (where, then how). */
const BEST_MATCH = `GREATEST(${WEIGHTS.flatMap((weight) =>
  CLASSES.map(
    ({ kind, vector, query }) =>
      `CASE WHEN d.${vector}${weight.toLowerCase()} @@ t.${query} THEN ${FIELD_POINTS[weight] + MATCH_POINTS[kind]} END`,
  ),
).join(', ')})`;

// Parameters: $1 locale, $2 terms, $3/$4 typo variants (term ordinal, word), $5 limit,
// $6 the ordinal of the term that picks the candidate documents. A hit matches every
// term, so only documents matching that one (read through the GIN indexes of
// migration 005) are scored, instead of every document of the locale.
const PICK = (query: 'exact' | 'prefix' | 'typo') => `(SELECT ${query} FROM terms WHERE i = $6)`;
const SEARCH_SQL = `
WITH l AS (
  SELECT stems, words FROM search_locales WHERE locale = $1
), terms AS (
  SELECT t.i,
    to_tsquery(l.stems, quote_literal(t.term)) AS exact,
    CASE WHEN length(t.term) >= ${PREFIX_MIN}
      THEN to_tsquery(l.words, quote_literal(t.term) || ':*') END AS prefix,
    (SELECT to_tsquery(l.words, string_agg(quote_literal(v.word), ' | '))
     FROM unnest($3::int[], $4::text[]) AS v(i, word) WHERE v.i = t.i) AS typo
  FROM l, unnest($2::text[]) WITH ORDINALITY AS t(term, i)
), docs AS (
  SELECT kind, slug,
    ts_filter(stems, '{a}') AS sa, ts_filter(stems, '{b}') AS sb, ts_filter(stems, '{c}') AS sc,
    ts_filter(words, '{a}') AS wa, ts_filter(words, '{b}') AS wb, ts_filter(words, '{c}') AS wc
  FROM search_documents WHERE locale = $1
    AND (stems @@ ${PICK('exact')} OR words @@ ${PICK('prefix')} OR words @@ ${PICK('typo')})
), matches AS (
  SELECT d.kind, d.slug, sum(b.best)::int AS score
  FROM docs d CROSS JOIN terms t CROSS JOIN LATERAL (SELECT ${BEST_MATCH} AS best) b
  GROUP BY d.kind, d.slug
  HAVING bool_and(b.best IS NOT NULL)
), ranked AS (
  SELECT m.kind, m.slug, m.score, count(*) OVER () AS total,
    row_number() OVER (ORDER BY m.score DESC,
      CASE m.kind WHEN 'story' THEN 0 WHEN 'person' THEN 1 ELSE 2 END,
      s.published_at DESC, m.slug) AS rank
  FROM matches m LEFT JOIN stories s ON m.kind = 'story' AND s.slug = m.slug
)
SELECT r.kind, r.slug, r.score, r.total,
  CASE WHEN r.kind = 'story' THEN ${storySummaryJson('s')} END AS story,
  (SELECT json_agg(c.body ORDER BY c.position) FROM cards c WHERE c.story_id = s.id) AS cards,
  CASE WHEN r.kind = 'person' THEN json_build_object(
    'slug', p.slug, 'name', p.name, 'role', p.role, 'portrait', p.portrait) END AS person,
  p.bio,
  CASE WHEN r.kind = 'theme' THEN json_build_object(
    'slug', th.slug, 'name', th.name, 'color', th.color, 'intro', th.intro) END AS theme
FROM ranked r
LEFT JOIN stories s ON r.kind = 'story' AND s.slug = r.slug
LEFT JOIN people p ON r.kind = 'person' AND p.slug = r.slug
LEFT JOIN themes th ON r.kind = 'theme' AND th.slug = r.slug
WHERE r.rank <= $5
ORDER BY r.rank`;

type Row = {
  kind: SearchHit['kind'];
  slug: string;
  score: number;
  total: number;
  story: Extract<SearchHit, { kind: 'story' }>['story'] | null;
  cards: SearchCard[] | null;
  person: Extract<SearchHit, { kind: 'person' }>['person'] | null;
  bio: Localized | null;
  theme: Extract<SearchHit, { kind: 'theme' }>['theme'] | null;
};

/** The unhighlighted hit and its searchable texts. */
function describe(row: Row, locale: Locale) {
  const base = { slug: row.slug, score: row.score };
  if (row.kind === 'story' && row.story) {
    const source = { ...row.story, kind: 'story' as const, cards: row.cards ?? [] };
    return {
      hit: { ...base, kind: 'story' as const, story: row.story },
      fields: searchFields(source, locale),
    };
  }
  if (row.kind === 'person' && row.person && row.bio) {
    const source = { ...row.person, kind: 'person' as const, bio: row.bio };
    return {
      hit: { ...base, kind: 'person' as const, person: row.person },
      fields: searchFields(source, locale),
    };
  }
  if (row.kind === 'theme' && row.theme) {
    return {
      hit: { ...base, kind: 'theme' as const, theme: row.theme },
      fields: searchFields({ ...row.theme, kind: 'theme' }, locale),
    };
  }
  throw new Error(`search: ${row.kind} "${row.slug}" has no content row`);
}

/** The database's stem of each word (null for stop words), for highlighting. */
async function stems(
  db: Queryable,
  locale: Locale,
  words: readonly string[],
): Promise<Map<string, string | null>> {
  const rows = await db.query<{ word: string; stem: string | null }>(
    `SELECT w AS word, (tsvector_to_array(to_tsvector(l.stems, w)))[1] AS stem
     FROM search_locales l, unnest($2::text[]) AS w
     WHERE l.locale = $1`,
    [locale, words],
  );
  return new Map(rows.map((row) => [row.word, row.stem]));
}

export async function search(
  db: Queryable,
  { q, locale, limit }: SearchQuery,
): Promise<SearchResult> {
  const terms = queryTerms(q, locale);
  if (terms.length === 0) return { q, locale, total: 0, items: [] };

  const variants = await typoVariants(db, locale, terms);
  const pairs = terms.flatMap((term, i) => (variants.get(term) ?? []).map((word) => [i + 1, word]));
  const rows = await db.query<Row>(SEARCH_SQL, [
    locale,
    terms,
    pairs.map(([i]) => i),
    pairs.map(([, word]) => word),
    limit,
    // The longest term: the fewest documents match it, as a rule.
    terms.reduce((best, term, i) => (term.length > terms[best]!.length ? i : best), 0) + 1,
  ]);
  if (rows.length === 0) return { q, locale, total: 0, items: [] };

  const described = rows.map((row) => describe(row, locale));
  const words = new Set(terms);
  for (const { fields } of described) {
    for (const text of allTexts(fields)) for (const token of tokenize(text)) words.add(token.word);
  }
  const stemOf = await stems(db, locale, [...words]);
  const matcher = createMatcher(terms, (word) => stemOf.get(word) ?? null);

  return {
    q,
    locale,
    total: rows[0]!.total,
    items: described.map(({ hit, fields }): SearchHit => ({
      ...hit,
      ...highlightHit(fields, matcher),
    })),
  };
}
