/// <reference types="vitest/config" />
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin, type PluginOption } from 'vite';
import { type ManifestOptions, VitePWA } from 'vite-plugin-pwa';

const manifest: Partial<ManifestOptions> = {
  id: '/',
  name: 'Parcours',
  short_name: 'Parcours',
  description: 'Des histoires de savoir-faire et de talents, à parcourir à votre façon.',
  lang: 'fr',
  dir: 'ltr',
  start_url: '/',
  scope: '/',
  display: 'standalone',
  orientation: 'any',
  theme_color: '#101216',
  background_color: '#0e1013',
  icons: [
    { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
    { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
    {
      src: '/icons/icon-maskable-512.png',
      sizes: '512x512',
      type: 'image/png',
      purpose: 'maskable',
    },
  ],
};

/**
 * `public/` holds MSW's worker for the dev server (the only build that mocks in the
 * browser); builds leave it out, so production never serves a request interceptor.
 */
function withoutMockWorker(): Plugin {
  let outDir = 'dist';
  return {
    name: 'parcours:without-mock-worker',
    apply: 'build',
    configResolved(config) {
      outDir = join(config.root, config.build.outDir);
    },
    writeBundle() {
      rmSync(join(outDir, 'mockServiceWorker.js'), { force: true });
    },
  };
}

/**
 * The server never registers a service worker, but src/lib/pwa.ts names the PWA
 * plugin's virtual module (imported on demand, after `load`): an inert stand-in.
 */
function withoutServiceWorkerRegistration(): Plugin {
  const id = 'virtual:pwa-register';
  return {
    name: 'parcours:ssr-without-sw-registration',
    resolveId: (source) => (source === id ? `\0${id}` : null),
    load: (resolved) =>
      resolved === `\0${id}` ? 'export const registerSW = () => async () => undefined;' : null,
  };
}

/**
 * react-router 7 exports only its development build (the two differ by one flag,
 * ENABLE_DEV_WARNINGS; upstream remix-run/react-router#14102), so a production bundle
 * carried its warnings and ran their checks. A browser build takes the production
 * build by path; the dev server and the tests keep the warnings.
 */
/** A path from this file's directory, whatever directory Vite was started from. */
const fromHere = (path: string) => fileURLToPath(new URL(path, import.meta.url));

const reactRouterProduction = [
  {
    find: /^react-router$/,
    replacement: fromHere('node_modules/react-router/dist/production/index.mjs'),
  },
  {
    find: /^react-router\/dom$/,
    replacement: fromHere('node_modules/react-router/dist/production/dom-export.mjs'),
  },
];

export default defineConfig(({ command, mode, isSsrBuild = false }) => {
  // How the API is mocked in this build: 'browser' (MSW service worker, `npm run dev`),
  // 'server' (the mock HTTP server behind `npm start` in this phase) or '' (real API).
  const mockApi = process.env.VITE_MOCK_API ?? (mode === 'development' ? 'browser' : '');
  return {
    plugins: [
      react(),
      // The server half (`--ssr src/entry-server.tsx`, decision 029) is a module for
      // Node: no service worker, no public files, no manifest.
      ...(isSsrBuild ? [withoutServiceWorkerRegistration()] : clientOnly(mockApi)),
    ],
    resolve: { alias: command === 'build' && !isSsrBuild ? reactRouterProduction : [] },
    define: {
      'import.meta.env.VITE_MOCK_API': JSON.stringify(mockApi),
    },
    build: {
      target: isSsrBuild ? 'node20' : 'es2022',
      copyPublicDir: !isSsrBuild,
      // Which CSS files each module needs (dist/.vite/manifest.json): the server links
      // those of the lazily loaded code its first screens draw (decision 029).
      manifest: !isSsrBuild,
      // Route-level splitting is done with lazy routes; no manual vendor chunks (a manual
      // chunk for motion would pull the lazily loaded features back into the first load).
      assetsInlineLimit: 2048,
    },
    server: { port: 5173 },
    test: {
      environment: 'jsdom',
      setupFiles: ['./tests/setup/vitest.ts'],
      include: ['{src,mocks,contract,tests,server}/**/*.test.{ts,tsx}'],
      exclude: ['tests/e2e/**', 'tests/engines/**', 'node_modules/**'],
      restoreMocks: true,
      testTimeout: 10_000,
    },
  };
});

/** The browser build's own plugins: the mock worker left out, the app's service worker. */
function clientOnly(mockApi: string): PluginOption[] {
  return [
    ...(mockApi === 'browser' ? [] : [withoutMockWorker()]),
    // Offline and installable: the real-API production build only (decision 007).
    // The dev server has no worker of ours (MSW's owns the root scope there); the mock
    // build ships one that removes itself and its caches, in case a real build was
    // installed before on the same origin. The page registers through
    // src/lib/pwa.ts (CSP: no inline registration script).
    VitePWA({
      strategies: 'injectManifest',
      srcDir: 'src/sw',
      filename: 'sw.ts',
      registerType: 'prompt',
      injectRegister: false,
      selfDestroying: mockApi !== '',
      manifest: mockApi === '' ? manifest : false,
      devOptions: { enabled: false },
      // The glob below already lists the icons.
      includeManifestIcons: false,
      injectManifest: {
        // The shell only: media are cached as stories are opened (src/sw/sw.ts).
        globPatterns: ['**/*.{html,js,css,woff2,svg,png,webmanifest}'],
        globIgnores: [
          'media/**',
          'mockServiceWorker.js',
          // Inter's subsets for other scripts load (and are cached) only if used.
          'assets/inter-cyrillic*',
          'assets/inter-greek*',
          'assets/inter-vietnamese*',
        ],
      },
    }),
  ];
}
