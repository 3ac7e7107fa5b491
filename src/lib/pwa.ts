/// <reference types="vite-plugin-pwa/vanillajs" />
/**
 * The service worker's registration and the one thing the UI needs from it: whether a
 * new version waits, and how to switch to it. Only the real-API production build has
 * a worker (vite.config.ts, decision 007); elsewhere nothing is registered.
 */
import { useSyncExternalStore } from 'react';

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

/**
 * On the very first visit the page loads before the worker controls it: once it
 * does, hand it what was already read (Workbox routes CACHE_URLS through the same
 * strategies), so a story opened on that first visit is kept too.
 */
function cacheWhatLoadedBeforeControl(): void {
  if (navigator.serviceWorker.controller) return;
  navigator.serviceWorker.addEventListener(
    'controllerchange',
    () => {
      const urls = new Set<string>();
      for (const entry of performance.getEntriesByType('resource')) {
        const url = new URL(entry.name);
        if (keptByTheWorker(url)) urls.add(url.href);
      }
      navigator.serviceWorker.controller?.postMessage({
        type: 'CACHE_URLS',
        payload: { urlsToCache: [...urls] },
      });
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
