/**
 * A debate's film and the only hosts a hosted film may come from. The client builds
 * a hosted film's frame address from this table alone (a fixed origin, a path, an id
 * that matched its host's pattern), never from a URL in a payload; the server's CSP
 * allows exactly these origins in `frame-src`. So a hostile value stored in a debate
 * can at worst be refused by the schema, never become an arbitrary frame.
 */
import { z } from 'zod/mini';

import { videoSchema } from './schemas.ts';

interface FilmHost {
  /** The host's name, as the visitor knows it. */
  readonly name: string;
  /** Its privacy-enhanced player's origin: the one `frame-src` allows. */
  readonly origin: string;
  /** A video id on this host, whole. */
  readonly idPattern: RegExp;
  /** The player's path (and query) for an id that matched `idPattern`. */
  readonly playerPath: (id: string) => string;
}

export const FILM_HOSTS = {
  // youtube-nocookie.com sets no cookie until the film plays; its ids are 11 characters.
  'youtube-nocookie': {
    name: 'YouTube',
    origin: 'https://www.youtube-nocookie.com',
    idPattern: /^[A-Za-z0-9_-]{11}$/,
    playerPath: (id) => `/embed/${id}`,
  },
  // dnt=1: Vimeo's player then tracks no session data.
  vimeo: {
    name: 'Vimeo',
    origin: 'https://player.vimeo.com',
    idPattern: /^[0-9]{1,12}$/,
    playerPath: (id) => `/video/${id}?dnt=1`,
  },
} as const satisfies Record<string, FilmHost>;

export type FilmProvider = keyof typeof FILM_HOSTS;
const PROVIDERS = Object.keys(FILM_HOSTS) as [FilmProvider, ...FilmProvider[]];

/** The origins a page may frame: the film hosts' players, nothing else. */
export const FILM_FRAME_ORIGINS: readonly string[] = PROVIDERS.map(
  (provider) => FILM_HOSTS[provider].origin,
);

export const embedFilmSchema = z
  .object({
    kind: z.literal('embed'),
    provider: z.enum(PROVIDERS),
    videoId: z.string(),
    title: z.string().check(z.minLength(1), z.maxLength(200)),
  })
  .check(
    z.refine((film) => FILM_HOSTS[film.provider].idPattern.test(film.videoId), {
      message: 'not a video id of this host',
      path: ['videoId'],
    }),
  );
export type EmbedFilm = z.infer<typeof embedFilmSchema>;

/**
 * A debate's film: the channel's film self-hosted with captions, or a click-to-load
 * privacy-enhanced embed (nothing loads from the host before the tap).
 */
export const debateFilmSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('self-hosted'), video: videoSchema }),
  embedFilmSchema,
]);
export type DebateFilm = z.infer<typeof debateFilmSchema>;

/**
 * The address of a hosted film's player. Throws for an id its host would not issue:
 * a film that skipped the schema must not reach a frame either.
 */
export function filmPlayerUrl(film: Pick<EmbedFilm, 'provider' | 'videoId'>): string {
  const host = FILM_HOSTS[film.provider] as FilmHost | undefined;
  if (!host || !host.idPattern.test(film.videoId)) throw new Error('Not a film host’s video id');
  return `${host.origin}${host.playerPath(film.videoId)}`;
}
