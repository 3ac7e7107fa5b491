/**
 * The text rules of search, shared by the real server and the MSW handlers so the
 * two cannot drift: folding, tokenising, stop words, when a query term matches a
 * word, how a match scores, and how titles and excerpts are cut into highlighted
 * runs. Pure and dependency-free: the client may ship it too.
 *
 * Folding here mirrors the server's SQL (`search_normalize` in migration 002:
 * `unaccent`, `lower`, then every character outside [0-9a-z] separates words), so a
 * word the database indexes is the word this module highlights.
 */

export type SearchLocale = 'fr' | 'en';

/** A term matches words it starts (while typing) from this length on. */
export const PREFIX_MIN = 2;
/** A term forgives one typo (insert, delete, substitute, transpose) from this length on. */
export const TYPO_MIN = 5;
/**
 * Terms a query is searched for; words beyond are ignored. Each term costs the
 * database a pass over the matching documents, so this bounds what one search costs.
 */
export const SEARCH_TERMS_MAX = 8;
/** Roughly the length of an excerpt, ellipses excluded. */
export const EXCERPT_LENGTH = 160;

export type MatchKind = 'exact' | 'prefix' | 'typo';
/** Fields by weight: A title or name, B summary or role, C card text, bio or intro. */
export type FieldWeight = 'A' | 'B' | 'C';

/**
 * Integer points, so both implementations add them up exactly. Where a term matched
 * outweighs how: a title typo beats a summary match, which beats any body match.
 */
export const FIELD_POINTS: Readonly<Record<FieldWeight, number>> = { A: 30, B: 20, C: 10 };
export const MATCH_POINTS: Readonly<Record<MatchKind, number>> = { exact: 3, prefix: 2, typo: 1 };

/** Letters that decomposition leaves whole but `unaccent` spells out. */
const SPELLED: Readonly<Record<string, string>> = {
  œ: 'oe',
  æ: 'ae',
  ø: 'o',
  ß: 'ss',
  ł: 'l',
  đ: 'd',
  ð: 'd',
  þ: 'th',
  ı: 'i',
  ĳ: 'ij',
  ﬀ: 'ff',
  ﬁ: 'fi',
  ﬂ: 'fl',
  ﬃ: 'ffi',
  ﬄ: 'ffl',
};

const WORD_PART = /^[0-9a-z]+$/;
const MARK = /^\p{M}$/u;
const foldedChars = new Map<string, string>();

/** One character (code point) folded: lower case, accents dropped, ligatures spelled out. */
function foldChar(char: string): string {
  const code = char.charCodeAt(0);
  if (code < 0x80) return code >= 0x41 && code <= 0x5a ? String.fromCharCode(code + 32) : char;
  let folded = foldedChars.get(char);
  if (folded === undefined) {
    folded = char
      .normalize('NFD')
      .replace(/\p{M}/gu, '')
      .toLowerCase()
      .replace(/[\u0080-\uffff]/g, (c) => SPELLED[c] ?? c);
    if (foldedChars.size < 4096) foldedChars.set(char, folded);
  }
  return folded;
}

/** Case- and accent-insensitive form of a text: "L’Œuvre Vélo" → "l’oeuvre velo". */
export function fold(text: string): string {
  let out = '';
  for (const char of text) out += foldChar(char);
  return out;
}

export interface Token {
  /** Offsets in the original text (UTF-16 code units), end exclusive. */
  start: number;
  end: number;
  /** The folded word: only [0-9a-z]. */
  word: string;
}

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

// PostgreSQL's french.stop and english.stop (the lists its stemmers drop), without
// the accented entries: the database folds words before the stop-word check, so
// "été" there never matches anything either.
const FRENCH_STOP =
  'au aux avec ce ces dans de des du elle en et eux il je la le leur lui ma mais me mes moi mon ne nos notre nous on ou par pas pour qu que qui sa se ses son sur ta te tes toi ton tu un une vos votre vous c d j l m n s t y suis es est sommes sont serai seras sera serons serez seront serais serait serions seriez seraient fus fut furent sois soit soyons soyez soient fusse fusses fussions fussiez fussent ayant ayante ayantes ayants eu eue eues eus ai as avons avez ont aurai auras aura aurons aurez auront aurais aurait aurions auriez auraient avais avait avions aviez avaient eut eurent aie aies ait ayons ayez aient eusse eusses eussions eussiez eussent';
const ENGLISH_STOP =
  'i me my myself we our ours ourselves you your yours yourself yourselves he him his himself she her hers herself it its itself they them their theirs themselves what which who whom this that these those am is are was were be been being have has had having do does did doing a an the and but if or because as until while of at by for with about against between into through during before after above below to from up down in out on off over under again further then once here there when where why how all any both each few more most other some such no nor not only own same so than too very s t can will just don should now';

export const STOP_WORDS: Readonly<Record<SearchLocale, ReadonlySet<string>>> = {
  fr: new Set(FRENCH_STOP.split(' ')),
  en: new Set(ENGLISH_STOP.split(' ')),
};

/**
 * The terms of a query: folded words, stop words dropped (they would match
 * everything), each once, in typing order, the first SEARCH_TERMS_MAX of them.
 * Empty when nothing searchable is left.
 */
export function queryTerms(q: string, locale: SearchLocale): string[] {
  const stop = STOP_WORDS[locale];
  return [...new Set(tokenize(q).map((t) => t.word))]
    .filter((word) => !stop.has(word))
    .slice(0, SEARCH_TERMS_MAX);
}

/**
 * Optimal string alignment distance (Damerau–Levenshtein where a transposition is
 * one edit). Reference for tests; matching only needs `withinOneEdit`.
 */
export function editDistance(a: string, b: string): number {
  const rows: number[][] = Array.from({ length: a.length + 1 }, (_, i) =>
    Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  for (let i = 1; i <= a.length; i += 1) {
    for (let j = 1; j <= b.length; j += 1) {
      const row = rows[i]!;
      const above = rows[i - 1]!;
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      row[j] = Math.min(above[j]! + 1, row[j - 1]! + 1, above[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        row[j] = Math.min(row[j]!, rows[i - 2]![j - 2]! + 1);
      }
    }
  }
  return rows[a.length]![b.length]!;
}

/** True when one insert, delete, substitution or transposition (or none) turns a into b. */
export function withinOneEdit(a: string, b: string): boolean {
  if (a === b) return true;
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i += 1;
  if (a.length === b.length) {
    if (a.slice(i + 1) === b.slice(i + 1)) return true;
    return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
  }
  const [shorter, longer] = a.length < b.length ? [a, b] : [b, a];
  return shorter.slice(i) === longer.slice(i + 1);
}

/**
 * A light suffix stripper standing in for PostgreSQL's Snowball stemmers where no
 * database is at hand (the MSW handlers): it folds plurals and the commonest
 * endings together. The server uses the real stemmers instead.
 */
export function lightStem(word: string, locale: SearchLocale): string {
  if (word.length <= 3 || /\d/.test(word)) return word;
  const keep = (stem: string, suffix: string) => stem.length - suffix.length >= 3;
  let stem = word;
  if (locale === 'fr') {
    if (stem.endsWith('eaux')) stem = stem.slice(0, -1);
    else if (/[sx]$/.test(stem)) stem = stem.slice(0, -1);
    const suffix = /(?:ement|ation|euse|ique|ee|er|e)$/.exec(stem)?.[0];
    if (suffix && keep(stem, suffix)) stem = stem.slice(0, -suffix.length);
    return stem;
  }
  if (stem.endsWith('ies')) stem = `${stem.slice(0, -3)}y`;
  else if (stem.endsWith('sses')) stem = stem.slice(0, -2);
  else if (stem.endsWith('s') && !/(?:ss|us)$/.test(stem)) stem = stem.slice(0, -1);
  const suffix = /(?:ing|ed|ly|er)$/.exec(stem)?.[0];
  if (suffix && keep(stem, suffix) && (suffix !== 'er' || stem.length >= 7)) {
    stem = stem.slice(0, -suffix.length);
  }
  if (stem.length > 3 && stem.endsWith('y')) stem = `${stem.slice(0, -1)}i`;
  if (stem.length > 3 && stem.endsWith('e')) stem = stem.slice(0, -1);
  return stem;
}

/** The stem of a folded word, or null when the word is a stop word (never matched). */
export type Stemmer = (word: string) => string | null;

export function lightStemmer(locale: SearchLocale): Stemmer {
  const stop = STOP_WORDS[locale];
  return (word) => (stop.has(word) ? null : lightStem(word, locale));
}

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

/**
 * A document's score: for each term, the points of its best match over the fields
 * (where, then how); null unless every term matched somewhere.
 */
export function scoreFields(
  fields: Readonly<Record<FieldWeight, readonly string[]>>,
  matcher: Matcher,
): number | null {
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

export interface Run {
  text: string;
  match: boolean;
}

function pushRun(runs: Run[], text: string, match: boolean): void {
  if (text === '') return;
  const last = runs.at(-1);
  if (last && last.match === match && !match) last.text += text;
  else runs.push({ text, match });
}

/** The text cut into runs, each matching word its own marked run; runs rejoin to the text. */
export function highlight(text: string, isMatch: (word: string) => boolean): Run[] {
  const runs: Run[] = [];
  let at = 0;
  for (const token of tokenize(text)) {
    if (!isMatch(token.word)) continue;
    pushRun(runs, text.slice(at, token.start), false);
    runs.push({ text: text.slice(token.start, token.end), match: true });
    at = token.end;
  }
  pushRun(runs, text.slice(at), false);
  return runs;
}

const ELLIPSIS = '…';
const TRAILING = /[\s,;:–—-]+$/u;

/**
 * A passage of about `length` characters around the first matching word (a third
 * of it before the match), cut at word boundaries, "…" marking each cut; from the
 * start when nothing matches. Highlighted like `highlight`.
 */
export function excerpt(
  text: string,
  isMatch: (word: string) => boolean,
  length = EXCERPT_LENGTH,
): Run[] {
  const tokens = tokenize(text);
  const first = tokens.findIndex((t) => isMatch(t.word));
  let start = 0;
  if (first >= 0) {
    const target = tokens[first]!.start - Math.floor(length / 3);
    // The first word that begins inside the lead-in, so no word is cut in half.
    start =
      target <= 0 ? 0 : (tokens.slice(0, first + 1).find((t) => t.start >= target)?.start ?? 0);
    // Near the end, start earlier so the passage is not shorter than it need be.
    if (start > 0 && text.length - start < length) {
      const earliest = text.length - length;
      start =
        earliest <= 0
          ? 0
          : (tokens.find((t) => t.start >= earliest && t.start <= start)?.start ?? start);
    }
  }
  let end = text.length;
  if (end - start > length) {
    const limit = start + length;
    const lastWhole = tokens.filter((t) => t.start >= start && t.end <= limit).at(-1);
    // A single word longer than the passage is cut where it must be.
    end = lastWhole ? lastWhole.end : limit;
    if (first >= 0) end = Math.max(end, tokens[first]!.end);
  }
  let body = text.slice(start, end);
  if (end < text.length) body = body.replace(TRAILING, '');
  const runs: Run[] = [];
  if (start > 0) pushRun(runs, ELLIPSIS, false);
  for (const run of highlight(body, isMatch)) pushRun(runs, run.text, run.match);
  if (end < text.length) pushRun(runs, ELLIPSIS, false);
  return runs;
}

/** Texts of a card that search reads, in display order (text cards: title, then body). */
export function cardTexts(
  card: {
    kind: string;
    title?: Record<SearchLocale, string>;
    body?: Record<SearchLocale, string>;
    caption?: Record<SearchLocale, string>;
    text?: Record<SearchLocale, string>;
  },
  locale: SearchLocale,
): string[] {
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
 * Title and excerpt of a hit: the title highlighted, and a passage of the first body
 * text (in weight order: summary, card texts / role, bio / intro) that holds a match,
 * or the start of the first body text when only the title matched.
 */
export function highlightHit(
  title: string,
  bodies: readonly string[],
  matcher: Matcher,
): { title: Run[]; excerpt: Run[] } {
  const isMatch = (word: string) => matcher.match(word) !== null;
  const matched = bodies.find((body) => tokenize(body).some((t) => isMatch(t.word)));
  const shown = matched ?? bodies.find((body) => body.trim() !== '') ?? '';
  return { title: highlight(title, isMatch), excerpt: excerpt(shown, isMatch) };
}
