/**
 * A light suffix stripper standing in for PostgreSQL's Snowball stemmers where no
 * database is at hand (the MSW handlers): it folds plurals and the commonest
 * endings together. The server uses the real stemmers instead.
 */
import type { Locale } from '../contract/schemas.ts';
import type { Stemmer } from '../contract/search-match.ts';
import { STOP_WORDS } from '../contract/search-stop-words.ts';

export function lightStem(word: string, locale: Locale): string {
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

/** Stop words stem to null (never matched), as PostgreSQL's stemmers drop them. */
export function lightStemmer(locale: Locale): Stemmer {
  const stop = STOP_WORDS[locale];
  return (word) => (stop.has(word) ? null : lightStem(word, locale));
}
