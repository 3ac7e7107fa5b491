/// <reference types="vite-plugin-pwa/vanillajs" />
/**
 * The service worker's registration and the one thing the UI needs from it: whether a
 * new version waits, and how to switch to it. Only the real-API production build has
 * a worker (vite.config.ts, decision 007); elsewhere nothing is registered.
 */
import { useSyncExternalStore } from 'react';

import { takeEarlyReads } from './api-client.ts';
import { pageCarriedUrls } from './boot-data.ts';

type ApplyUpdate = (reloadPage?: boolean) => Promise<void>;

let applyUpdate: ApplyUpdate | null = null;
const listeners = new Set<() => void>();

/** A new version is installed and waits: offer the reload (`update` switches to it). */
export function notifyUpdateReady(update: ApplyUpdate): void {
  applyUpdate = update;
  for (const listener of listeners) listener();
}

/** Activates the waiting version; the page reloads once it controls it. */
export function reloadToUpdate(): Promise<void> {
  return applyUpdate ? applyUpdate(true) : Promise.resolve();
}

export function useUpdateReady(): boolean {
  return useSyncExternalStore(
    (onChange) => {
      listeners.add(onChange);
      return () => listeners.delete(onChange);
    },
    () => applyUpdate !== null,
    () => false,
  );
}

/** For tests: forget a pending update. */
export function resetPwaForTests(): void {
  applyUpdate = null;
  for (const listener of listeners) listener();
}

const HOUR = 60 * 60 * 1000;

/** What the service worker would have kept, had it controlled the page from the start. */
function keptByTheWorker(url: URL): boolean {
  if (url.origin !== window.location.origin) return false;
  if (url.pathname.startsWith('/api/')) return url.pathname !== '/api/paths'; // a POST
  return url.pathname.startsWith('/media/img/') || url.pathname.endsWith('.vtt');
}

/** Hands the worker URLs to fetch and keep through its own routes (Workbox's CACHE_URLS). */
function handToWorker(urls: Iterable<string>): void {
  const list = [...new Set(urls)];
  if (list.length === 0) return;
  navigator.serviceWorker.controller?.postMessage({
    type: 'CACHE_URLS',
    payload: { urlsToCache: list },
  });
}

/**
 * What the page read without the worker, handed to it so it keeps them too:
 * - the API answers the page's HTML carried (a page the server drew, decision 029,
 *   even through the worker, asks the API nothing: offline, that story would be
 *   missing);
 * - on the very first visit, everything the page loaded before the worker controlled it.
 */
function cacheWhatLoadedBeforeControl(): void {
  const carried = pageCarriedUrls()
    .map((path) => new URL(path, window.location.origin))
    .filter(keptByTheWorker)
    .map((url) => url.href);
  if (navigator.serviceWorker.controller) {
    takeEarlyReads(); // The worker saw them: stop recording.
    handToWorker(carried);
    return;
  }
  navigator.serviceWorker.addEventListener(
    'controllerchange',
    () => {
      // API answers from the client's own record of its GETs (Resource Timing lists
      // writes too); media from Resource Timing.
      const urls = new Set<string>([...carried, ...takeEarlyReads()]);
      for (const entry of performance.getEntriesByType('resource')) {
        const url = new URL(entry.name);
        if (!url.pathname.startsWith('/api/') && keptByTheWorker(url)) urls.add(url.href);
      }
      handToWorker(urls);
    },
    { once: true },
  );
}

/**
 * Registers the worker after the page has loaded (its code stays out of the first
 * load), then looks for a new version every hour: a tablet left on one screen makes
 * no navigation that would have the browser look.
 */
export function registerServiceWorker(): void {
  // Compared in place so other builds drop the registration code entirely.
  if (!import.meta.env.PROD || import.meta.env.VITE_MOCK_API !== '') return;
  if (!('serviceWorker' in navigator)) return;
  const start = () => {
    cacheWhatLoadedBeforeControl();
    void import('virtual:pwa-register').then(({ registerSW }) => {
      const update = registerSW({
        immediate: true,
        onNeedRefresh: () => notifyUpdateReady(update),
        onRegisteredSW: (_url, registration) => {
          if (!registration) return;
          window.setInterval(() => {
            if (navigator.onLine) void registration.update().catch(() => undefined);
          }, HOUR);
        },
      });
    });
  };
  if (document.readyState === 'complete') start();
  else window.addEventListener('load', start, { once: true });
}
