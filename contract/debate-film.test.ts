/**
 * The hosted-film rule: only the listed hosts, only ids their pattern allows, and a
 * player address built from the host's fixed origin, so a value stored in a debate can
 * never turn into a frame of another origin, another path or another query.
 */
import { describe, expect, it } from 'vitest';

import { debateFilmSchema, FILM_FRAME_ORIGINS, filmPlayerUrl } from './debate-film.ts';

const embed = (provider: string, videoId: string) => ({
  kind: 'embed',
  provider,
  videoId,
  title: 'A film',
});

describe('a hosted film', () => {
  it.each([
    ['youtube-nocookie', 'dQw4w9WgXcQ', 'https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ'],
    ['youtube-nocookie', 'a-b_c-d_e-f', 'https://www.youtube-nocookie.com/embed/a-b_c-d_e-f'],
    ['vimeo', '76979871', 'https://player.vimeo.com/video/76979871?dnt=1'],
  ])('from %s with id %s plays at %s', (provider, videoId, url) => {
    const film = debateFilmSchema.parse(embed(provider, videoId));
    expect(film.kind === 'embed' && filmPlayerUrl(film)).toBe(url);
    expect(FILM_FRAME_ORIGINS).toContain(new URL(url).origin);
  });

  it.each([
    ['an unknown host', 'youtube', 'dQw4w9WgXcQ'],
    ['a full address as host', 'https://evil.example', 'dQw4w9WgXcQ'],
    ['a path in the id', 'youtube-nocookie', '../../x/evil'],
    ['a query in the id', 'youtube-nocookie', 'dQw4w9W?a=b'],
    ['another origin in the id', 'youtube-nocookie', '//evil.example'],
    ['a script address', 'youtube-nocookie', 'javascript:1'],
    ['an encoded slash', 'youtube-nocookie', 'dQw4w9%2FgXc'],
    ['a too long id', 'youtube-nocookie', 'dQw4w9WgXcQx'],
    ['a too short id', 'youtube-nocookie', 'dQw4w9WgXc'],
    ['an empty id', 'youtube-nocookie', ''],
    ['a YouTube id on Vimeo', 'vimeo', 'dQw4w9WgXcQ'],
    ['a query on Vimeo', 'vimeo', '1234?autoplay=1'],
  ])('is refused with %s', (_case, provider, videoId) => {
    expect(debateFilmSchema.safeParse(embed(provider, videoId)).success).toBe(false);
    // A film that skipped the schema does not reach a frame either.
    expect(() => filmPlayerUrl({ provider, videoId } as never)).toThrow();
  });

  it('is refused without a title', () => {
    expect(debateFilmSchema.safeParse({ ...embed('vimeo', '1'), title: '' }).success).toBe(false);
  });
});
