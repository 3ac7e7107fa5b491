// @vitest-environment node
import { afterEach, describe, expect, it, vi } from 'vitest';

import { wholeFilms } from './films.ts';

const url = 'https://parcours.test/media/films/soufflerie.mp4';
type Args<K extends 'requestWillFetch' | 'fetchDidSucceed'> = Parameters<
  NonNullable<(typeof wholeFilms)[K]>
>[0];
const event = {} as Args<'requestWillFetch'>['event'];

const willFetch = (request: Request) =>
  wholeFilms.requestWillFetch!({ request, event, state: undefined });
const didSucceed = (request: Request, response: Response) =>
  wholeFilms.fetchDidSucceed!({ request, response, event, state: undefined });

const partial = () =>
  new Response('part', { status: 206, headers: { 'Content-Range': 'bytes 0-3/100' } });

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('wholeFilms (the films route of the service worker)', () => {
  it('fetches a whole film past the HTTP cache, which may only hold a part of it', async () => {
    const request = await willFetch(new Request(url));
    expect(request.url).toBe(url);
    expect(request.cache).toBe('no-store');
  });

  it('leaves a <video>’s range requests as they are', async () => {
    const ranged = new Request(url, { headers: { Range: 'bytes=0-' } });
    expect(await willFetch(ranged)).toBe(ranged);
    const response = partial();
    expect(await didSucceed(ranged, response)).toBe(response);
  });

  it('fetches again, in full, when a whole film still comes back as a 206', async () => {
    const whole = new Response('whole film', { status: 200 });
    const fetchMock = vi.fn(async () => whole);
    vi.stubGlobal('fetch', fetchMock);
    expect(await didSucceed(new Request(url), partial())).toBe(whole);
    expect(fetchMock).toHaveBeenCalledWith(url, { cache: 'reload', credentials: 'same-origin' });
  });

  it('keeps a 200 as it is, and the 206 when asking again brings no whole film', async () => {
    const fetchMock = vi.fn(async () => new Response('nope', { status: 503 }));
    vi.stubGlobal('fetch', fetchMock);
    const ok = new Response('whole film', { status: 200 });
    expect(await didSucceed(new Request(url), ok)).toBe(ok);
    expect(fetchMock).not.toHaveBeenCalled();
    const part = partial();
    expect(await didSucceed(new Request(url), part)).toBe(part);
  });
});
