/** Texts cut into runs, each matching word its own marked run: a hit's title and excerpt. */
import type { Highlighted } from './schemas.ts';
import { tokenize } from './search-tokens.ts';

/** Roughly the length of an excerpt, ellipses excluded. */
export const EXCERPT_LENGTH = 160;

type WordTest = (word: string) => boolean;

function pushRun(runs: Highlighted, text: string, match: boolean): void {
  if (text === '') return;
  const last = runs.at(-1);
  if (last && last.match === match && !match) last.text += text;
  else runs.push({ text, match });
}

/** The text cut into runs, each matching word its own marked run; runs rejoin to the text. */
export function highlight(text: string, isMatch: WordTest): Highlighted {
  const runs: Highlighted = [];
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
export function excerpt(text: string, isMatch: WordTest, length = EXCERPT_LENGTH): Highlighted {
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
  const runs: Highlighted = [];
  if (start > 0) pushRun(runs, ELLIPSIS, false);
  for (const run of highlight(body, isMatch)) pushRun(runs, run.text, run.match);
  if (end < text.length) pushRun(runs, ELLIPSIS, false);
  return runs;
}
