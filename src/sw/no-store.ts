import type { WorkboxPlugin } from 'workbox-core';

/**
 * Keeps answers the server marked `Cache-Control: no-store` out of the service worker's
 * cache: who is signed in (`/api/me`), their data export, and every error. Stored, the
 * cache would answer them again (stale-while-revalidate) after a sign-out, and keep a
 * person's data on a shared device.
 */
export const respectNoStore: WorkboxPlugin = {
  cacheWillUpdate: async ({ response }) =>
    /(^|,)\s*no-store\s*(,|$)/i.test(response.headers.get('Cache-Control') ?? '') ? null : response,
};
