/// <reference types="vitest/config" />
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

export default defineConfig(({ mode }) => ({
  plugins: [react()],
  define: {
    // How the API is mocked in this build: 'browser' (MSW service worker, `npm run dev`),
    // 'server' (the mock HTTP server behind `npm start` in this phase) or '' (real API).
    'import.meta.env.VITE_MOCK_API': JSON.stringify(
      process.env.VITE_MOCK_API ?? (mode === 'development' ? 'browser' : ''),
    ),
  },
  build: {
    target: 'es2022',
    // Route-level splitting is done with lazy routes; no manual vendor chunks (a manual
    // chunk for motion would pull the lazily loaded features back into the first load).
    assetsInlineLimit: 2048,
  },
  server: { port: 5173 },
  test: {
    environment: 'jsdom',
    setupFiles: ['./tests/setup/vitest.ts'],
    include: ['{src,mocks,contract,tests,server}/**/*.test.{ts,tsx}'],
    exclude: ['tests/e2e/**', 'node_modules/**'],
    restoreMocks: true,
    testTimeout: 10_000,
  },
}));
