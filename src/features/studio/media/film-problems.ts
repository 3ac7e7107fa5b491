/**
 * Which of the studio's strings says what went wrong with a film or its captions:
 * the contract words each refusal once (contract/film.ts, contract/captions.ts), so
 * a code, a status and a message tell them apart; what the server found in a film
 * it cannot take ("VP9 video … in WebM/Matroska") is carried into the sentence.
 */
import {
  CAPTIONS_NOT_UTF8,
  DAMAGED_FILM,
  FILM_NEEDS,
  FILM_NEEDS_FFMPEG,
  FILM_TOO_LARGE,
  NOT_A_FILM,
} from '#contract/film.ts';
import { ApiError } from '#src/lib/api-client.ts';
import type { StudioMessageKey } from '#src/lib/messages-studio-fr.ts';

export type FilmProblem =
  | { key: Exclude<StudioMessageKey, 'studio.film.unplayable' | 'studio.captions.invalid'> }
  | { key: 'studio.film.unplayable'; found: string }
  | { key: 'studio.captions.invalid'; line: number };

export function filmProblem(error: unknown): FilmProblem {
  if (!(error instanceof ApiError)) return { key: 'studio.film.failed' };
  if (error.kind === 'network') return { key: 'studio.film.network' };
  const unplayable = new RegExp(`^This film is (.+)\\. ${FILM_NEEDS}`).exec(error.message);
  if (unplayable) return { key: 'studio.film.unplayable', found: unplayable[1]! };
  switch (error.message) {
    case FILM_TOO_LARGE.message:
      return { key: 'studio.film.tooLarge' };
    case NOT_A_FILM.message:
      return { key: 'studio.film.notFilm' };
    case DAMAGED_FILM.message:
      return { key: 'studio.film.damaged' };
    case FILM_NEEDS_FFMPEG.message:
      return { key: 'studio.film.noFfmpeg' };
  }
  if (error.status === 401) return { key: 'studio.film.signedOut' };
  if (error.status === 403) return { key: 'studio.film.forbidden' };
  if (error.status === 429) return { key: 'studio.film.rateLimited' };
  return { key: 'studio.film.failed' };
}

export function captionsProblem(error: unknown): FilmProblem {
  if (!(error instanceof ApiError)) return { key: 'studio.captions.failed' };
  if (error.message === CAPTIONS_NOT_UTF8.message) return { key: 'studio.captions.notUtf8' };
  const line = /^Invalid captions, line (\d+):/.exec(error.message);
  if (line) return { key: 'studio.captions.invalid', line: Number(line[1]) };
  if (error.status === 413) return { key: 'studio.captions.tooLarge' };
  return filmProblem(error).key === 'studio.film.failed'
    ? { key: 'studio.captions.failed' }
    : filmProblem(error);
}
