import { defineConfig } from 'vitest/config';

// Browser tests: Playwright drives Debian's Chromium against the production build
// served by `npm start` (started once in global-setup.ts).
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.test.ts'],
    environment: 'node',
    globalSetup: ['tests/e2e/global-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 240_000,
    fileParallelism: false,
    // Machines here have two cores: one browser at a time keeps timings honest.
    maxWorkers: 1,
  },
});
