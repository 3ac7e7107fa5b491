// @vitest-environment node
import { describe, expect, it } from 'vitest';
import {
  cardTexts,
  createMatcher,
  editDistance,
  excerpt,
  fold,
  highlight,
  highlightHit,
  lightStem,
  lightStemmer,
  matchTerm,
  queryTerms,
  SEARCH_TERMS_MAX,
  scoreFields,
  tokenize,
  withinOneEdit,
  type Run,
} from './search-text.ts';

const join = (runs: Run[]) => runs.map((r) => r.text).join('');
const marked = (runs: Run[]) => runs.filter((r) => r.match).map((r) => r.text);
const frMatcher = (q: string) => createMatcher(queryTerms(q, 'fr'), lightStemmer('fr'));
const isMatchFor = (q: string) => {
  const matcher = frMatcher(q);
  return (word: string) => matcher.match(word) !== null;
};

describe('fold', () => {
  it('drops case and accents, spells out ligatures', () => {
    expect(fold('Vélo ÉCOLE Ça')).toBe('velo ecole ca');
    expect(fold('Œuvre cœur Æsir')).toBe('oeuvre coeur aesir');
    expect(fold('Straße Łódź ø')).toBe('strasse lodz o');
    // Decomposed input folds like precomposed.
    expect(fold('ve\u0301lo')).toBe('velo');
  });
});

describe('tokenize', () => {
  it('splits on apostrophes, punctuation and spaces, keeping offsets in the original', () => {
    const text = 'L’atelier « Vélo », 3D\u00a0et cœur';
    const tokens = tokenize(text);
    expect(tokens.map((t) => t.word)).toEqual(['l', 'atelier', 'velo', '3d', 'et', 'coeur']);
    expect(tokens.map((t) => text.slice(t.start, t.end))).toEqual([
      'L',
      'atelier',
      'Vélo',
      '3D',
      'et',
      'cœur',
    ]);
  });

  it('keeps a combining accent inside its word and treats other scripts as separators', () => {
    const text = 've\u0301lo 日本 naïve';
    expect(tokenize(text).map((t) => text.slice(t.start, t.end))).toEqual(['ve\u0301lo', 'naïve']);
  });

  it('survives hostile input', () => {
    const hostile = `'); DROP TABLE stories; -- \\ & | ! ( ) : * < > "\u0000\u{1F600}`;
    expect(tokenize(hostile).map((t) => t.word)).toEqual(['drop', 'table', 'stories']);
    expect(tokenize('')).toEqual([]);
  });
});

describe('queryTerms', () => {
  it('folds, drops stop words of the locale and repeats', () => {
    expect(queryTerms('L’atelier de Vélo vélo', 'fr')).toEqual(['atelier', 'velo']);
    expect(queryTerms('the wind tunnel', 'en')).toEqual(['wind', 'tunnel']);
    // "the" is no French stop word, "le" no English one.
    expect(queryTerms('the', 'fr')).toEqual(['the']);
    expect(queryTerms('le', 'en')).toEqual(['le']);
  });

  it(`keeps the first ${SEARCH_TERMS_MAX} terms`, () => {
    const words = Array.from({ length: SEARCH_TERMS_MAX + 3 }, (_, i) => `mot${i}`);
    expect(queryTerms(`le ${words.join(' de ')}`, 'fr')).toEqual(words.slice(0, SEARCH_TERMS_MAX));
  });

  it('leaves nothing of stop words and punctuation alone', () => {
    expect(queryTerms('le la les ?!', 'fr')).toEqual(['les']);
    expect(queryTerms('le, la : de', 'fr')).toEqual([]);
    expect(queryTerms('the of and', 'en')).toEqual([]);
    expect(queryTerms('&|!():*<>', 'fr')).toEqual([]);
  });
});

describe('edit distance', () => {
  it('counts insertions, deletions, substitutions and transpositions as one edit', () => {
    expect(editDistance('atelier', 'atelir')).toBe(1);
    expect(editDistance('atelier', 'ateleir')).toBe(1);
    expect(editDistance('atelier', 'atelierx')).toBe(1);
    expect(editDistance('atelier', 'atelaer')).toBe(1);
    expect(editDistance('atelier', 'aetlire')).toBe(2);
    expect(editDistance('', 'abc')).toBe(3);
  });

  it('withinOneEdit agrees with the distance on every pair of short strings', () => {
    const words = ['', 'a', 'ab', 'ba', 'abc', 'acb', 'bac', 'abcd', 'abdc', 'xbcd', 'abc', 'ca'];
    for (const a of words) {
      for (const b of words)
        expect([a, b, withinOneEdit(a, b)]).toEqual([a, b, editDistance(a, b) <= 1]);
    }
  });
});

describe('matchTerm', () => {
  const stem = (w: string) => lightStem(w, 'fr');
  const match = (word: string, term: string) => matchTerm(word, stem(word), term, stem(term));

  it('matches the same word or stem exactly', () => {
    expect(match('velo', 'velo')).toBe('exact');
    expect(match('velos', 'velo')).toBe('exact');
  });

  it('matches a word the term starts, from two characters on', () => {
    expect(match('atelier', 'atel')).toBe('prefix');
    expect(match('atelier', 'at')).toBe('prefix');
    expect(match('atelier', 'a')).toBeNull();
  });

  it('forgives one typo from five letters on, not below', () => {
    expect(match('atelier', 'atelir')).toBe('typo');
    expect(match('atelier', 'ateleir')).toBe('typo');
    expect(match('atelier', 'atelierr')).not.toBeNull();
    expect(match('atelier', 'atelxxr')).toBeNull();
    expect(match('velo', 'vela')).toBeNull();
    expect(match('vert', 'vret')).toBeNull();
  });

  it('never matches a stop word', () => {
    expect(matchTerm('les', null, 'les', null)).toBeNull();
    expect(frMatcher('lesquels').match('les')).toBeNull();
  });
});

describe('scoreFields', () => {
  const fields = (A: string, B: string, C: string) => ({ A: [A], B: [B], C: [C] });

  it('ranks where before how, and needs every term', () => {
    const m = frMatcher('atelier');
    const title = scoreFields(fields('L’atelier', '', ''), m)!;
    const summary = scoreFields(fields('', 'Un atelier', ''), m)!;
    const body = scoreFields(fields('', '', 'atelier'), m)!;
    expect(title).toBeGreaterThan(summary);
    expect(summary).toBeGreaterThan(body);
    const exact = scoreFields(fields('atelier', '', ''), frMatcher('atelier'))!;
    const prefix = scoreFields(fields('atelier', '', ''), frMatcher('atel'))!;
    const typo = scoreFields(fields('atelier', '', ''), frMatcher('atelir'))!;
    expect(exact).toBeGreaterThan(prefix);
    expect(prefix).toBeGreaterThan(typo);
    expect(scoreFields(fields('L’atelier', '', ''), frMatcher('atelier vélo'))).toBeNull();
    expect(scoreFields(fields('L’atelier', '', 'à vélo'), frMatcher('atelier vélo'))).toBe(
      title + 13,
    );
  });
});

describe('highlight', () => {
  it('marks accent-folded, prefix and typo matches; runs rejoin to the text', () => {
    const text = 'À pied ou à vélo, l’Atelier prototype.';
    const runs = highlight(text, isMatchFor('velo atelir proto'));
    expect(join(runs)).toBe(text);
    expect(marked(runs)).toEqual(['vélo', 'Atelier', 'prototype']);
    expect(runs).toContainEqual({ text: ', l’', match: false });
  });

  it('gives one unmarked run without a match and none for empty text', () => {
    expect(highlight('Rien ici', () => false)).toEqual([{ text: 'Rien ici', match: false }]);
    expect(highlight('', () => true)).toEqual([]);
  });
});

describe('excerpt', () => {
  const long =
    'Dans le quartier étudié, les habitants font 80 % de leurs trajets à pied ou à vélo. Restent les courses lourdes, les rendez-vous médicaux et les visites à la famille éloignée. C’est pour ces trajets-là que l’équipe imagine de petits véhicules partagés, réservables en quelques secondes.';

  it('cuts about 160 characters around the first match at word boundaries, with ellipses', () => {
    const runs = excerpt(long, isMatchFor('velo'));
    const text = join(runs);
    expect(text.startsWith('…')).toBe(true);
    expect(text.endsWith('…')).toBe(true);
    const inner = text.slice(1, -1);
    expect(long).toContain(inner);
    expect(inner.length).toBeLessThanOrEqual(160);
    expect(inner.length).toBeGreaterThan(120);
    // Cut at word boundaries: the characters around the passage are not letters.
    const at = long.indexOf(inner);
    expect(long[at - 1]).toMatch(/[^\p{L}\p{N}]/u);
    expect(long[at + inner.length]).toMatch(/[^\p{L}\p{N}]/u);
    expect(marked(runs)).toEqual(['vélo']);
  });

  it('starts at the beginning when the match is early or nothing matches', () => {
    const early = join(excerpt(long, isMatchFor('quartier')));
    expect(early.startsWith('Dans le quartier')).toBe(true);
    expect(early.endsWith('…')).toBe(true);
    const none = excerpt(long, () => false);
    expect(join(none).startsWith('Dans le quartier')).toBe(true);
    expect(marked(none)).toEqual([]);
  });

  it('keeps a short text whole and a match near the end fully shown', () => {
    expect(excerpt('Un vélo.', isMatchFor('velo'))).toEqual([
      { text: 'Un ', match: false },
      { text: 'vélo', match: true },
      { text: '.', match: false },
    ]);
    const late = join(excerpt(long, isMatchFor('secondes')));
    expect(late.endsWith('quelques secondes.')).toBe(true);
    expect(late.length).toBeGreaterThan(140);
  });

  it('cuts a word longer than the passage', () => {
    const runs = excerpt('a'.repeat(400), () => false);
    expect(join(runs)).toBe(`${'a'.repeat(160)}…`);
  });
});

describe('highlightHit and cardTexts', () => {
  it('takes the excerpt from the best body that matches, or the first body', () => {
    const matcher = frMatcher('velo');
    const hit = highlightHit('Vélo', ['Résumé sans rapport.', 'Un trajet à vélo.'], matcher);
    expect(marked(hit.title)).toEqual(['Vélo']);
    expect(join(hit.excerpt)).toBe('Un trajet à vélo.');
    const titleOnly = highlightHit('Vélo', ['Résumé sans rapport.'], matcher);
    expect(join(titleOnly.excerpt)).toBe('Résumé sans rapport.');
  });

  it('reads the text fields of each card kind', () => {
    const l = (fr: string) => ({ fr, en: `${fr} (en)` });
    expect(cardTexts({ kind: 'text', title: l('T'), body: l('B') }, 'fr')).toEqual(['T', 'B']);
    expect(cardTexts({ kind: 'video', title: l('V') }, 'en')).toEqual(['V (en)']);
    expect(cardTexts({ kind: 'image', caption: l('C') }, 'fr')).toEqual(['C']);
    expect(cardTexts({ kind: 'quote', text: l('Q') }, 'fr')).toEqual(['Q']);
  });
});
