/**
 * Case- and accent-insensitive folding of search text. It matches the database's
 * `search_normalize` (migration 002: `unaccent`, `lower`, then every character outside
 * [0-9a-z] separates words), so a word the database indexes is the word we highlight.
 */

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

const foldedChars = new Map<string, string>();

/** One character (code point) folded: lower case, accents dropped, ligatures spelled out. */
export function foldChar(char: string): string {
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
