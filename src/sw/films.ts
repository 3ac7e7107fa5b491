/**
 * Keeps whole films, whatever the engine (issue 9, item 10).
 *
 * The viewer's warm-up asks for the whole film (no Range header) so that the worker
 * stores a full 200 and slices it for the <video>'s range requests later. But when
 * the film is already playing, Firefox answers that fetch from its own HTTP cache,
 * which holds the part the <video> streamed, as a 206: only 200s are stored, so the
 * film was never kept and did not play offline. A whole-film fetch therefore skips
 * the HTTP cache, and a 206 that still comes back to it is fetched again, in full.
 * A <video>'s own range requests pass untouched (their 206s are not stored).
 */
import type { WorkboxPlugin } from 'workbox-core';

const wantsWhole = (request: Request) => !request.headers.has('range');

export const wholeFilms: WorkboxPlugin = {
  requestWillFetch: async ({ request }) =>
    wantsWhole(request) ? new Request(request, { cache: 'no-store' }) : request,
  fetchDidSucceed: async ({ request, response }) => {
    if (response.status !== 206 || !wantsWhole(request)) return response;
    // Some cache on the way still answered with a part: ask the server itself.
    const whole = await fetch(request.url, { cache: 'reload', credentials: 'same-origin' });
    return whole.status === 200 ? whole : response;
  },
};
