import { defineConfig } from 'vitest/config';

// The main flows in the other engines visitors use (docs/decisions/010-engine-tests.md):
// Firefox ESR through WebDriver BiDi and WebKitGTK through WebDriver, against the
// production build served by `npm start` (tests/server/, as the Playwright suite's).
// Named *.spec.ts, not *.test.ts: the unit suite (`npm test`) runs every tests/**/*.test.ts.
export default defineConfig({
  test: {
    include: ['tests/engines/**/*.spec.ts'],
    environment: 'node',
    globalSetup: ['tests/server/vitest-global-setup.ts'],
    testTimeout: 90_000,
    hookTimeout: 240_000,
    fileParallelism: false,
    // Two cores: one browser at a time.
    maxWorkers: 1,
  },
});
