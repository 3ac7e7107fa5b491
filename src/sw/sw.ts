/**
 * The service worker of the production build (docs/decisions/007-offline-app.md).
 *
 * - The app shell (HTML, scripts, styles, fonts, icons) is precached at install.
 *   Pages come from the server first, which draws their first screen (src/sw/pages.ts):
 *   offline, slow or failing, they fall back to the precached index.html, never
 *   /api/* nor /media/*.
 * - API GETs: stale-while-revalidate. Offline, a read the visitor already made comes
 *   from the cache; one never made fails as a network error (ApiError 'network').
 *   Answers marked `no-store` (a person's own: /api/me, the export) are never kept.
 *   In Movement's reads are network first instead: a stale copy would hide a write the
 *   visitor just made (their contribution, a report, a curator's decision) until the
 *   next refetch; offline they still come from the cache.
 * - Media: cache first, kept by last use (LRU) within entry budgets. Images and
 *   captions are cached as cards show them, and the viewer warms the rest of an
 *   opened story's media (src/lib/media-warmup.ts). Films are cached only as full
 *   200 answers (that warm-up fetch, which bypasses the HTTP cache: src/sw/films.ts);
 *   a <video>'s own range requests are answered from that copy by slicing it, never
 *   stored themselves.
 * - An update waits until the visitor accepts the reload (SKIP_WAITING message).
 */
import { CacheableResponsePlugin } from 'workbox-cacheable-response';
import { clientsClaim, type WorkboxPlugin } from 'workbox-core';
import { ExpirationPlugin } from 'workbox-expiration';
import {
  cleanupOutdatedCaches,
  createHandlerBoundToURL,
  precacheAndRoute,
  type PrecacheEntry,
} from 'workbox-precaching';
import { RangeRequestsPlugin } from 'workbox-range-requests';
import { NavigationRoute, registerRoute, setCatchHandler } from 'workbox-routing';
import { CacheFirst, NetworkFirst, StaleWhileRevalidate } from 'workbox-strategies';

import { NOT_A_PAGE } from '#contract/pages.ts';

import { wholeFilms } from './films.ts';
import { respectNoStore } from './no-store.ts';
import { serverPageFirst } from './pages.ts';

declare const self: ServiceWorkerGlobalScope & {
  __WB_MANIFEST: (PrecacheEntry | string)[];
};

const CACHE = {
  api: 'parcours-api',
  media: 'parcours-media',
  films: 'parcours-films',
  assets: 'parcours-assets',
} as const;

const DAY = 24 * 60 * 60;

self.addEventListener('message', (event: ExtendableMessageEvent) => {
  if ((event.data as { type?: unknown } | null)?.type === 'SKIP_WAITING') void self.skipWaiting();
});
// The first install takes the open page at once (there is no older version to clash
// with); later versions wait in `waiting` until the visitor accepts the reload.
clientsClaim();

cleanupOutdatedCaches();
precacheAndRoute(self.__WB_MANIFEST);

const sameOrigin = (url: URL) => url.origin === self.location.origin;

// The page's request starts while this worker wakes (Safari 15.4+, Chromium; where it
// is missing, the worker fetches the page itself).
self.addEventListener('activate', (event: ExtendableEvent) => {
  if (self.registration.navigationPreload) {
    event.waitUntil(self.registration.navigationPreload.enable());
  }
});

registerRoute(
  new NavigationRoute(serverPageFirst(createHandlerBoundToURL('/index.html')), {
    // The server's own files and endpoints, and anything that looks like a file.
    denylist: [...NOT_A_PAGE],
  }),
);

const apiPlugins = [
  // Errors (404, 500) are not kept: offline, they would pass for the content.
  new CacheableResponsePlugin({ statuses: [200] }),
  // Nor a person's own answers (/api/me, the export): a sign-out must forget them.
  respectNoStore,
  new ExpirationPlugin({ maxEntries: 300, maxAgeSeconds: 30 * DAY, purgeOnQuotaError: true }),
];

// Registered first: the first matching route answers.
registerRoute(
  ({ url, request }) =>
    sameOrigin(url) && url.pathname.startsWith('/api/in-movement/') && request.method === 'GET',
  new NetworkFirst({ cacheName: CACHE.api, plugins: apiPlugins }),
);

registerRoute(
  ({ url, request }) =>
    sameOrigin(url) && url.pathname.startsWith('/api/') && request.method === 'GET',
  new StaleWhileRevalidate({ cacheName: CACHE.api, plugins: apiPlugins }),
);

/**
 * Offline, an image width never fetched falls back to another width of the same
 * image in the same format (the viewport turned, or the warm-up chose differently):
 * a softer picture rather than none.
 */
const otherWidthWhenOffline: WorkboxPlugin = {
  handlerDidError: async ({ request }) => {
    const wanted = /^(.+)-(\d+)\.(avif|webp|jpe?g)$/.exec(new URL(request.url).pathname);
    if (!wanted) return undefined;
    const [, base, width, ext] = wanted;
    const cache = await caches.open(CACHE.media);
    const widths: { key: Request; width: number }[] = [];
    for (const key of await cache.keys()) {
      const match = /^(.+)-(\d+)\.(avif|webp|jpe?g)$/.exec(new URL(key.url).pathname);
      if (match && match[1] === base && match[3] === ext) {
        widths.push({ key, width: Number(match[2]) });
      }
    }
    // The smallest width at least as large as asked, else the largest there is.
    widths.sort((a, b) => a.width - b.width);
    const best = widths.find((w) => w.width >= Number(width)) ?? widths.at(-1);
    return best ? cache.match(best.key) : undefined;
  },
};

registerRoute(
  ({ url }) =>
    sameOrigin(url) &&
    (url.pathname.startsWith('/media/img/') ||
      (url.pathname.startsWith('/media/films/') && url.pathname.endsWith('.vtt'))),
  new CacheFirst({
    cacheName: CACHE.media,
    plugins: [
      new CacheableResponsePlugin({ statuses: [200] }),
      // ≈ 20 KB each on average, 90 KB at most: some 6 MB typical, 27 MB at worst.
      new ExpirationPlugin({ maxEntries: 300, maxAgeSeconds: 60 * DAY, purgeOnQuotaError: true }),
      otherWidthWhenOffline,
    ],
  }),
);

registerRoute(
  ({ url }) => sameOrigin(url) && url.pathname.startsWith('/media/films/'),
  new CacheFirst({
    cacheName: CACHE.films,
    plugins: [
      // The warm-up's whole-film fetch never gets a part from the HTTP cache (Firefox).
      wholeFilms,
      // A <video>'s range requests come back as 206: never stored, only full copies.
      new CacheableResponsePlugin({ statuses: [200] }),
      // Slices the stored full copy for a <video>'s Range requests.
      new RangeRequestsPlugin(),
      // 1.4–2.2 MB each: at most some 9 MB of films, the least recently played go first.
      new ExpirationPlugin({ maxEntries: 4, maxAgeSeconds: 30 * DAY, purgeOnQuotaError: true }),
    ],
  }),
);

// Hashed build files left out of the precache (e.g. the font subsets of other
// scripts) are immutable: kept once fetched.
registerRoute(
  ({ url }) => sameOrigin(url) && url.pathname.startsWith('/assets/'),
  new CacheFirst({
    cacheName: CACHE.assets,
    plugins: [
      new CacheableResponsePlugin({ statuses: [200] }),
      new ExpirationPlugin({ maxEntries: 60, purgeOnQuotaError: true }),
    ],
  }),
);

// A failed strategy (offline and nothing cached) is a plain network error for the
// page, which already says so (src/lib/api-client.ts), not an unhandled rejection here.
setCatchHandler(async () => Response.error());
